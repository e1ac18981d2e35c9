// The application: owns the database, the session state, the settings and the UI-only state
// (which windows are open, the countdowns, the file dialog), and lays out each frame. Panels are
// drawn by free functions in their own files (body_canvas, candidates_panel, muscle_panel, ...).
#pragma once

#include "body_geometry.hpp"
#include "cue_sound.hpp"
#include "desk_reminder.hpp"
#include "body_texture.hpp"
#include "diary_panel.hpp"
#include "figure_textures.hpp"
#include "frame_cache.hpp"
#include "file_dialog.hpp"
#include "fonts.hpp"
#include "optional_module.hpp"
#include "settings.hpp"
#include "theme.hpp"

#include "data_paths.hpp"
#include "database.hpp"
#include "print_module.hpp"
#include "routine_player.hpp"
#include "search.hpp"
#include "session.hpp"

#include <array>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace ta::gui {

struct AppOptions {
    std::filesystem::path state_dump;   // --state-dump FILE: JSON after every handled input
    int highlight_top = 0;              // --highlight-top N: overlay the top N candidates' zones
    std::filesystem::path diary_file;   // --diary FILE: another diary database
    bool show_diary = false;            // --show-diary: open the Diary window at start
};

// A hold started from a technique's button; its countdown is drawn where it was started.
struct TechniqueHold {
    std::string owner;                  // "<muscle id>.<technique id>": which block draws it, and the diary's id for it
    std::string label;                  // what is being held, for the status bar
    RoutinePlayer player;
};

// The routine open in the player window (paused until the person starts it).
struct PlayingRoutine {
    int routine = -1;
    RoutinePlayer player;
    bool started = false;
    int listed_step = -1;               // the step the list last scrolled to
    bool logged = false;                // in the diary already, this time through
    std::array<float, 4> next_button{}; // where Next was last drawn (x0 y0 x1 y1), for the state dump
};

// Time for the countdowns, the end-of-hold cue and its flash. Wakes the event loop only while a
// countdown runs or a flash fades.
struct Countdowns {
    using Clock = std::chrono::steady_clock;
    std::optional<TechniqueHold> hold;
    std::optional<PlayingRoutine> routine;
    Clock::time_point last_tick = Clock::now();
    Clock::time_point flash_until;
    CueSound cue;

    bool Running() const;
    double Flash() const;               // 1 when a hold has just ended, fading to 0
};

// Where the canvas was last drawn (the state dump reports it so tests can click on regions) and
// the drag in progress on it.
struct CanvasState {
    ImVec2 top_left{0, 0}, size{0, 0};
    ViewTransform transform;
    std::optional<int> hovered_region;
    bool dragged = false;                 // the current press moved: it pans, it does not mark
};

enum class InputMode { Click, Paint, Erase };

// What the person asked for that would replace the marks or end the app; with unsaved changes it
// waits for their answer (save, discard, or cancel).
enum class DocumentAction { New, Open, OpenFile, Quit };
struct PendingAction {
    DocumentAction action;
    std::filesystem::path file;         // for OpenFile
};

// Everything the app needs that can be prepared before its window exists: main() builds it on a
// worker thread while SDL and OpenGL start, which keeps the time to the first frame near the
// floor of a bare SDL2 + Dear ImGui window.
struct AppData {
    DataPaths paths;              // where the data was looked for
    Database database;
    Diagnostics diagnostics;
};

AppData PrepareAppData(const DataPaths& paths);

std::filesystem::path AutosavePath();   // the marks as they were left, restored at the next start

class App {
public:
    // `settings` as read from SettingsFile() by main(), which needs the UI scale before the App exists.
    App(AppData data, Settings settings, AppOptions options);
    // The session and the search hold pointers into db: an App never moves or copies.
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    void Frame();                                   // builds one ImGui frame
    void AfterRender();                             // state dump, screenshot, autosave
    // The event loop calls Poll on every pass, drawn or not (the movement reminder's clock and the
    // desktop's notification callbacks), then asks whether a frame is wanted without input.
    void Poll();
    bool WantsTicks() const
    {
        return countdowns.Running() || countdowns.Flash() > 0 || file_dialog.WantsTicks() || desk_reminder.frames_wanted > 0;
    }
    // A countdown shows whole seconds: four frames a second keep it on time; a flash fades smoothly;
    // the desktop's file dialog is asked ten times a second whether the person chose.
    int TickMilliseconds() const { return countdowns.Flash() > 0 ? 50 : file_dialog.WantsTicks() ? 100 : 250; }
    bool NeedsFontRebuild() const { return fonts_dirty_; }
    const AppOptions& Options() const { return options_; }
    void RebuildFonts(float display_scale);
    // Takes the fonts built while the window opened, if they were built at the scale now wanted;
    // otherwise they are built again before the first frame.
    void UsePreparedFonts(const PreparedFonts& prepared, float display_scale);
    bool quit = false;
    int ExitCode() const { return NoData() ? 1 : 0; }
    bool NoData() const { return db.atlas.views.empty() || db.content.muscles.empty(); }

