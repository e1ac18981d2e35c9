// Numbered steps and the cautions box.
#include "technique_text.hpp"

#include "app.hpp"
#include "widgets.hpp"

namespace ta::gui {

void NumberedSteps(const std::vector<std::string>& steps) {
    for (size_t i = 0; i < steps.size(); ++i) {
        ImGui::Text("%zu.", i + 1);
        ImGui::SameLine(Em(1.8f));
        TextWrapped(steps[i]);
    }
}

void Cautions(App& app, const std::vector<std::string>& cautions) {
    if (cautions.empty()) return;
    BeginNote("cautions", app.palette.warning);
    ImGui::PushFont(app.fonts.bold);
    TextWrappedColored(app.palette.warning, "Take care");
    ImGui::PopFont();
    for (const std::string& caution : cautions) {
        ImGui::Bullet();
        TextWrapped(caution);
    }
    EndNote();
}

}  // namespace ta::gui
