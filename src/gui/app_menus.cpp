// Menus, keyboard shortcuts and the help windows (shortcuts, about).
#include "app.hpp"

#include "widgets.hpp"

#include <SDL.h>

namespace ta::gui {

namespace {

struct Shortcut {
    const char* keys;
    const char* action;
};

constexpr Shortcut kShortcuts[] = {
    {"Click", "mark a spot that hurts (in Mark mode)"},
    {"Drag", "move the figure (paint in Paint mode; right-drag moves)"},
    {"Wheel, + and \u2212", "zoom"},
    {"0", "show the whole view"},
    {"1 \u2026 8", "switch views"},
    {"M / P", "Mark mode / Paint mode"},
    {"Ctrl+Z, Ctrl+Y", "undo, redo"},
    {"Ctrl+F or /", "search muscles; \u2191 \u2193 choose, Enter opens"},
    {"Ctrl+O, Ctrl+S", "open, save a pain map"},
    {"Ctrl+P", "export the sheet (PDF)"},
    {"Esc", "close the help window on top, else the muscle"},
};

bool Pressed(SDL_Scancode key) { return ImGui::IsKeyPressed(key, false); }

constexpr const char* kShortcutsTitle = "Keyboard shortcuts";
constexpr const char* kAboutTitle = "About Trigger Atlas";
constexpr const char* kDiscardTitle = "Unsaved changes";

}  // namespace

void App::HandleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    if (io.KeyCtrl) {
        if (Pressed(SDL_SCANCODE_Z)) io.KeyShift ? session.Redo() : session.Undo();
        if (Pressed(SDL_SCANCODE_Y)) session.Redo();
        if (Pressed(SDL_SCANCODE_F)) focus_search = true;
        if (Pressed(SDL_SCANCODE_O)) Request(DocumentAction::Open);
        if (Pressed(SDL_SCANCODE_S)) io.KeyShift ? AskSaveAs() : Save();
        if (Pressed(SDL_SCANCODE_P)) AskExport();
        if (Pressed(SDL_SCANCODE_N)) Request(DocumentAction::New);
        if (Pressed(SDL_SCANCODE_Q)) Request(DocumentAction::Quit);
        return;
    }
    if (io.WantTextInput) return;  // typing in a text box
    if (Pressed(SDL_SCANCODE_SLASH)) focus_search = true;
    const ImVec2 size = canvas.size;
    if (Pressed(SDL_SCANCODE_EQUALS) || Pressed(SDL_SCANCODE_KP_PLUS)) session.ZoomAt({size.x / 2, size.y / 2}, 1.25, size.x, size.y);
    if (Pressed(SDL_SCANCODE_MINUS) || Pressed(SDL_SCANCODE_KP_MINUS)) session.ZoomAt({size.x / 2, size.y / 2}, 0.8, size.x, size.y);
    if (Pressed(SDL_SCANCODE_0)) session.ResetFraming();
    if (Pressed(SDL_SCANCODE_M)) input_mode = InputMode::Click;
    if (Pressed(SDL_SCANCODE_P)) input_mode = InputMode::Paint;
    if (Pressed(SDL_SCANCODE_E)) input_mode = InputMode::Erase;
    if (Pressed(SDL_SCANCODE_ESCAPE)) {
        if (!CloseTopHelpWindow()) session.selected_muscle.reset();
    }
    for (int v = 0; v < static_cast<int>(db.atlas.views.size()) && v < 9; ++v)
        if (Pressed(static_cast<SDL_Scancode>(SDL_SCANCODE_1 + v))) session.view = v;
}

