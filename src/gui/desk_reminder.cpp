// The movement reminder's delivery, banner and menu.
#include "desk_reminder.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "routine_steps.hpp"

#include <SDL.h>

#include <ctime>

namespace ta::gui {

namespace {

constexpr const char* kStartLabel = "Start the desk routine";
constexpr int kFramesAfterChange = 3;   // as many as the loop draws after an input event

MovementReminder::TimePoint Now() { return MovementReminder::Clock::now(); }

std::string ClockTime(MovementReminder::TimePoint when) {
    const std::time_t t = MovementReminder::Clock::to_time_t(when);
    std::tm local{};
    localtime_r(&t, &local);
    char text[8];
    std::strftime(text, sizeof text, "%H:%M", &local);
    return text;
}

void Hide(DeskReminder& r) {
    r.banner = false;
    r.notifier.Withdraw();
    r.frames_wanted = kFramesAfterChange;
}

void StartRoutine(App& app) {
    DeskReminder& r = app.desk_reminder;
    Hide(r);
    if (auto routine = ReminderRoutine(app.db.content)) app.OpenRoutine(*routine, true);
    // The click may come from the desktop's notification while another window is in front.
    if (SDL_Window* window = SDL_GL_GetCurrentWindow()) SDL_RaiseWindow(window);
}

void Remind(App& app, MovementReminder::TimePoint now) {
    DeskReminder& r = app.desk_reminder;
    r.schedule.Reminded(now);
    const auto routine = ReminderRoutine(app.db.content);
    if (!routine) return;  // the menu cannot switch it on without one
    const Routine& desk = app.db.content.routines[*routine];
    const Delivery delivery = r.notifier.Show(desk.reminder, desk.title, kStartLabel);
    r.problem = delivery.problem;
    r.banner = !delivery.shown || !delivery.button;
    r.frames_wanted = kFramesAfterChange;
}

void SetEnabled(App& app, bool on) {
    DeskReminder& r = app.desk_reminder;
    r.schedule.SetEnabled(on, Now());
    if (!on) Hide(r);
    app.settings.move_reminder = on;
    app.SaveSettingsNow();
}

}  // namespace

void StartDeskReminder(App& app) {
    DeskReminder& r = app.desk_reminder;
    r.schedule.SetInterval(app.settings.move_reminder_minutes);
    r.schedule.SetEnabled(app.settings.move_reminder && ReminderRoutine(app.db.content), Now());
}

void PollDeskReminder(App& app) {
    DeskReminder& r = app.desk_reminder;
    const auto now = Now();
    const bool moving = app.countdowns.Running();
    r.schedule.Observe(now, moving);
    if (moving && (r.banner || r.notifier.Out())) Hide(r);   // already moving: the reminder has done its work
    if (r.schedule.Due(now)) Remind(app, now);
    r.notifier.Pump();
    if (r.notifier.TakeClick()) StartRoutine(app);
}

void DrawDeskReminderBanner(App& app) {
    DeskReminder& r = app.desk_reminder;
    const auto routine = ReminderRoutine(app.db.content);
    if (!r.banner || !routine) return;
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(app.fonts.bold);
    ImGui::TextColored(app.palette.accent, "%s", app.db.content.routines[*routine].reminder.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    const bool start = ImGui::SmallButton(kStartLabel);
    r.start_button = LastItemRect();
    if (start) StartRoutine(app);
    ImGui::SameLine();
    if (ImGui::SmallButton("Later")) Hide(r);
    Tooltip("The next reminder comes a whole interval after this one");
    if (!r.problem.empty()) {
        ImGui::SameLine();
        TextWrappedColored(app.palette.text_muted, "(here in the window: " + r.problem + ")");
    }
}

void DrawDeskReminderMenu(App& app) {
    DeskReminder& r = app.desk_reminder;
    const bool offered = ReminderRoutine(app.db.content).has_value();
    if (ImGui::MenuItem("Remind me to move", nullptr, r.schedule.Enabled(), offered)) SetEnabled(app, !r.schedule.Enabled());
    if (!offered) Tooltip("The content names no routine for the reminder (<reminder> in routines.xml)");
    for (int minutes : MovementReminder::kIntervalMinutes) {
        const std::string label = "  every " + std::to_string(minutes) + " minutes";
        if (ImGui::MenuItem(label.c_str(), nullptr, r.schedule.IntervalMinutes() == minutes, r.schedule.Enabled())) {
            r.schedule.SetInterval(minutes);
            app.settings.move_reminder_minutes = minutes;
            app.SaveSettingsNow();
        }
    }
    if (!r.schedule.Enabled()) return;
    ImGui::TextDisabled("  next about %s", ClockTime(r.schedule.NextDue()).c_str());
    if (!r.problem.empty()) ImGui::TextDisabled("  shown in this window: %s", r.problem.c_str());
}

}  // namespace ta::gui
