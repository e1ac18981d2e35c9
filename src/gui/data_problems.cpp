// The data's problems on screen: the no-data screen, the banner and the list.
#include "data_problems.hpp"

#include "app.hpp"
#include "widgets.hpp"

namespace ta::gui {

namespace {

std::string Count(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string Where(const Diagnostic& d) {
    if (d.file.empty()) return "";
    return d.line > 0 ? d.file + ":" + std::to_string(d.line) : d.file;
}

void DrawProblem(const App& app, const Diagnostic& d) {
    const ImVec4& colour = d.severity == Severity::Error ? app.palette.emergency : app.palette.text_muted;
    const std::string where = Where(d);
    if (!where.empty()) TextWrappedColored(app.palette.text_muted, where);
    TextWrappedColored(colour, std::string(d.severity == Severity::Error ? "Error: " : "Warning: ") + d.message +
                                   (d.element_path.empty() ? "" : " (" + d.element_path + ")"));
    if (!d.hint.empty()) TextWrapped("What to do: " + d.hint);
    ImGui::Spacing();
}

}  // namespace

bool DrawNoDataScreen(App& app) {
    if (!app.NoData()) return false;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("No data", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(app.fonts.heading);
    TextWrappedColored(app.palette.emergency, "Trigger Atlas cannot find its data");
    ImGui::PopFont();
    ImGui::Spacing();
    TextWrapped("It looked for the muscles in " + app.data_paths.content.string() + " and for the body views in " +
                app.data_paths.atlas.string() + ". Reinstall Trigger Atlas, or point TRIGGER_ATLAS_DATA_DIR at a folder "
                "that holds content/ and atlas/.");
    ImGui::Spacing();
    if (ImGui::Button("Quit", {Em(8), 0}) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) app.quit = true;
    ImGui::Spacing();
    ImGui::BeginChild("problems");
    for (const Diagnostic& d : app.load_diagnostics.Items()) DrawProblem(app, d);
    ImGui::EndChild();
    ImGui::End();
    return true;
}

void DrawProblemsBanner(App& app) {
    const Diagnostics& problems = app.load_diagnostics;
    if (problems.Empty()) return;
    const int errors = problems.ErrorCount(), warnings = problems.WarningCount();
    std::string text = "The data files have ";
    if (errors > 0) text += Count(errors, "error", "errors") + (warnings > 0 ? " and " : "");
    if (warnings > 0) text += Count(warnings, "warning", "warnings");
    text += errors > 0 ? ": what they describe is left out." : ".";
    ImGui::AlignTextToFramePadding();
    TextWrappedColored(errors > 0 ? app.palette.emergency : app.palette.text_muted, text);
    if (ImGui::SmallButton(app.show_problems ? "Hide the list" : "Show the list")) app.show_problems = !app.show_problems;
}

void DrawProblemsWindow(App& app) {
    if (!app.show_problems) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize({std::min(Em(40), viewport->WorkSize.x * 0.9f), std::min(Em(28), viewport->WorkSize.y * 0.8f)}, ImGuiCond_Appearing);
    ImGui::SetNextWindowPos({viewport->WorkPos.x + viewport->WorkSize.x / 2, viewport->WorkPos.y + viewport->WorkSize.y / 2}, ImGuiCond_Appearing, {0.5f, 0.5f});
    if (ImGui::Begin("Problems in the data files", &app.show_problems, ImGuiWindowFlags_NoCollapse)) {
        for (const Diagnostic& d : app.load_diagnostics.Items()) DrawProblem(app, d);
    }
    ImGui::End();
}

}  // namespace ta::gui
