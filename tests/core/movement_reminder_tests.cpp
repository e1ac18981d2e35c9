// The movement reminder's schedule, as scripts: each step does something at a minute (the app
// running and looking every 30 seconds, a routine playing, the computer asleep, a reminder going
// out) and then says whether a reminder is due. The clock is handed in; nothing sleeps.
#include "movement_reminder.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ta;

namespace {

enum class Act {
    SwitchOn,    // the person turns the reminder on
    SwitchOff,
    Run,         // the app runs until this minute, looking every 30 s, no routine playing
    Play,        // a routine (or hold timer) plays until this minute
    Sleep,       // the computer sleeps until this minute; the app looks once on waking
    Remind,      // a reminder goes out (or "Later" is clicked)
    Interval20,  // the person picks 20 minutes
};

struct Step {
    double minute;
    Act act;
    bool due;    // whether a reminder is due right after the step
};

struct Script {
    std::string name;
    std::vector<Step> steps;
};

using Time = MovementReminder::TimePoint;

Time At(double minute) {
    return Time{} + std::chrono::duration_cast<MovementReminder::Clock::duration>(std::chrono::duration<double, std::ratio<60>>(minute));
}

// Observes every 30 seconds from `from` to `to` (the app's loop looks far more often).
void LookEvery30s(MovementReminder& reminder, double from, double to, bool moving) {
    for (double m = from + 0.5; m < to; m += 0.5) reminder.Observe(At(m), moving);
    reminder.Observe(At(to), moving);
}

const std::vector<Script> kScripts = {
    {"off by default: never due", {{0, Act::Run, false}, {45, Act::Run, false}}},
    {"due once the interval has passed since switching on",
     {{0, Act::SwitchOn, false}, {29.5, Act::Run, false}, {30, Act::Run, true}, {31, Act::Run, true}}},
    {"a reminder that went out starts the count again",
     {{0, Act::SwitchOn, false}, {30, Act::Run, true}, {30, Act::Remind, false}, {59, Act::Run, false}, {60, Act::Run, true}}},
    {"a routine playing holds it off and the count starts when it stops",
     {{0, Act::SwitchOn, false}, {25, Act::Run, false}, {35, Act::Play, false}, {64, Act::Run, false}, {65, Act::Run, true}}},
    {"an overdue reminder waits while a routine plays",
     {{0, Act::SwitchOn, false}, {31, Act::Run, true}, {33, Act::Play, false}}},
    {"the computer asleep counts as away",
     {{0, Act::SwitchOn, false}, {20, Act::Run, false}, {90, Act::Sleep, false}, {119, Act::Run, false}, {120, Act::Run, true}}},
    {"a 20-minute interval comes sooner",
     {{0, Act::SwitchOn, false}, {0, Act::Interval20, false}, {19, Act::Run, false}, {20, Act::Run, true}}},
    {"switching off and on again starts afresh",
     {{0, Act::SwitchOn, false}, {25, Act::Run, false}, {25, Act::SwitchOff, false}, {40, Act::Run, false}, {40, Act::SwitchOn, false},
      {69, Act::Run, false}, {70, Act::Run, true}}},
};

void Perform(MovementReminder& reminder, double& last, const Step& step) {
    switch (step.act) {
    case Act::SwitchOn: reminder.SetEnabled(true, At(step.minute)); break;
    case Act::SwitchOff: reminder.SetEnabled(false, At(step.minute)); break;
    case Act::Run: LookEvery30s(reminder, last, step.minute, false); break;
    case Act::Play: LookEvery30s(reminder, last, step.minute, true); break;
    case Act::Sleep: reminder.Observe(At(step.minute), false); break;
    case Act::Remind: reminder.Reminded(At(step.minute)); break;
    case Act::Interval20: reminder.SetInterval(20); break;
    }
    last = step.minute;
}

}  // namespace

TEST_CASE("the movement reminder is due an interval after the person last moved") {
    for (const Script& script : kScripts) {
        SECTION(script.name) {
            MovementReminder reminder;
            double last = 0;
            reminder.Observe(At(0), false);
            for (const Step& step : script.steps) {
                INFO("minute " << step.minute);
                Perform(reminder, last, step);
                CHECK(reminder.Due(At(step.minute)) == step.due);
            }
        }
    }
}

TEST_CASE("a reminder is never due on a clock the app has not looked at") {
    MovementReminder reminder;
    reminder.SetEnabled(true, At(0));
    LookEvery30s(reminder, 0, 10, false);
    CHECK_FALSE(reminder.Due(At(60)));   // woken from sleep: Observe decides first
    reminder.Observe(At(5), false);      // the clock went back
    CHECK_FALSE(reminder.Due(At(5)));
    CHECK(reminder.NextDue() == At(5 + MovementReminder::kDefaultMinutes));
}

TEST_CASE("only the offered intervals are taken") {
    MovementReminder reminder;
    for (int minutes : MovementReminder::kIntervalMinutes) {
        reminder.SetInterval(minutes);
        CHECK(reminder.IntervalMinutes() == minutes);
    }
    reminder.SetInterval(1);
    reminder.SetInterval(0);
    CHECK(reminder.IntervalMinutes() == MovementReminder::kIntervalMinutes.back());
    CHECK_FALSE(MovementReminder::IsInterval(21));
}
