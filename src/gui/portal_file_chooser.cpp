// Asking the XDG desktop portal for a file (libportal on GLib's default main context, which Poll
// iterates without blocking).
#include "portal_file_chooser.hpp"

#include "file_dialog.hpp"

#ifdef TA_HAVE_LIBPORTAL
#include <gio/gio.h>
#include <libportal/portal.h>
#endif

#include <cstdlib>

namespace ta::gui {

namespace fs = std::filesystem;

#ifdef TA_HAVE_LIBPORTAL

namespace {

constexpr const char* kPortalName = "org.freedesktop.portal.Desktop";

// Asks the bus daemon `method` with `arguments`; nothing when the call fails.
GVariant* AskBus(GDBusConnection* bus, const char* method, GVariant* arguments) {
    GError* error = nullptr;
    GVariant* reply = g_dbus_connection_call_sync(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", method,
                                                  arguments, nullptr, G_DBUS_CALL_FLAGS_NONE, 1000, nullptr, &error);
    g_clear_error(&error);
    return reply;
}

// A portal runs now, or the bus can start one.
bool PortalOnBus(GDBusConnection* bus) {
    bool found = false;
    if (GVariant* reply = AskBus(bus, "NameHasOwner", g_variant_new("(s)", kPortalName))) {
        gboolean owned = FALSE;
        g_variant_get(reply, "(b)", &owned);
        found = owned;
        g_variant_unref(reply);
    }
    if (GVariant* reply = found ? nullptr : AskBus(bus, "ListActivatableNames", nullptr)) {
        GVariantIter* names = nullptr;
        const char* name = nullptr;
        g_variant_get(reply, "(as)", &names);
        while (!found && g_variant_iter_loop(names, "&s", &name)) found = std::string_view(name) == kPortalName;
        g_variant_iter_free(names);
        g_variant_unref(reply);
    }
    return found;
}

// A session bus we can reach without starting one (GLib would otherwise try to autolaunch a bus
// through X11), with a portal on it. Asked once; a few milliseconds.
bool PortalReachable() {
    const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    if (!(address && *address) && !(runtime && fs::exists(fs::path(runtime) / "bus", ec))) return false;
    GError* error = nullptr;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    g_clear_error(&error);
    if (!bus) return false;
    const bool found = PortalOnBus(bus);
    g_object_unref(bus);
    return found;
}

// The filter list the portal takes: a(sa(us)), one named filter with one glob.
GVariant* Filters(FileAction action) {
    const bool pdf = action == FileAction::Export;
    return g_variant_new_parsed(pdf ? "[('PDF documents', [(0, '*.pdf')])]" : "[('Pain maps', [(0, '*.xml')])]");
}

}  // namespace

struct PortalFileChooser::State {
    std::optional<bool> reachable;
    XdpPortal* portal = nullptr;
    bool pending = false;
    bool saving = false;
    std::optional<Answer> answer;

    ~State() {
        if (portal) g_object_unref(portal);
    }

    static void Finished(GObject* source, GAsyncResult* result, gpointer data) {
        auto* self = static_cast<State*>(data);
        GError* error = nullptr;
        auto* portal = XDP_PORTAL(source);
        GVariant* reply = self->saving ? xdp_portal_save_file_finish(portal, result, &error) : xdp_portal_open_file_finish(portal, result, &error);
        self->pending = false;
        if (!reply) {
            const bool cancelled = g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
            self->answer = Answer{cancelled ? Answer::Kind::Cancelled : Answer::Kind::Failed, {}};
            g_clear_error(&error);
            return;
        }
        self->answer = Answer{Answer::Kind::Failed, {}};
        const char** uris = nullptr;
        if (g_variant_lookup(reply, "uris", "^a&s", &uris) && uris && uris[0]) {
            if (gchar* file = g_filename_from_uri(uris[0], nullptr, nullptr)) {
                self->answer = Answer{Answer::Kind::Chosen, file};
                g_free(file);
            }
        }
        g_free(uris);
        g_variant_unref(reply);
    }
};

PortalFileChooser::PortalFileChooser() : state_(std::make_unique<State>()) {}
PortalFileChooser::~PortalFileChooser() = default;

bool PortalFileChooser::Ask(FileAction action, const std::string& title, const fs::path& suggested) {
    State& s = *state_;
    if (s.pending) return true;
    if (!s.reachable) s.reachable = PortalReachable();
    if (!*s.reachable) return false;
    if (!s.portal) s.portal = xdp_portal_new();
    s.saving = action != FileAction::Open;
    s.answer.reset();
    s.pending = true;
    const std::string folder = suggested.parent_path().string(), name = suggested.filename().string();
    if (s.saving) {
        xdp_portal_save_file(s.portal, nullptr, title.c_str(), name.c_str(), folder.c_str(), nullptr, Filters(action), nullptr, nullptr,
                             XDP_SAVE_FILE_FLAG_NONE, nullptr, &State::Finished, &s);
    } else {
        xdp_portal_open_file(s.portal, nullptr, title.c_str(), Filters(action), nullptr, nullptr, XDP_OPEN_FILE_FLAG_NONE, nullptr,
                             &State::Finished, &s);
    }
    return true;
}

bool PortalFileChooser::Pending() const { return state_->pending; }

std::optional<PortalFileChooser::Answer> PortalFileChooser::Poll() {
    while (g_main_context_iteration(nullptr, FALSE)) {
    }
    std::optional<Answer> answer;
    answer.swap(state_->answer);
    return answer;
}

#else

struct PortalFileChooser::State {};
PortalFileChooser::PortalFileChooser() = default;
PortalFileChooser::~PortalFileChooser() = default;
bool PortalFileChooser::Ask(FileAction, const std::string&, const fs::path&) { return false; }
bool PortalFileChooser::Pending() const { return false; }
std::optional<PortalFileChooser::Answer> PortalFileChooser::Poll() { return std::nullopt; }

#endif

}  // namespace ta::gui
