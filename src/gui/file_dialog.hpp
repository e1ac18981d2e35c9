// Choosing a file: the desktop's own dialog through the XDG portal when one answers, otherwise a
// small dialog built in ImGui. TRIGGER_ATLAS_FILE_DIALOG=builtin forces the built-in one.
#pragma once

#include "portal_file_chooser.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta::gui {

struct Fonts;

enum class FileAction { Open, SaveAs, Export };

struct FileChoice {
    FileAction action;
    std::filesystem::path path;
};

class FileDialog {
public:
    // Asks for a file; `suggested` is a full path (its folder is where the dialog starts).
    void Ask(FileAction action, const std::filesystem::path& suggested);
    void Draw();                                    // the built-in dialog, when it is open
    bool IsOpen() const { return open_ || portal_.Pending(); }
    bool WantsTicks() const { return portal_.Pending(); }   // the portal's answer is polled
    const std::string& Name() const { return name_; }       // the file name being typed
    bool AsksToReplace() const { return !replace_.empty(); }
    std::optional<FileChoice> TakeChoice();         // once, after the person chose

private:
    void OpenBuiltin();
    void PollPortal();
    void ReadDirectory();
    void Choose(const std::filesystem::path& chosen);
    const char* Extension() const { return action_ == FileAction::Export ? ".pdf" : ".xml"; }

    FileAction action_ = FileAction::Open;
    std::filesystem::path suggested_;
    PortalFileChooser portal_;
    bool open_ = false;
    std::filesystem::path directory_;
    std::string name_;
    std::filesystem::path replace_;                 // an existing file the person chose to write
    std::vector<std::filesystem::directory_entry> entries_;
    std::optional<FileChoice> choice_;
};

}  // namespace ta::gui
