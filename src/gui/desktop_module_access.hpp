// The desktop module (desktop_services.hpp), opened once for the whole app when a notification or
// the desktop's file dialog is first wanted and a session bus is known.
#pragma once

#include "desktop_services.hpp"

namespace ta::gui {

// Null with `problem` set when there is no session bus, the app was built without the module,
// or the module cannot be opened.
const DesktopModule* OpenDesktopModule(std::string& problem);

}  // namespace ta::gui
