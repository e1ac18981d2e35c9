// Delivering the movement reminder to the desktop: a notification (libnotify) with one button that
// opens the desk routine, and word of that button's click. It decides nothing: when to remind is
// the core's MovementReminder, what to do about it is desk_reminder.cpp.
//
// libnotify is optional at build time. Without it, or without a notification service at run time
// (no session bus, no notification daemon, as under Xvfb), Show says why, and the app shows the
// reminder as a banner in its window instead: a soft failure, never a crash.
#pragma once

#include <memory>
#include <string>

namespace ta::gui {

struct Delivery {
    bool shown = false;          // the desktop shows the notification
    bool button = false;         // ... with the button (some notification services have none)
    std::string problem;         // why not, for the menu and the banner
};

class DesktopNotifier {
public:
    DesktopNotifier();
    DesktopNotifier(const DesktopNotifier&) = delete;
    DesktopNotifier& operator=(const DesktopNotifier&) = delete;
    ~DesktopNotifier();          // withdraws a notification whose button would no longer work

    Delivery Show(const std::string& title, const std::string& body, const std::string& button);
    void Withdraw();
    // libnotify hears of the click on GLib's default main context, which nothing else in the app
    // iterates: the event loop calls this (it returns at once) while a notification is out.
    void Pump();
    bool Out() const;            // a notification is on screen and its button may be clicked
    bool TakeClick();            // the button was clicked since the last call

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace ta::gui
