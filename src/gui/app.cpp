// The application frame: layout of the three columns (findings, body, muscle), the status bar
// and the windows on top (safety screen, file dialog, guides, shortcuts, about).
#include "app.hpp"

#include "body_canvas.hpp"
#include "candidates_panel.hpp"
#include "data_problems.hpp"
#include "database_cache.hpp"
#include "marks_panel.hpp"
#include "muscle_panel.hpp"
#include "player_window.hpp"
#include "quick_routines.hpp"
#include "safety_screen.hpp"
#include "search_box.hpp"
#include "state_dump.hpp"
#include "widgets.hpp"

#include <cstdio>
#include <filesystem>

namespace ta::gui {

namespace {

constexpr double kFlashSeconds = 1.2;

// What names this build for the prepared-data cache: the version and the program file's path,
// size and time, so a rebuilt program (which may read the atlas differently) prepares it again.
// Nothing when the program file cannot be found: then no cache is trusted.
std::optional<std::string> ProgramIdentity() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto size = ec ? 0 : std::filesystem::file_size(exe, ec);
    const auto time = ec ? std::filesystem::file_time_type() : std::filesystem::last_write_time(exe, ec);
    if (ec) return std::nullopt;
    return std::string(TA_VERSION) + " " + exe.string() + " " + std::to_string(size) + " " + std::to_string(time.time_since_epoch().count());
}

// The database, with the prepared data kept in the cache folder between runs.
Database LoadDatabaseForApp(const DataPaths& paths, Diagnostics& diagnostics) {
    const std::optional<std::string> program = ProgramIdentity();
    if (!program) return LoadDatabase(paths.content, paths.atlas, diagnostics);
    CacheOutcome cache;
    Database db = LoadDatabaseCached(paths.content, paths.atlas, CacheDirectory() / "prepared-data.bin", *program, diagnostics, &cache);
    if (!cache.used && !cache.written) std::fprintf(stderr, "trigger-atlas: the prepared data is not kept: %s\n", cache.problem.c_str());
    return db;
}

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
    data.paths = paths;
    data.database = LoadDatabaseForApp(paths, data.diagnostics);
    return data;
}

App::App(AppData data, Settings settings_read, AppOptions options)
    : data_paths(std::move(data.paths)), db(std::move(data.database)), load_diagnostics(std::move(data.diagnostics)), session(db),
      settings(std::move(settings_read)),
      options_(std::move(options)) {
    show_safety = settings.safety_acknowledged != db.content.safety.fingerprint;
    palette = ApplyTheme(settings.dark_theme, 1);
    diary.file = options_.diary_file;
    diary.open = options_.show_diary;
    RestoreWorkspace();
    RestoreLastSession();
    StartDeskReminder(*this);
}

void App::Poll() { PollDeskReminder(*this); }

const SearchIndex& App::Search() {
    if (!search_) search_.emplace(db);
    return *search_;
}

void App::RebuildFonts(float display_scale) {
    display_scale_ = display_scale;
    UseFonts(LoadFonts(FontScale(), font_files_));
}

void App::UsePreparedFonts(const PreparedFonts& prepared, float display_scale) {
    font_files_ = prepared.files;
    display_scale_ = display_scale;
    if (prepared.scale == FontScale()) UseFonts(prepared.fonts);
}

// The fonts now in ImGui's atlas, built at FontScale(); the theme's sizes follow them.
void App::UseFonts(const Fonts& built) {
    fonts = built;
    palette = ApplyTheme(settings.dark_theme, FontScale());
    fonts_dirty_ = false;
}

void App::SetTheme(bool dark) {
    settings.dark_theme = dark;
    palette = ApplyTheme(dark, FontScale());
    SaveSettingsNow();
}

void App::SetUiScale(float scale) {
    settings.ui_scale = std::clamp(scale, 0.5f, 3.0f);
    fonts_dirty_ = true;  // the font atlas cannot change inside a frame
    SaveSettingsNow();
}

void App::SaveSettingsNow() {
    std::string error;
    if (!SaveSettings(settings, SettingsFile(), error)) status = "Could not save the settings: " + error;
}

void App::SelectMuscle(int muscle) {
    session.selected_muscle = muscle;
    ImGui::SetWindowFocus(nullptr);
}

void App::OpenRoutine(int routine, bool start) {
    LogRoutineIfDone();  // the one it replaces
    countdowns.routine = PlayingRoutine{routine, RoutinePlayer::ForRoutine(db.content.routines[routine]), start};
    if (!start) countdowns.routine->player.Pause();
}

void App::CloseRoutine() {
    LogRoutineIfDone();
    countdowns.routine.reset();
}

// The diary logs a routine once each time through: when it finishes, or when it is closed or
// replaced part-way with a step or more done (RoutinePlayer::CountsAsDone).
void App::LogRoutineIfDone() {
    if (!countdowns.routine || countdowns.routine->logged || !countdowns.routine->player.CountsAsDone()) return;
    const Routine& routine = db.content.routines[countdowns.routine->routine];
    countdowns.routine->logged = true;
    if (RecordDone(*this, routine.id)) status = "Logged in the diary: " + routine.title;
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
        if (events.finished && RecordDone(*this, countdowns.hold->owner))
            status = "Time is up: " + countdowns.hold->label + " (logged in the diary)";
        cue |= events.hold_ended;
    }
    if (countdowns.routine && countdowns.routine->started) cue |= countdowns.routine->player.Advance(elapsed).hold_ended;
    if (countdowns.routine && countdowns.routine->player.Finished()) LogRoutineIfDone();  // by time, or Next past the end
    if (!cue) return;
    countdowns.cue.Play();
    countdowns.flash_until = now + std::chrono::milliseconds(static_cast<int>(kFlashSeconds * 1000));
}

void App::Frame() {
    ImGui::PushFont(fonts.body);
    if (DrawNoDataScreen(*this) || DrawSafetyContentError(*this)) {
        ImGui::PopFont();
        return;
    }
    if (desk_reminder.frames_wanted > 0) --desk_reminder.frames_wanted;
    TickCountdowns();
    HandleShortcuts();
    Layout();
    DrawSafetyScreen(*this);
    file_dialog.Draw();
    HandleDialogResult();
    DrawGuideWindows(*this);
    DrawDiaryWindow(*this);
    if (!show_safety) DrawPlayerWindow(*this);  // ImGui 1.86 asserts on a window appearing under a modal
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
    DrawDeskReminderBanner(*this);
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
    if (session.Map().marks.empty()) DrawQuickRoutines(*this);  // the first screen
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
