// The desktop's own file dialog through the XDG desktop portal's FileChooser. It answers
// asynchronously, so the window keeps drawing while the dialog is up; the FileDialog falls back to
// its built-in dialog when no portal answers (no session bus, no portal service, no desktop
// module or libportal, an error). The portal itself is the desktop module's, opened at the first Ask.
#pragma once

#include "desktop_services.hpp"

#include <filesystem>
#include <memory>
#include <optional>

namespace ta::gui {

enum class FileAction;

class PortalFileChooser {
public:
    using Answer = FileChooserService::Answer;

    // Shows the desktop's dialog; false when no portal can (the caller uses its own dialog).
    bool Ask(FileAction action, const std::string& title, const std::filesystem::path& suggested);
    bool Pending() const;
    // Runs the callbacks GLib has ready and returns the answer once the request ended.
    std::optional<Answer> Poll();

private:
    std::unique_ptr<FileChooserService> service_;   // from the first Ask that found the module
    bool unavailable_ = false;                      // no module or no libportal: not asked again
};

}  // namespace ta::gui
