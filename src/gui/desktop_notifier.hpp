// Delivering the movement reminder to the desktop: a notification with one button that opens the
// desk routine, and word of that button's click. It decides nothing: when to remind is the core's
// MovementReminder, what to do about it is desk_reminder.cpp.
//
// The notification itself is the desktop module's (libnotify), opened at the first reminder.
// Without a session bus, without the module or libnotify, or without a notification service (as
// under Xvfb), Show says why, and the app shows the reminder as a banner in its window instead:
// a soft failure, never a crash.
#pragma once

#include "desktop_services.hpp"

#include <memory>
#include <string>

namespace ta::gui {

class DesktopNotifier {
public:
    Delivery Show(const std::string& title, const std::string& body, const std::string& button);
    void Withdraw();
    // libnotify hears of the click on GLib's default main context, which nothing else in the app
    // iterates: the event loop calls this (it returns at once) while a notification is out.
    void Pump();
    bool Out() const;            // a notification is on screen and its button may be clicked
    bool TakeClick();            // the button was clicked since the last call

private:
    std::unique_ptr<NotificationService> service_;   // from the first Show; withdraws when destroyed
};

}  // namespace ta::gui
