// Diary entries for the tests: a day's entry with a painted area and a region-only mark, and a
// run of daily entries whose pain eases while a routine is done every other day.
#pragma once

#include "diary.hpp"

#include <vector>

namespace ta::test {

// An entry on day `day` (0 = 2026-11-01) at 08:00 with overall `overall`.
DiaryEntry DayEntry(int day, int overall);
// `days` daily entries, pain easing, "low-back-15" done on even days.
std::vector<DiaryEntry> EasingDiary(int days);

}  // namespace ta::test
