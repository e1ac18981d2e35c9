// The application frame: layout of the three columns (findings, body, muscle), the status bar
// and the windows on top (safety screen, file dialog, guides, shortcuts, about).
#include "app.hpp"

#include "body_canvas.hpp"
#include "candidates_panel.hpp"
#include "marks_panel.hpp"
#include "muscle_panel.hpp"
#include "player_window.hpp"
#include "quick_routines.hpp"
#include "safety_screen.hpp"
#include "search_box.hpp"
#include "state_dump.hpp"
#include "widgets.hpp"

namespace ta::gui {

namespace {

constexpr double kFlashSeconds = 1.2;

}  // namespace

bool Countdowns::Running() const {
    const bool hold_runs = hold && !hold->player.Finished();
    const bool routine_runs = routine && routine->started && !routine->player.Paused() && !routine->player.Finished();
    return hold_runs || routine_runs;
}

double Countdowns::Flash() const {
    const double left = std::chrono::duration<double>(flash_until - Clock::now()).count();
    return std::clamp(left / kFlashSeconds, 0.0, 1.0);
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

void App::OpenRoutine(int routine, bool start) {
    countdowns.routine = PlayingRoutine{routine, RoutinePlayer::ForRoutine(db.content.routines[routine]), start};
    if (!start) countdowns.routine->player.Pause();
}

void App::StartHold(std::string owner, std::string label, int seconds) {
    countdowns.hold = TechniqueHold{std::move(owner), std::move(label), RoutinePlayer::ForHold(seconds)};
}

// Advances the countdowns by the time since the last frame; at the end of a hold, the cue sounds
// and the countdown flashes (for those with the sound off). Time stands still while the safety
// screen is open: it is read first, and a routine started from the command line waits for it.
void App::TickCountdowns() {
    const auto now = Countdowns::Clock::now();
    const double elapsed = show_safety ? 0 : std::chrono::duration<double>(now - countdowns.last_tick).count();
    countdowns.last_tick = now;
    bool cue = false;
    if (countdowns.hold) {
        const PlayerEvents events = countdowns.hold->player.Advance(elapsed);
        if (events.finished) status = "Time is up: " + countdowns.hold->label;
        cue |= events.hold_ended;
    }
    if (countdowns.routine && countdowns.routine->started) cue |= countdowns.routine->player.Advance(elapsed).hold_ended;
    if (!cue) return;
    countdowns.cue.Play();
    countdowns.flash_until = now + std::chrono::milliseconds(static_cast<int>(kFlashSeconds * 1000));
}

void App::Frame() {
    ImGui::PushFont(fonts.body);
    if (DrawSafetyContentError(*this)) {
        ImGui::PopFont();
        return;
    }
    TickCountdowns();
    HandleShortcuts();
    Layout();
    DrawSafetyScreen(*this);
    file_dialog.Draw();
    HandleDialogResult();
    DrawGuideWindows(*this);
    if (!show_safety) DrawPlayerWindow(*this);  // ImGui 1.86 asserts on a window appearing under a modal
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
        if (session.Map().marks.empty()) DrawQuickRoutines(*this);  // the first screen
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
