// The movement reminder's schedule.
#include "movement_reminder.hpp"

#include <algorithm>

namespace ta {

bool MovementReminder::IsInterval(int minutes) {
    return std::find(kIntervalMinutes.begin(), kIntervalMinutes.end(), minutes) != kIntervalMinutes.end();
}

void MovementReminder::SetEnabled(bool enabled, TimePoint now) {
    if (enabled && !enabled_) Restart(now);
    enabled_ = enabled;
}

void MovementReminder::SetInterval(int minutes) {
    if (IsInterval(minutes)) minutes_ = minutes;
}

void MovementReminder::Observe(TimePoint now, bool moving) {
    const bool away = now < last_seen_ || now - last_seen_ > kAwayAfter;
    if (moving || away) since_ = now;
    last_seen_ = now;
}

bool MovementReminder::Due(TimePoint now) const {
    // An observation this old means the app has not looked since: Observe decides about the gap
    // first, so a computer waking from sleep is not greeted with a reminder.
    const bool looked_recently = now >= last_seen_ && now - last_seen_ <= kAwayAfter;
    return enabled_ && looked_recently && now >= NextDue();
}

void MovementReminder::Reminded(TimePoint now) { Restart(now); }

}  // namespace ta
