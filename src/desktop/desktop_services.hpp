// What the desktop module gives the app: notifications (libnotify) and the desktop's file dialog
// (libportal), both over GLib and D-Bus. The app opens the module the first time it needs one of
// them (optional_module.hpp), so GLib, GIO and their dozen libraries are not loaded at start-up,
// and most sessions never load them. The app's DesktopNotifier and PortalFileChooser are the
// fronts; these interfaces are what the module implements.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace ta::gui {

struct Delivery {
    bool shown = false;          // the desktop shows the notification
    bool button = false;         // ... with the button (some notification services have none)
    std::string problem;         // why not, for the menu and the banner
};

class NotificationService {
public:
    virtual ~NotificationService() = default;   // withdraws a notification whose button would no longer work
    virtual Delivery Show(const std::string& title, const std::string& body, const std::string& button) = 0;
    virtual void Withdraw() = 0;
    virtual void Pump() = 0;     // runs GLib's ready callbacks, never waits
    virtual bool Out() const = 0;
    virtual bool TakeClick() = 0;
};

// One request for a file: open one, or save under a name the person may change.
struct FileRequest {
    bool saving = false;
    std::string title;
    std::filesystem::path suggested;       // folder and name to start from
    std::string filter_name, filter_glob;  // "PDF documents", "*.pdf"
};

class FileChooserService {
public:
    // How a request ended: a chosen file, a cancel, or a failure (then the fallback is used).
    struct Answer {
        enum class Kind { Chosen, Cancelled, Failed } kind;
        std::filesystem::path path;
    };

    virtual ~FileChooserService() = default;
    virtual bool Ask(const FileRequest& request) = 0;   // false when no portal answers on the bus
    virtual bool Pending() const = 0;
    virtual std::optional<Answer> Poll() = 0;           // runs GLib's ready callbacks, never waits
};

// The app opens the module only when a session bus is known (session_bus.hpp).
struct DesktopModule {
    const char* version;  // the build's TA_VERSION
    // Null when the module was built without the library (libnotify, libportal).
    std::unique_ptr<NotificationService> (*notifications)();
    std::unique_ptr<FileChooserService> (*file_chooser)();
};

inline constexpr const char* kDesktopModuleName = "trigger-atlas-desktop";
inline constexpr const char* kDesktopModuleEntry = "ta_desktop_module";  // extern "C" const DesktopModule* ()

}  // namespace ta::gui