void App::DrawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New pain map", "Ctrl+N")) Request(DocumentAction::New);
        if (ImGui::MenuItem("Open\u2026", "Ctrl+O")) Request(DocumentAction::Open);
        if (ImGui::BeginMenu("Open recent", !settings.recent_files.empty())) {
            for (const std::string& recent : settings.recent_files)
                if (ImGui::MenuItem(recent.c_str())) Request(DocumentAction::OpenFile, recent);
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Save", "Ctrl+S")) Save();
        if (ImGui::MenuItem("Save as\u2026", "Ctrl+Shift+S")) AskSaveAs();
        if (ImGui::MenuItem("Export sheet\u2026", "Ctrl+P")) AskExport();
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) Request(DocumentAction::Quit);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        if (ImGui::MenuItem("Undo", "Ctrl+Z", false, session.CanUndo())) session.Undo();
        if (ImGui::MenuItem("Redo", "Ctrl+Y", false, session.CanRedo())) session.Redo();
        if (ImGui::MenuItem("Clear all marks", nullptr, false, !session.Map().marks.empty())) session.ClearMarks();
        ImGui::Separator();
        if (ImGui::MenuItem("Find a muscle", "Ctrl+F")) focus_search = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        for (int v = 0; v < static_cast<int>(db.atlas.views.size()); ++v) {
            const std::string key = v < 9 ? std::to_string(v + 1) : "";
            if (ImGui::MenuItem(db.atlas.views[v].title.c_str(), key.c_str(), session.view == v)) session.view = v;
        }
        ImGui::Separator();
        if (ImGui::MenuItem("Whole view", "0")) session.ResetFraming();
        if (ImGui::MenuItem("Dark theme", nullptr, settings.dark_theme)) SetTheme(!settings.dark_theme);
        if (ImGui::BeginMenu("Text size")) {
            for (float scale : {0.85f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f}) {
                const std::string label = std::to_string(static_cast<int>(scale * 100 + 0.5f)) + " %";
                if (ImGui::MenuItem(label.c_str(), nullptr, std::abs(settings.ui_scale - scale) < 0.01f)) SetUiScale(scale);
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Diary")) {
        if (ImGui::MenuItem("Log today…")) diary.open = true;
        if (ImGui::MenuItem("Show the diary", nullptr, diary.open)) diary.open = !diary.open;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Guides")) {
        if (ImGui::BeginMenu("Self-tests")) {
            for (size_t i = 0; i < db.content.self_tests.size(); ++i)
                if (ImGui::MenuItem(db.content.self_tests[i].title.c_str())) open_self_test = static_cast<int>(i);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu("Routines")) {
            for (size_t i = 0; i < db.content.routines.size(); ++i)
                if (ImGui::MenuItem(db.content.routines[i].title.c_str())) OpenRoutine(static_cast<int>(i));
            ImGui::EndMenu();
        }
        ImGui::Separator();
        DrawDeskReminderMenu(*this);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Safety and red flags")) show_safety = true;
        if (ImGui::MenuItem("Keyboard shortcuts")) OpenHelpWindow(HelpWindow::Shortcuts);
        if (ImGui::MenuItem("About Trigger Atlas")) OpenHelpWindow(HelpWindow::About);
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void App::OpenHelpWindow(HelpWindow which) {
    (which == HelpWindow::About ? show_about : show_shortcuts) = true;
    help_on_top_ = which;
    ImGui::SetWindowFocus(which == HelpWindow::About ? kAboutTitle : kShortcutsTitle);
}

// Esc closes the help window on top (the one opened or clicked last), then the other.
bool App::CloseTopHelpWindow() {
    bool& top = help_on_top_ == HelpWindow::About ? show_about : show_shortcuts;
    bool& other = help_on_top_ == HelpWindow::About ? show_shortcuts : show_about;
    bool& closing = top ? top : other;
    if (!closing) return false;
    closing = false;
    help_on_top_ = &closing == &show_about ? HelpWindow::Shortcuts : HelpWindow::About;
    return true;
}

// The two help windows open side by side, so neither hides the other.
static void PlaceHelpWindow(float x_fraction, float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({viewport->WorkPos.x + viewport->WorkSize.x * x_fraction, viewport->WorkPos.y + viewport->WorkSize.y * 0.2f},
                            ImGuiCond_Appearing, {0.5f, 0});
    ImGui::SetNextWindowSize({std::min(width, viewport->WorkSize.x * 0.48f), 0}, ImGuiCond_Appearing);
}

void App::DrawHelpWindows() {
    if (show_shortcuts) {
        PlaceHelpWindow(0.27f, Em(30));
        if (ImGui::Begin(kShortcutsTitle, &show_shortcuts, ImGuiWindowFlags_NoCollapse)) {
            if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) help_on_top_ = HelpWindow::Shortcuts;
            if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
                for (const Shortcut& s : kShortcuts) {
                    ImGui::TableNextColumn();
                    ImGui::PushFont(fonts.bold);
                    ImGui::TextUnformatted(s.keys);
                    ImGui::PopFont();
                    ImGui::TableNextColumn();
                    TextWrapped(s.action);
                }
                ImGui::EndTable();
            }
        }
        ImGui::End();
    }
    if (show_about) {
        PlaceHelpWindow(0.73f, Em(28));
        if (ImGui::Begin(kAboutTitle, &show_about, ImGuiWindowFlags_NoCollapse)) {
            if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) help_on_top_ = HelpWindow::About;
            ImGui::PushFont(fonts.heading);
            ImGui::TextUnformatted("Trigger Atlas " TA_VERSION);
            ImGui::PopFont();
            TextWrapped("A map of trigger-point referred pain and a guide to treating it yourself. " +
                        std::to_string(db.content.muscles.size()) + " muscles, " + std::to_string(db.atlas.views.size()) + " views.");
            TextWrappedColored(palette.text_muted, db.content.safety.disclaimer);
            if (!load_diagnostics.Empty()) {
                Heading(fonts, "Problems found in the data files");
                for (const Diagnostic& d : load_diagnostics.Items()) TextWrapped(FormatDiagnostic(d));
            }
        }
        ImGui::End();
    }
}

// Asked before New, Open or Quit would drop changes not saved to a file. Enter saves (the answer
// that loses nothing), D discards, Esc cancels.
void App::DrawDiscardQuestion() {
    if (!confirm_discard) return;
    if (!ImGui::IsPopupOpen(kDiscardTitle)) ImGui::OpenPopup(kDiscardTitle);
    ImGui::SetNextWindowSize({Em(26), 0}, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kDiscardTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const std::string name = document_.empty() ? "This pain map has never been saved to a file" : document_.filename().string() + " has changes";
    const char* what = confirm_discard->action == DocumentAction::Quit ? "before quitting" : "before it is replaced";
    TextWrapped(name + ". Save them " + what + "?");
    bool save = ImGui::Button("Save", {Em(6), 0}) || Pressed(SDL_SCANCODE_RETURN);
    ImGui::SameLine();
    bool discard = ImGui::Button("Discard (D)", {Em(7), 0}) || Pressed(SDL_SCANCODE_D);
    ImGui::SameLine();
    const bool cancel = ImGui::Button("Cancel", {Em(6), 0}) || Pressed(SDL_SCANCODE_ESCAPE);
    if (save || discard || cancel) {
        ImGui::CloseCurrentPopup();
        AnswerDiscard(save && !cancel, discard && !save && !cancel);
    }
    ImGui::EndPopup();
}

}  // namespace ta::gui
