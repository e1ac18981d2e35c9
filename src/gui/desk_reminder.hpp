// The "move every 20-30 minutes" reminder in the app: asks the core's schedule (MovementReminder)
// whether a reminder is due, delivers it through the desktop (DesktopNotifier) or, when the
// desktop cannot, as a banner at the top of the window, and opens the routine the content marks
// with <reminder> (the short desk break) when the person takes it up. Its menu switches it on and
// off and picks the interval; both are kept in the settings. Off unless the person asks for it.
#pragma once

#include "desktop_notifier.hpp"

#include "movement_reminder.hpp"

#include <array>
#include <string>

namespace ta::gui {

class App;

struct DeskReminder {
    MovementReminder schedule;
    DesktopNotifier notifier;
    bool banner = false;         // the reminder is showing in the window
    std::string problem;         // why the desktop did not show it (the banner and the menu say)
    int frames_wanted = 0;       // frames to draw after a change made outside a frame (see Poll)
    std::array<float, 4> start_button{};   // where the banner's button was last drawn (x0 y0 x1 y1), for the state dump
};

// From the settings, when the app starts.
void StartDeskReminder(App& app);
// Each pass of the event loop, drawn or not: counts the time, reminds when due, lets the desktop
// report a click on the notification's button, and opens the routine after one. Returns at once.
void PollDeskReminder(App& app);
void DrawDeskReminderBanner(App& app);
void DrawDeskReminderMenu(App& app);

}  // namespace ta::gui
