// Asking the XDG desktop portal for a file (libportal on GLib's default main context, which Poll
// iterates without blocking).
#include "desktop_module_parts.hpp"

#include <gio/gio.h>
#include <libportal/portal.h>

#include <string_view>

namespace ta::gui {

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

// A portal on the session bus (which the app knows is there). Asked once; a few milliseconds.
bool PortalReachable() {
    GError* error = nullptr;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    g_clear_error(&error);
    if (!bus) return false;
    const bool found = PortalOnBus(bus);
    g_object_unref(bus);
    return found;
}

// The filter list the portal takes: a(sa(us)), one named filter with one glob.
GVariant* Filters(const FileRequest& request) {
    GVariantBuilder globs;
    g_variant_builder_init(&globs, G_VARIANT_TYPE("a(us)"));
    g_variant_builder_add(&globs, "(us)", 0u, request.filter_glob.c_str());
    return g_variant_new_parsed("[(%s, %@a(us))]", request.filter_name.c_str(), g_variant_builder_end(&globs));
}

class PortalFileChooser final : public FileChooserService {
public:
    ~PortalFileChooser() override {
        if (portal_) g_object_unref(portal_);
    }

    bool Ask(const FileRequest& request) override {
        if (pending_) return true;
        if (!reachable_) reachable_ = PortalReachable();
        if (!*reachable_) return false;
        if (!portal_) portal_ = xdp_portal_new();
        saving_ = request.saving;
        answer_.reset();
        pending_ = true;
        const std::string folder = request.suggested.parent_path().string(), name = request.suggested.filename().string();
        if (saving_) {
            xdp_portal_save_file(portal_, nullptr, request.title.c_str(), name.c_str(), folder.c_str(), nullptr, Filters(request), nullptr,
                                 nullptr, XDP_SAVE_FILE_FLAG_NONE, nullptr, &Finished, this);
        } else {
            xdp_portal_open_file(portal_, nullptr, request.title.c_str(), Filters(request), nullptr, nullptr, XDP_OPEN_FILE_FLAG_NONE,
                                 nullptr, &Finished, this);
        }
        return true;
    }

    bool Pending() const override { return pending_; }

    std::optional<Answer> Poll() override {
        while (g_main_context_iteration(nullptr, FALSE)) {
        }
        std::optional<Answer> answer;
        answer.swap(answer_);
        return answer;
    }

private:
    static void Finished(GObject* source, GAsyncResult* result, gpointer data) {
        auto* self = static_cast<PortalFileChooser*>(data);
        GError* error = nullptr;
        auto* portal = XDP_PORTAL(source);
        GVariant* reply = self->saving_ ? xdp_portal_save_file_finish(portal, result, &error) : xdp_portal_open_file_finish(portal, result, &error);
        self->pending_ = false;
        if (!reply) {
            const bool cancelled = g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
            self->answer_ = Answer{cancelled ? Answer::Kind::Cancelled : Answer::Kind::Failed, {}};
            g_clear_error(&error);
            return;
        }
        self->answer_ = Answer{Answer::Kind::Failed, {}};
        const char** uris = nullptr;
        if (g_variant_lookup(reply, "uris", "^a&s", &uris) && uris && uris[0]) {
            if (gchar* file = g_filename_from_uri(uris[0], nullptr, nullptr)) {
                self->answer_ = Answer{Answer::Kind::Chosen, file};
                g_free(file);
            }
        }
        g_free(uris);
        g_variant_unref(reply);
    }

    std::optional<bool> reachable_;
    XdpPortal* portal_ = nullptr;
    bool pending_ = false;
    bool saving_ = false;
    std::optional<Answer> answer_;
};

}  // namespace

std::unique_ptr<FileChooserService> MakePortalFileChooser() { return std::make_unique<PortalFileChooser>(); }

}  // namespace ta::gui