    // --- Shared with the panels ---
    DataPaths data_paths;
    Database db;
    Diagnostics load_diagnostics;
    bool show_problems = false;                     // the list of problems in the data
    // Built at the first search, not before the first frame: a few milliseconds most sessions
    // never need.
    const SearchIndex& Search();
    Session session;
    Settings settings;
    Fonts fonts;
    Palette palette;
    BodyGeometryCache geometry;
    BodyTexture body_texture;
    FrameCache frame_cache;      // after the body texture: the frame it was blitted into
    FigureTextures figure_textures;  // techniques' pictures
    CanvasState canvas;
    InputMode input_mode = InputMode::Click;
    Countdowns countdowns;
    FileDialog file_dialog;
    DiaryPanel diary;                   // the Diary window (diary_panel.cpp)
    DeskReminder desk_reminder;         // "move every 20-30 minutes" (desk_reminder.cpp)

    bool show_safety = false;
    bool show_shortcuts = false;
    bool show_about = false;
    int search_selection = 0;
    bool focus_search = false;
    bool scroll_to_treatment = false;               // the muscle panel jumps to its techniques
    std::optional<int> open_self_test;              // guide window
    std::string status;                             // one line in the status bar

    // --- Documents (app_files.cpp) ---
    // New, Open, Open recent and Quit go through Request: it asks first when there are unsaved
    // changes (app_menus.cpp draws the question).
    void Request(DocumentAction action, const std::filesystem::path& file = {});
    std::optional<PendingAction> confirm_discard;   // the question on screen
    void AnswerDiscard(bool save, bool discard);    // the answer: save first, discard, or neither
    void NewDocument();
    void OpenDocument(const std::filesystem::path& path);
    bool SaveDocument(const std::filesystem::path& path);
    const std::filesystem::path& DocumentPath() const { return document_; }
    const std::filesystem::path& LastExport() const { return last_export_; }
    void SaveWorkspace();                           // the view, zoom and tools, for the next start
    void ExportSheet(const std::filesystem::path& path);
    void AskOpen();
    void AskSaveAs();
    void AskExport();
    void Save();
    void SelectMuscle(int muscle);
    void OpenRoutine(int routine, bool start = false);  // in the player, paused at its first step unless started
    void CloseRoutine();
    void StartHold(std::string owner, std::string label, int seconds);
    void SetTheme(bool dark);
    void SetUiScale(float scale);
    void SaveSettingsNow();

private:
    void Layout();
    float FontScale() const { return display_scale_ * settings.ui_scale; }  // the display's scale x the UI scale
    void UseFonts(const Fonts& built);
    void DrawColumn(const char* id, float width, float height, void (App::*draw)());
    void DrawFindings();
    void DrawBody();
    void DrawMuscle();
    void DrawTabs(bool with_body);
    std::optional<int> tabbed_muscle_;              // the muscle whose tab was last brought forward
    void DrawMenuBar();                             // app_menus.cpp
    void DrawStatusBar();
    void HandleShortcuts();                         // app_menus.cpp
    void DrawHelpWindows();                         // app_menus.cpp: shortcuts, about
    enum class HelpWindow { Shortcuts, About };
    void OpenHelpWindow(HelpWindow which);
    bool CloseTopHelpWindow();
    HelpWindow help_on_top_ = HelpWindow::Shortcuts;
    void RestoreLastSession();                      // app_startup.cpp
    void RestoreWorkspace();
    void Autosave();                                // app_files.cpp
    void HandleDialogResult();
    void Perform(const PendingAction& pending);
    void DrawDiscardQuestion();                     // app_menus.cpp
    void DrawExportLinks();
    void TickCountdowns();
    void LogRoutineIfDone();

    AppOptions options_;
    FontFiles font_files_;
    std::filesystem::path document_;                // the open pain map, empty when unsaved
    std::optional<SearchIndex> search_;
    std::filesystem::path last_export_;             // shown with Open and Show in folder
    OptionalModule print_module_{kPrintModuleName, kPrintModuleEntry};  // the PDF sheets, opened at the first export
    std::optional<PendingAction> after_save_;       // to do once Save as has saved
    unsigned autosaved_revision_ = 0;
    bool fonts_dirty_ = true;
    float display_scale_ = 1;
    int frame_ = 0;
};

}  // namespace ta::gui
