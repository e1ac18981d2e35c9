// The application frame: layout of the three columns (findings, body, muscle), the status bar
// and the windows on top (safety screen, file dialog, guides, shortcuts, about).
#include "app.hpp"

#include "body_canvas.hpp"
#include "candidates_panel.hpp"
#include "data_problems.hpp"
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
    data.paths = paths;
    data.database = LoadDatabase(paths.content, paths.atlas, data.diagnostics);
    data.fonts = FindFontFiles();
    for (size_t view = 0; view < data.database.atlas.views.size(); ++view)
        data.geometry.For(data.database.atlas, static_cast<int>(view));
    return data;
}

App::App(AppData data, AppOptions options)
    : data_paths(std::move(data.paths)), db(std::move(data.database)), load_diagnostics(std::move(data.diagnostics)), search(db), session(db),
      geometry(std::move(data.geometry)), options_(std::move(options)), font_files_(std::move(data.fonts)) {
    settings = LoadSettings(ConfigDirectory() / "settings.conf");
    show_safety = settings.safety_acknowledged != db.content.safety.fingerprint;
    palette = ApplyTheme(settings.dark_theme, 1);
    diary.file = options_.diary_file;
    diary.open = options_.show_diary;
    RestoreWorkspace();
    RestoreLastSession();
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
    if (DrawNoDataScreen(*this) || DrawSafetyContentError(*this)) {
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
    DrawDiscardQuestion();
    DrawProblemsWindow(*this);
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
    DrawProblemsBanner(*this);
    const float status_height = ImGui::GetFrameHeight();
    const float height = ImGui::GetContentRegionAvail().y - status_height - ImGui::GetStyle().ItemSpacing.y;
    const float width = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.x;
    // The side columns grow a little on wide screens so their text lines stay a readable length.
    const float left = std::clamp(width * 0.2f, Em(22), Em(30));
    const float right = session.selected_muscle ? std::clamp(width * 0.25f, Em(27), Em(38)) : Em(17);
    // Three columns while the body keeps a usable width; below that the findings and the muscle
    // share a side panel with tabs; on the narrowest windows the body is a tab as well.
    if (width >= left + right + Em(18) + 2 * spacing) {
        DrawColumn("findings", left, height, &App::DrawFindings);
        ImGui::SameLine();
        DrawColumn("body", width - left - right - 2 * spacing, height, &App::DrawBody);
        ImGui::SameLine();
        DrawColumn("muscle", 0, height, &App::DrawMuscle);
    } else if (width >= Em(16) + Em(18) + spacing) {
        const float side = std::clamp(width * 0.42f, Em(16), right);
        ImGui::BeginChild("side", {side, height}, false, ImGuiWindowFlags_NoScrollbar);
        DrawTabs(false);
        ImGui::EndChild();
        ImGui::SameLine();
        DrawColumn("body", 0, height, &App::DrawBody);
    } else {
        ImGui::BeginChild("tabs", {0, height}, false, ImGuiWindowFlags_NoScrollbar);
        DrawTabs(true);
        ImGui::EndChild();
    }
    DrawStatusBar();
    ImGui::End();
}

void App::DrawColumn(const char* id, float width, float height, void (App::*draw)()) {
    const bool body = draw == &App::DrawBody;
    ImGui::BeginChild(id, {width, height}, false, body ? ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse : 0);
    (this->*draw)();
    ImGui::EndChild();
}

void App::DrawFindings() {
    DrawSearchBox(*this);
    if (SearchHasResults(*this)) return;
    ImGui::Spacing();
    if (!session.Map().marks.empty()) {
        DrawMarksPanel(*this);
        ImGui::Separator();
    }
    DrawCandidatesPanel(*this);
}

void App::DrawBody() {
    DrawBodyToolbar(*this);
    DrawBodyCanvas(*this);
}

void App::DrawMuscle() { DrawMusclePanel(*this); }

// The narrow layouts: a muscle opened anywhere brings its tab to the front once, and asking to
// search brings the findings.
void App::DrawTabs(bool with_body) {
    const bool muscle_opened = session.selected_muscle && session.selected_muscle != tabbed_muscle_;
    tabbed_muscle_ = session.selected_muscle;
    if (!ImGui::BeginTabBar("panels")) return;
    const float height = ImGui::GetContentRegionAvail().y;
    auto tab = [&](const char* label, const char* id, void (App::*draw)(), bool select) {
        if (!ImGui::BeginTabItem(label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0)) return;
        DrawColumn(id, 0, height - ImGui::GetFrameHeightWithSpacing(), draw);
        ImGui::EndTabItem();
    };
    if (with_body) tab("Body", "body", &App::DrawBody, false);
    tab("Findings", "findings", &App::DrawFindings, focus_search);  // Ctrl+F and / reach the search box
    tab("Muscle", "muscle", &App::DrawMuscle, muscle_opened);
    ImGui::EndTabBar();
}

void App::DrawStatusBar() {
    ImGui::PushFont(fonts.small);
    ImGui::AlignTextToFramePadding();
    std::string text = document_.empty() ? "Unsaved pain map" : document_.filename().string();
    if (session.Modified()) text += " (changed)";
    if (!status.empty()) text += "   \u2022   " + status;
    ImGui::TextColored(palette.text_muted, "%s", text.c_str());
    DrawExportLinks();
    // The reminder stays at the right edge, shortened when the status needs the room; a long
    // status (it passes) hides it rather than being drawn over. Help has the same entry.
    const float used = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + Em(1);
    const char* reminder = "Education, not diagnosis \u2014 Help \u25B8 Safety and red flags";
    if (used + ImGui::CalcTextSize(reminder).x > ImGui::GetWindowContentRegionMax().x) reminder = "Education, not diagnosis";
    const float x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(reminder).x;
    if (used <= x) {
        ImGui::SameLine(x);
        if (ImGui::Selectable(reminder, false, 0, ImGui::CalcTextSize(reminder))) show_safety = true;
        Tooltip("Open the safety screen and the warning signs");
    }
    ImGui::PopFont();
}

void App::AfterRender() {
    ++frame_;
    if (!session.InStroke() && session.Revision() != autosaved_revision_) Autosave();
    if (!options_.state_dump.empty()) WriteStateDump(*this, frame_, options_.state_dump);
}

}  // namespace ta::gui
