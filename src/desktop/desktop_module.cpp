// The entry point of the desktop module: the one symbol it exports. A part whose library was not
// found at build time is left out (its maker is null) and the app says so.
#include "desktop_module_parts.hpp"

extern "C" __attribute__((visibility("default"))) const ta::gui::DesktopModule* ta_desktop_module() {
#ifdef TA_HAVE_LIBNOTIFY
    constexpr auto notifications = &ta::gui::MakeLibnotifyNotifications;
#else
    constexpr std::unique_ptr<ta::gui::NotificationService> (*notifications)() = nullptr;
#endif
#ifdef TA_HAVE_LIBPORTAL
    constexpr auto file_chooser = &ta::gui::MakePortalFileChooser;
#else
    constexpr std::unique_ptr<ta::gui::FileChooserService> (*file_chooser)() = nullptr;
#endif
    static const ta::gui::DesktopModule module{TA_VERSION, notifications, file_chooser};
    return &module;
}
