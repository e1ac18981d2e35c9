// The application frame: layout of the three columns (findings, body, muscle), the status bar
// and the windows on top (safety screen, file dialog, guides, shortcuts, about).
#include "app.hpp"

#include "body_canvas.hpp"
#include "candidates_panel.hpp"
#include "marks_panel.hpp"
#include "muscle_panel.hpp"
#include "safety_screen.hpp"
#include "search_box.hpp"
#include "state_dump.hpp"
#include "widgets.hpp"

namespace ta::gui {

double HoldTimer::Remaining() const {
    if (!started) return 0;
    const double elapsed = std::chrono::duration<double>(Clock::now() - *started).count();
    return std::max(0.0, seconds - elapsed);
}

void HoldTimer::Start(double duration, std::string what) {
    started = Clock::now();
    seconds = duration;
    label = std::move(what);
}

AppData PrepareAppData(const DataPaths& paths) {
    AppData data;
    data.database = LoadDatabase(paths.content, paths.atlas, data.diagnostics);
    data.fonts = FindFontFiles();
    for (size_t view = 0; view < data.database.atlas.views.size(); ++view)
        data.geometry.For(data.database.atlas, static_cast<int>(view));
    return data;
}

App::App(AppData data, AppOptions options)
    : db(std::move(data.database)), load_diagnostics(std::move(data.diagnostics)), search(db), session(db),
      geometry(std::move(data.geometry)), options_(std::move(options)), font_files_(std::move(data.fonts)) {
    settings = LoadSettings(ConfigDirectory() / "settings.conf");
    show_safety = settings.safety_acknowledged != db.content.safety.fingerprint;
    palette = ApplyTheme(settings.dark_theme, 1);
    session.SetView("back");
    diary.file = options_.diary_file;
    diary.open = options_.show_diary;
    RestoreAutosave();
}

void App::RebuildFonts(float display_scale) {
    display_scale_ = display_scale;
    const float scale = display_scale_ * settings.ui_scale;
    fonts = LoadFonts(scale, font_files_);
    palette = ApplyTheme(settings.dark_theme, scale);
    fonts_dirty_ = false;
}

void App::SetTheme(bool dark) {
    settings.dark_theme = dark;
    palette = ApplyTheme(dark, display_scale_ * settings.ui_scale);
    SaveSettingsNow();
}

void App::SetUiScale(float scale) {
    settings.ui_scale = std::clamp(scale, 0.5f, 3.0f);
    fonts_dirty_ = true;  // the font atlas cannot change inside a frame
    SaveSettingsNow();
}

void App::SaveSettingsNow() {
    std::string error;
    if (!SaveSettings(settings, ConfigDirectory() / "settings.conf", error)) status = "Could not save the settings: " + error;
}

void App::SelectMuscle(int muscle) {
    session.selected_muscle = muscle;
    ImGui::SetWindowFocus(nullptr);
}

void App::Frame() {
    ImGui::PushFont(fonts.body);
    if (timer.started && !timer.Running()) {
        status = "Time is up: " + timer.label;
        timer.started.reset();
    }
    if (DrawSafetyContentError(*this)) {
        ImGui::PopFont();
        return;
    }
    HandleShortcuts();
    Layout();
    DrawSafetyScreen(*this);
    file_dialog.Draw();
    HandleDialogResult();
    DrawGuideWindows(*this);
    DrawDiaryWindow(*this);
    DrawHelpWindows();
    ImGui::PopFont();
}

void App::Layout() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No background: main() clears to the window colour, which costs nothing on a software renderer
    // where filling the whole window again is most of a frame.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoSavedSettings;
    ImGui::Begin("Trigger Atlas", nullptr, flags);
    DrawMenuBar();
    const float status_height = ImGui::GetFrameHeight();
    const float height = ImGui::GetContentRegionAvail().y - status_height - ImGui::GetStyle().ItemSpacing.y;
    const float left = Em(22), right = session.selected_muscle ? Em(27) : Em(17);
    const float centre = std::max(Em(12), ImGui::GetContentRegionAvail().x - left - right - 2 * ImGui::GetStyle().ItemSpacing.x);

    ImGui::BeginChild("findings", {left, height}, false);
    DrawSearchBox(*this);
    if (!SearchHasResults(*this)) {
        ImGui::Spacing();
        if (!session.Map().marks.empty()) {
            DrawMarksPanel(*this);
            ImGui::Separator();
        }
        DrawCandidatesPanel(*this);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("body", {centre, height}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    DrawBodyToolbar(*this);
    DrawBodyCanvas(*this);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("muscle", {0, height}, false);
    DrawMusclePanel(*this);
    ImGui::EndChild();
    DrawStatusBar();
    ImGui::End();
}

void App::DrawStatusBar() {
    ImGui::PushFont(fonts.small);
    ImGui::AlignTextToFramePadding();
    std::string text = document_.empty() ? "Unsaved pain map" : document_.filename().string();
    if (session.Revision() != saved_revision_ && !session.Map().marks.empty()) text += " (changed)";
    if (!status.empty()) text += "   \u2022   " + status;
    ImGui::TextColored(palette.text_muted, "%s", text.c_str());
    const char* reminder = "Education, not diagnosis \u2014 Help \u25B8 Safety and red flags";
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(reminder).x);
    if (ImGui::Selectable(reminder, false, 0, ImGui::CalcTextSize(reminder))) show_safety = true;
    ImGui::PopFont();
}

void App::AfterRender() {
    ++frame_;
    if (!session.InStroke() && session.Revision() != autosaved_revision_) Autosave();
    if (!options_.state_dump.empty()) WriteStateDump(*this, frame_, options_.state_dump);
}

}  // namespace ta::gui
