// What a person did, logged by the app as it happens: a hold timer that ran to its end (the
// technique's MUSCLE.TECHNIQUE id) or a routine played through at least one step (its id), with
// the time. Kept apart from the entries because an entry needs an overall pain the person gives,
// which the app cannot invent: "Log today" ticks what was done since the last entry, and the days
// with activity count as treatment days in the chart and the list.
#pragma once

#include "diary.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ta {

struct DiaryActivity {
    std::int64_t id = 0;    // given by the store; 0 before it is stored
    std::string at;         // "YYYY-MM-DDTHH:MM", local time, as an entry's taken_at
    std::string item;       // a routine id or MUSCLE.TECHNIQUE id, as in DiaryEntry::did

    std::string Day() const { return at.substr(0, 10); }
    friend bool operator==(const DiaryActivity&, const DiaryActivity&) = default;
};

// Why it cannot be stored (a bad time or id), or nothing.
std::optional<std::string> CheckDiaryActivity(const DiaryActivity& done);

// Each item done after the latest entry's minute, once, in the order first done: what "Log today"
// ticks. Everything when there are no entries. Something done in the same minute as an entry
// counts as that entry's. `activity` and `entries` oldest first, as the store gives them.
std::vector<std::string> DoneSinceLastEntry(const std::vector<DiaryEntry>& entries, const std::vector<DiaryActivity>& activity);

// The days (DayNumber) something was done, ticked in an entry or logged as activity; ascending,
// each once.
std::vector<int> TreatmentDays(const std::vector<DiaryEntry>& entries, const std::vector<DiaryActivity>& activity);

}  // namespace ta
