// DBUS_SESSION_BUS_ADDRESS, or the socket at $XDG_RUNTIME_DIR/bus.
#include "session_bus.hpp"

#include <cstdlib>
#include <filesystem>

namespace ta::gui {

bool SessionBusKnown() {
    const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    if (address && *address) return true;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    return runtime && *runtime && std::filesystem::exists(std::filesystem::path(runtime) / "bus", ec);
}

}  // namespace ta::gui
