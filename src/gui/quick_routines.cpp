// Large buttons whose labels wrap, so a whole shortcut line reads at any panel width.
#include "quick_routines.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "routine_steps.hpp"

namespace ta::gui {

namespace {

bool WrappedButton(const std::string& label, ImFont* font) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::PushFont(font);
    const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - 2 * pad.x);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Button("##quick", {width, text.y + 2 * pad.y + Em(0.3f)});
    ImGui::GetWindowDrawList()->AddText(font, ImGui::GetFontSize(), {min.x + pad.x, min.y + pad.y + Em(0.15f)},
                                        ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, width - 2 * pad.x);
    ImGui::PopFont();
    return clicked;
}

}  // namespace

void DrawQuickRoutines(App& app) {
    const std::vector<int> routines = ShortcutRoutines(app.db.content);
    if (routines.empty()) return;
    Heading(app.fonts, "Start a routine now");
    for (int r : routines) {
        ImGui::PushID(r);
        if (WrappedButton("\u25B6  " + app.db.content.routines[r].shortcut, app.fonts.bold)) app.OpenRoutine(r);
        ImGui::PopID();
    }
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "More routines: Guides \u25B8 Routines.");
    ImGui::PopFont();
}

}  // namespace ta::gui
