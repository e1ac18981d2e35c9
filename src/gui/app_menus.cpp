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
    {"Esc", "close the muscle"},
};

bool Pressed(SDL_Scancode key) { return ImGui::IsKeyPressed(key, false); }

}  // namespace

void App::HandleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    if (io.KeyCtrl) {
        if (Pressed(SDL_SCANCODE_Z)) io.KeyShift ? session.Redo() : session.Undo();
        if (Pressed(SDL_SCANCODE_Y)) session.Redo();
        if (Pressed(SDL_SCANCODE_F)) focus_search = true;
        if (Pressed(SDL_SCANCODE_O)) AskOpen();
        if (Pressed(SDL_SCANCODE_S)) io.KeyShift ? AskSaveAs() : Save();
        if (Pressed(SDL_SCANCODE_P)) AskExport();
        if (Pressed(SDL_SCANCODE_N)) NewDocument();
        if (Pressed(SDL_SCANCODE_Q)) quit = true;
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
    if (Pressed(SDL_SCANCODE_ESCAPE)) session.selected_muscle.reset();
    for (int v = 0; v < static_cast<int>(db.atlas.views.size()) && v < 9; ++v)
        if (Pressed(static_cast<SDL_Scancode>(SDL_SCANCODE_1 + v))) session.view = v;
}

void App::DrawMenuBar() {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("New pain map", "Ctrl+N")) NewDocument();
        if (ImGui::MenuItem("Open\u2026", "Ctrl+O")) AskOpen();
        if (ImGui::BeginMenu("Open recent", !settings.recent_files.empty())) {
            for (const std::string& recent : settings.recent_files)
                if (ImGui::MenuItem(recent.c_str())) OpenDocument(recent);
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Save", "Ctrl+S")) Save();
        if (ImGui::MenuItem("Save as\u2026", "Ctrl+Shift+S")) AskSaveAs();
        if (ImGui::MenuItem("Export sheet\u2026", "Ctrl+P")) AskExport();
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) quit = true;
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
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Safety and red flags")) show_safety = true;
        if (ImGui::MenuItem("Keyboard shortcuts")) show_shortcuts = true;
        if (ImGui::MenuItem("About Trigger Atlas")) show_about = true;
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void App::DrawHelpWindows() {
    if (show_shortcuts) {
        ImGui::SetNextWindowSize({Em(30), 0}, ImGuiCond_Appearing);
        if (ImGui::Begin("Keyboard shortcuts", &show_shortcuts, ImGuiWindowFlags_NoCollapse)) {
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
        ImGui::SetNextWindowSize({Em(28), 0}, ImGuiCond_Appearing);
        if (ImGui::Begin("About Trigger Atlas", &show_about, ImGuiWindowFlags_NoCollapse)) {
            ImGui::PushFont(fonts.heading);
            ImGui::TextUnformatted("Trigger Atlas");
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

}  // namespace ta::gui
