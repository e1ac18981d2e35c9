// A stand-in notification daemon for the movement reminder's end-to-end test: it owns
// org.freedesktop.Notifications on a private session bus, says it can show buttons, accepts
// every notification, and two seconds later clicks its "start" button, as a person would.
// Each call it receives is printed, so the test can check the app withdrew the notification.
#include <gio/gio.h>

#include <cstdio>
#include <string_view>

namespace {

constexpr const char* kInterface =
    "<node><interface name='org.freedesktop.Notifications'>"
    "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
    "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/><arg type='a{sv}' direction='in'/>"
    "<arg type='i' direction='in'/><arg type='u' direction='out'/></method>"
    "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
    "<method name='GetServerInformation'><arg type='s' direction='out'/><arg type='s' direction='out'/>"
    "<arg type='s' direction='out'/><arg type='s' direction='out'/></method>"
    "<signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
    "<signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
    "</interface></node>";

GDBusConnection* bus = nullptr;
guint next_id = 1;

gboolean ClickStart(gpointer id) {
    std::printf("click %u\n", GPOINTER_TO_UINT(id));
    std::fflush(stdout);
    g_dbus_connection_emit_signal(bus, nullptr, "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "ActionInvoked",
                                  g_variant_new("(us)", GPOINTER_TO_UINT(id), "start"), nullptr);
    return G_SOURCE_REMOVE;
}

void OnCall(GDBusConnection*, const char*, const char*, const char*, const char* method, GVariant*, GDBusMethodInvocation* call, gpointer) {
    std::printf("%s\n", method);
    std::fflush(stdout);
    const std::string_view name = method;
    if (name == "GetCapabilities") {
        const char* caps[] = {"actions", "body", nullptr};
        g_dbus_method_invocation_return_value(call, g_variant_new("(^as)", caps));
    } else if (name == "Notify") {
        const guint id = next_id++;
        g_dbus_method_invocation_return_value(call, g_variant_new("(u)", id));
        g_timeout_add(2000, ClickStart, GUINT_TO_POINTER(id));
    } else if (name == "CloseNotification") {
        g_dbus_method_invocation_return_value(call, nullptr);
    } else {
        g_dbus_method_invocation_return_value(call, g_variant_new("(ssss)", "fake-notifyd", "Trigger Atlas tests", "1", "1.2"));
    }
}

// The object is registered before the name is taken, so no call can find the name without it.
void OnBus(GDBusConnection* connection, const char*, gpointer) {
    bus = connection;
    static const GDBusInterfaceVTable vtable = {OnCall, nullptr, nullptr, {}};
    GDBusNodeInfo* info = g_dbus_node_info_new_for_xml(kInterface, nullptr);
    g_dbus_connection_register_object(connection, "/org/freedesktop/Notifications", info->interfaces[0], &vtable, nullptr, nullptr, nullptr);
}

void OnName(GDBusConnection*, const char*, gpointer) {
    std::printf("ready\n");
    std::fflush(stdout);
}

}  // namespace

int main() {
    g_bus_own_name(G_BUS_TYPE_SESSION, "org.freedesktop.Notifications", G_BUS_NAME_OWNER_FLAGS_NONE, OnBus, OnName, nullptr, nullptr, nullptr);
    g_main_loop_run(g_main_loop_new(nullptr, FALSE));
}
