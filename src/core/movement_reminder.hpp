// When to remind a person at a desk to stand up and move: the schedule of the optional
// "move every 20-30 minutes" reminder, without any clock, window or notification of its own.
// The app hands it the time (Observe, Due), so tests drive it minute by minute.
//
// The reminder counts the time since the person last moved:
//  - it starts when the reminder is switched on (or the app starts with it on);
//  - a routine or hold timer running counts as moving, so none is due while one plays and the
//    count starts afresh when it stops;
//  - a reminder that went out (or was put off) starts the count again: at most one per interval,
//    never a pile of them for someone who was not there to see the first;
//  - a gap between two observations longer than kAwayAfter means the app did not run (the
//    computer slept, the process was stopped): the person was away, and the count starts again.
//    The same when the clock went backwards (it was set by hand or by the network).
#pragma once

#include <array>
#include <chrono>

namespace ta {

class MovementReminder {
public:
    // The wall clock, not a steady one: a monotonic clock stands still while the computer sleeps,
    // and the time asleep is exactly the time the person was away.
    using Clock = std::chrono::system_clock;
    using TimePoint = Clock::time_point;

    static constexpr std::array<int, 3> kIntervalMinutes = {20, 25, 30};   // what the menu offers
    static constexpr int kDefaultMinutes = 30;
    static constexpr std::chrono::minutes kAwayAfter{5};

    static bool IsInterval(int minutes);

    void SetEnabled(bool enabled, TimePoint now);   // switching on starts the count now
    void SetInterval(int minutes);                  // one of kIntervalMinutes; others are ignored
    bool Enabled() const { return enabled_; }
    int IntervalMinutes() const { return minutes_; }

    // Called whenever the app looks (at least every few seconds while it runs); `moving` while a
    // routine or a hold timer runs.
    void Observe(TimePoint now, bool moving);
    bool Due(TimePoint now) const;                  // on, and the interval has passed since the person last moved
    void Reminded(TimePoint now);                   // a reminder went out, or was put off: the next one a whole interval later
    TimePoint NextDue() const { return since_ + std::chrono::minutes(minutes_); }

private:
    void Restart(TimePoint now) { since_ = now; last_seen_ = now; }

    bool enabled_ = false;
    int minutes_ = kDefaultMinutes;
    TimePoint since_{};                             // when the person last moved (or was reminded)
    TimePoint last_seen_{};                         // the last Observe
};

}  // namespace ta
