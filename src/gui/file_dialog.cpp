// File dialog: external helpers first, the ImGui fallback otherwise.
#include "file_dialog.hpp"

#include "widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace ta::gui {

namespace {

namespace fs = std::filesystem;

std::optional<fs::path> FindProgram(const char* name) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        std::error_code ec;
        const fs::path candidate = fs::path(dir) / name;
        if (!dir.empty() && fs::is_regular_file(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

// 'text' with embedded single quotes escaped, for /bin/sh.
std::string ShellQuote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string Title(FileAction action) {
    switch (action) {
    case FileAction::Open: return "Open a pain map";
    case FileAction::SaveAs: return "Save the pain map";
    case FileAction::Export: return "Export a sheet (PDF)";
    }
    return {};
}

// The command line for zenity or kdialog; empty when neither is installed or they are disabled.
std::string ExternalCommand(FileAction action, const fs::path& suggested) {
    const char* choice = std::getenv("TRIGGER_ATLAS_FILE_DIALOG");
    if (choice && std::string(choice) == "builtin") return {};
    const bool saving = action != FileAction::Open;
    const std::string filter = action == FileAction::Export ? "*.pdf" : "*.xml";
    if (auto zenity = FindProgram("zenity"))
        return ShellQuote(zenity->string()) + " --file-selection" + (saving ? " --save --confirm-overwrite" : "") +
               " --title=" + ShellQuote(Title(action)) + " --filename=" + ShellQuote(suggested.string()) +
               " --file-filter=" + ShellQuote(filter) + " 2>/dev/null";
    if (auto kdialog = FindProgram("kdialog"))
        return ShellQuote(kdialog->string()) + (saving ? " --getsavefilename " : " --getopenfilename ") +
               ShellQuote(suggested.string()) + " " + ShellQuote(filter) + " --title " + ShellQuote(Title(action)) + " 2>/dev/null";
    return {};
}

}  // namespace

std::optional<fs::path> FileDialog::AskExternal(FileAction action, const fs::path& suggested) {
    const std::string command = ExternalCommand(action, suggested);
    if (command.empty()) return std::nullopt;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return std::nullopt;
    std::string output;
    char buffer[512];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    pclose(pipe);
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
    return fs::path(output);  // empty when the person cancelled
}

void FileDialog::Ask(FileAction action, const fs::path& suggested) {
    action_ = action;
    if (auto external = AskExternal(action, suggested)) {
        if (!external->empty()) choice_ = FileChoice{action, *external};
        return;
    }
    directory_ = suggested.parent_path();
    replace_.clear();
    name_ = action == FileAction::Open ? "" : suggested.filename().string();
    open_ = true;
    ReadDirectory();
}

void FileDialog::ReadDirectory() {
    entries_.clear();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(directory_, fs::directory_options::skip_permission_denied, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with('.')) continue;
        if (entry.is_directory(ec) || entry.path().extension() == Extension()) entries_.push_back(entry);
    }
    std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
        std::error_code e;
        if (a.is_directory(e) != b.is_directory(e)) return a.is_directory(e);
        return a.path().filename() < b.path().filename();
    });
}

void FileDialog::Draw() {
    if (!open_) return;
    const std::string title = Title(action_) + "###file-dialog";
    if (!ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    ImGui::SetNextWindowSize({Em(34), Em(26)}, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), &open_)) return;
    ImGui::TextWrapped("%s", directory_.string().c_str());
    if (ImGui::Button("Up one folder") && directory_.has_parent_path()) {
        directory_ = directory_.parent_path();
        ReadDirectory();
    }
    ImGui::BeginChild("entries", {0, -2.4f * ImGui::GetFrameHeightWithSpacing()}, true);
    for (const auto& entry : entries_) {
        std::error_code ec;
        const bool folder = entry.is_directory(ec);
        const std::string label = (folder ? "\u25B8 " : "   ") + entry.path().filename().string();
        if (ImGui::Selectable(label.c_str(), entry.path().filename() == name_, ImGuiSelectableFlags_AllowDoubleClick)) {
            if (folder) {
                directory_ = entry.path();
                ReadDirectory();
                break;
            }
            name_ = entry.path().filename().string();
        }
    }
    ImGui::EndChild();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const std::string typed = name_;
    bool enter = ImGui::InputTextWithHint("##name", "file name", &name_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (name_ != typed) replace_.clear();
    // The text box lets go of the keyboard on Enter, so the second Enter (Replace) comes here.
    enter |= !replace_.empty() && !ImGui::IsAnyItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (!replace_.empty()) TextWrapped(replace_.filename().string() + " already exists. Replace it?");
    const char* verb = !replace_.empty() ? "Replace" : action_ == FileAction::Open ? "Open" : "Save";
    if ((ImGui::Button(verb, {Em(6), 0}) || enter) && !name_.empty()) {
        fs::path chosen = directory_ / name_;
        if (action_ != FileAction::Open && chosen.extension() != Extension()) chosen += Extension();
        Choose(chosen);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", {Em(6), 0}) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        open_ = false;
        replace_.clear();
    }
    if (!open_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// Writing over an existing file takes a second, explicit confirmation.
void FileDialog::Choose(const fs::path& chosen) {
    std::error_code ec;
    if (action_ != FileAction::Open && replace_ != chosen && fs::exists(chosen, ec)) {
        replace_ = chosen;
        return;
    }
    choice_ = FileChoice{action_, chosen};
    replace_.clear();
    open_ = false;
}

std::optional<FileChoice> FileDialog::TakeChoice() {
    auto choice = choice_;
    choice_.reset();
    return choice;
}

}  // namespace ta::gui
