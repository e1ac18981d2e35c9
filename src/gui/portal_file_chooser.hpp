// The desktop's own file dialog through the XDG desktop portal's FileChooser (libportal). It
// answers asynchronously, so the window keeps drawing while the dialog is up; the FileDialog falls
// back to its built-in dialog when no portal answers (no session bus, no portal service, an error).
// Built without libportal, Ask always says no.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

namespace ta::gui {

enum class FileAction;

class PortalFileChooser {
public:
    // How a request ended: a chosen file, a cancel, or a failure (then the fallback is used).
    struct Answer {
        enum class Kind { Chosen, Cancelled, Failed } kind;
        std::filesystem::path path;
    };

    PortalFileChooser();
    ~PortalFileChooser();
    PortalFileChooser(const PortalFileChooser&) = delete;
    PortalFileChooser& operator=(const PortalFileChooser&) = delete;

    // Shows the desktop's dialog; false when no portal can (the caller uses its own dialog).
    bool Ask(FileAction action, const std::string& title, const std::filesystem::path& suggested);
    bool Pending() const;
    // Runs the callbacks GLib has ready and returns the answer once the request ended.
    std::optional<Answer> Poll();

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace ta::gui
