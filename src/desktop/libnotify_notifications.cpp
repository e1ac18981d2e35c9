// Notifications over libnotify: one at a time, with one button whose click the app collects.
#include "desktop_module_parts.hpp"

#include <libnotify/notify.h>

#include <utility>

namespace ta::gui {

namespace {

constexpr const char* kDesktopId = "org.triggeratlas.TriggerAtlas";

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

class LibnotifyNotifications final : public NotificationService {
public:
    ~LibnotifyNotifications() override {
        LibnotifyNotifications::Withdraw();
        if (initialised_) notify_uninit();
    }

    Delivery Show(const std::string& title, const std::string& body, const std::string& button) override {
        if (!initialised_) initialised_ = notify_init("Trigger Atlas");
        if (!initialised_) return {false, false, "notifications could not start"};
        Withdraw();
        // A new notification each time: a late "closed" from the last one cannot reach this one.
        NotifyNotification* n = notification_ = notify_notification_new(title.c_str(), body.c_str(), kDesktopId);
        g_signal_connect(n, "closed", G_CALLBACK(OnClosed), &out_);
        const bool buttons = ServerHasButtons();
        if (buttons) notify_notification_add_action(n, "start", button.c_str(), OnClick, &clicked_, nullptr);
        notify_notification_set_hint(n, "desktop-entry", g_variant_new_string(kDesktopId));
        GError* error = nullptr;
        if (!notify_notification_show(n, &error)) {
            if (error) g_dbus_error_strip_remote_error(error);   // the words, not "GDBus.Error:org.freedesktop..."
            Delivery failed{false, false, std::string("the desktop shows no notifications: ") + (error ? error->message : "unknown error")};
            g_clear_error(&error);
            return failed;
        }
        out_ = true;
        return {true, buttons, buttons ? "" : "the desktop's notifications have no buttons"};
    }

    // Closes the notification if it is still on screen and lets go of it, callbacks first: they
    // point into this object.
    void Withdraw() override {
        NotifyNotification* n = std::exchange(notification_, nullptr);
        if (!n) return;
        if (out_) notify_notification_close(n, nullptr);
        out_ = false;
        g_signal_handlers_disconnect_by_data(n, &out_);
        notify_notification_clear_actions(n);
        g_object_unref(n);
    }

    void Pump() override {
        // A bounded number of ready sources: never waits, never spins on a busy context.
        for (int i = 0; out_ && i < 8 && g_main_context_iteration(nullptr, FALSE); ++i) {
        }
    }

    bool Out() const override { return out_; }
    bool TakeClick() override { return std::exchange(clicked_, false); }

private:
    NotifyNotification* notification_ = nullptr;
    bool initialised_ = false;
    bool out_ = false;
    bool clicked_ = false;
};

}  // namespace

std::unique_ptr<NotificationService> MakeLibnotifyNotifications() { return std::make_unique<LibnotifyNotifications>(); }

}  // namespace ta::gui
