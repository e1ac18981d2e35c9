// Safety screen: a modal over the whole window; Enter or the button closes it.
#include "safety_screen.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "warning_signs.hpp"

#include <algorithm>

namespace ta::gui {

namespace {

void DrawRedFlagList(App& app) {
    Heading(app.fonts, "Get help first if any of these apply");
    for (const RedFlag& flag : app.db.content.safety.red_flags) {
        ImGui::PushFont(app.fonts.bold);
        TextWrappedColored(flag.urgency == Urgency::Emergency ? app.palette.emergency : app.palette.warning,
                           std::string(UrgencyTag(flag.urgency)) + ": " + flag.title);
        ImGui::PopFont();
        ImGui::PushFont(app.fonts.small);
        TextWrapped(flag.text);
        ImGui::PopFont();
        ImGui::Spacing();
    }
}

}  // namespace

void DrawSafetyScreen(App& app) {
    if (!app.show_safety) return;
    const char* title = "Before you start###safety";
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos({display.x / 2, display.y / 2}, ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(Em(40), display.x - Em(2)), std::min(Em(36), display.y - Em(2))}, ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    const float footer = ImGui::GetFrameHeightWithSpacing() + Em(0.8f);
    ImGui::BeginChild("text", {0, -footer});
    ImGui::PushFont(app.fonts.heading);
    TextWrapped("Trigger Atlas teaches; it does not diagnose");
    ImGui::PopFont();
    ImGui::Spacing();
    TextWrapped(app.db.content.safety.disclaimer);
    ImGui::Spacing();
    TextWrappedColored(app.palette.text_muted, app.db.content.safety.evidence);
    DrawRedFlagList(app);
    ImGui::EndChild();
    ImGui::Separator();
    const bool enter = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter));
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - Em(10));
    if (ToggleButton("I understand", true, {Em(10), 0}) || enter) {
        app.show_safety = false;
        if (app.settings.safety_acknowledged != app.db.content.safety.fingerprint) {
            app.settings.safety_acknowledged = app.db.content.safety.fingerprint;
            app.SaveSettingsNow();
        }
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace ta::gui

namespace ta::gui {

// Fail closed: the whole window says why, lists the data problems and offers only Quit.
bool DrawSafetyContentError(App& app) {
    const auto problem = SafetyContentProblem(app.db.content.safety);
    if (!problem) return false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Warning signs missing", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(app.fonts.heading);
    TextWrappedColored(app.palette.emergency, "Trigger Atlas cannot give advice without its warning signs");
    ImGui::PopFont();
    ImGui::Spacing();
    TextWrapped("Its " + *problem + ". Rather than show self-treatment advice without the signs that mean you need a doctor, "
                "it stops here. Reinstall Trigger Atlas, or fix the file named below.");
    ImGui::Spacing();
    for (const Diagnostic& d : app.load_diagnostics.Items())
        if (d.severity == Severity::Error) TextWrappedColored(app.palette.text_muted, FormatDiagnostic(d));
    ImGui::Spacing();
    if (ImGui::Button("Quit", {Em(8), 0})) app.quit = true;
    ImGui::End();
    return true;
}

}  // namespace ta::gui
