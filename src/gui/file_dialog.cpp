// File dialog: the desktop portal first, the ImGui fallback otherwise.
#include "file_dialog.hpp"

#include "widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace ta::gui {

namespace {

namespace fs = std::filesystem;

std::string Title(FileAction action) {
    switch (action) {
    case FileAction::Open: return "Open a pain map";
    case FileAction::SaveAs: return "Save the pain map";
    case FileAction::Export: return "Export a sheet (PDF)";
    }
    return {};
}

// TRIGGER_ATLAS_FILE_DIALOG=builtin: the tests' way to get the same dialog on every desktop.
bool BuiltinOnly() {
    const char* choice = std::getenv("TRIGGER_ATLAS_FILE_DIALOG");
    return choice && std::string_view(choice) == "builtin";
}

}  // namespace

void FileDialog::Ask(FileAction action, const fs::path& suggested) {
    action_ = action;
    suggested_ = suggested;
    if (!BuiltinOnly() && portal_.Ask(action, Title(action), suggested)) return;
    OpenBuiltin();
}

void FileDialog::OpenBuiltin() {
    directory_ = suggested_.parent_path();
    replace_.clear();
    name_ = action_ == FileAction::Open ? "" : suggested_.filename().string();
    open_ = true;
    ReadDirectory();
}

// The desktop's answer: a file is taken as chosen (its dialog asked about replacing one), a
// cancel ends the request, and a failure opens the built-in dialog instead.
void FileDialog::PollPortal() {
    if (!portal_.Pending()) return;
    const auto answer = portal_.Poll();
    if (!answer) return;
    using Kind = PortalFileChooser::Answer::Kind;
    if (answer->kind == Kind::Chosen) choice_ = FileChoice{action_, answer->path};
    else if (answer->kind == Kind::Failed) OpenBuiltin();
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
    PollPortal();
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
