// Opening the desktop module through OptionalModule, after the session bus check.
#include "desktop_module_access.hpp"

#include "optional_module.hpp"
#include "session_bus.hpp"

namespace ta::gui {

const DesktopModule* OpenDesktopModule(std::string& problem) {
    if (!SessionBusKnown()) {
        problem = "no desktop session (D-Bus) to talk to";
        return nullptr;
    }
#ifdef TA_HAVE_DESKTOP_MODULE
    static OptionalModule module(kDesktopModuleName, kDesktopModuleEntry);
    return module.Get<DesktopModule>(problem);
#else
    problem = "this Trigger Atlas was built without libnotify and libportal";
    return nullptr;
#endif
}

}  // namespace ta::gui
