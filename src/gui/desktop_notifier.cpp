// The notifier over libnotify, or the stand-in that reports it was built without it.
#include "desktop_notifier.hpp"

#include <cstdlib>
#include <filesystem>
#include <utility>

#ifdef TA_HAVE_LIBNOTIFY
#include <libnotify/notify.h>
#endif

namespace ta::gui {

#ifdef TA_HAVE_LIBNOTIFY

struct DesktopNotifier::State {
    NotifyNotification* notification = nullptr;
    bool initialised = false;
    bool out = false;
    bool clicked = false;
};

namespace {

constexpr const char* kDesktopId = "org.triggeratlas.TriggerAtlas";

// Without a session bus address GLib would try to start a bus through X11 ("autolaunch"), which
// may hang or leave a daemon behind; a desktop session always has one or the other.
bool SessionBusKnown() {
    const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    if (address && *address) return true;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    std::error_code ec;
    return runtime && *runtime && std::filesystem::exists(std::filesystem::path(runtime) / "bus", ec);
}

bool ServerHasButtons() {
    GList* caps = notify_get_server_caps();
    bool actions = false;
    for (GList* c = caps; c; c = c->next) actions |= g_strcmp0(static_cast<const char*>(c->data), "actions") == 0;
    g_list_free_full(caps, g_free);
    return actions;
}

// Each callback is handed the one flag it sets.
void OnClick(NotifyNotification*, char*, gpointer clicked) { *static_cast<bool*>(clicked) = true; }
void OnClosed(NotifyNotification*, gpointer out) { *static_cast<bool*>(out) = false; }

}  // namespace

DesktopNotifier::DesktopNotifier() : state_(std::make_unique<State>()) {}

DesktopNotifier::~DesktopNotifier() {
    Withdraw();
    if (state_->initialised) notify_uninit();
}

Delivery DesktopNotifier::Show(const std::string& title, const std::string& body, const std::string& button) {
    if (!SessionBusKnown()) return {false, false, "no desktop session (D-Bus) to show notifications in"};
    if (!state_->initialised) state_->initialised = notify_init("Trigger Atlas");
    if (!state_->initialised) return {false, false, "notifications could not start"};
    Withdraw();
    // A new notification each time: a late "closed" from the last one cannot reach this one.
    NotifyNotification* n = state_->notification = notify_notification_new(title.c_str(), body.c_str(), kDesktopId);
    g_signal_connect(n, "closed", G_CALLBACK(OnClosed), &state_->out);
    const bool buttons = ServerHasButtons();
    if (buttons) notify_notification_add_action(n, "start", button.c_str(), OnClick, &state_->clicked, nullptr);
    notify_notification_set_hint(n, "desktop-entry", g_variant_new_string(kDesktopId));
    GError* error = nullptr;
    if (!notify_notification_show(n, &error)) {
        if (error) g_dbus_error_strip_remote_error(error);   // the words, not "GDBus.Error:org.freedesktop..."
        Delivery failed{false, false, std::string("the desktop shows no notifications: ") + (error ? error->message : "unknown error")};
        g_clear_error(&error);
        return failed;
    }
    state_->out = true;
    return {true, buttons, buttons ? "" : "the desktop's notifications have no buttons"};
}

// Closes the notification if it is still on screen and lets go of it, callbacks first: they
// point into this object.
void DesktopNotifier::Withdraw() {
    NotifyNotification* n = std::exchange(state_->notification, nullptr);
    if (!n) return;
    if (state_->out) notify_notification_close(n, nullptr);
    state_->out = false;
    g_signal_handlers_disconnect_by_data(n, &state_->out);
    notify_notification_clear_actions(n);
    g_object_unref(n);
}

void DesktopNotifier::Pump() {
    // A bounded number of ready sources: never waits, never spins on a busy context.
    for (int i = 0; state_->out && i < 8 && g_main_context_iteration(nullptr, FALSE); ++i) {
    }
}

bool DesktopNotifier::Out() const { return state_->out; }

bool DesktopNotifier::TakeClick() { return std::exchange(state_->clicked, false); }

#else  // built without libnotify

struct DesktopNotifier::State {};

DesktopNotifier::DesktopNotifier() = default;
DesktopNotifier::~DesktopNotifier() = default;

Delivery DesktopNotifier::Show(const std::string&, const std::string&, const std::string&) {
    return {false, false, "this Trigger Atlas was built without desktop notifications (libnotify)"};
}

void DesktopNotifier::Withdraw() {}
void DesktopNotifier::Pump() {}
bool DesktopNotifier::Out() const { return false; }
bool DesktopNotifier::TakeClick() { return false; }

#endif

}  // namespace ta::gui
