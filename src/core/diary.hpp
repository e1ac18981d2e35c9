// A pain diary entry: one moment a person wrote down how it hurts (the pain map's areas with
// intensity and quality), an overall 0-10, what they did (routines and techniques) and a note.
// Times are local wall-clock "2026-11-30T08:15", since "a day" in a diary is the person's day.
#pragma once

#include "pain_map.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct DiaryEntry {
    std::int64_t id = 0;            // given by the store; 0 before it is stored
    std::string taken_at;           // "YYYY-MM-DDTHH:MM", local time
    PainMap map;                    // the areas (with how they were drawn) and the map's note
    int overall = 0;                // 0 (no pain) .. 10
    std::vector<std::string> did;   // routine ids and MUSCLE.TECHNIQUE ids, as logged
    std::string note;

    std::string Day() const { return taken_at.substr(0, 10); }
    friend bool operator==(const DiaryEntry&, const DiaryEntry&) = default;
};

constexpr int kMaxOverall = 10;

// Why an entry cannot be stored (bad time, overall out of range, a map too large), or nothing.
std::optional<std::string> CheckDiaryEntry(const DiaryEntry& entry);
// Why a time cannot be stored (it must be "YYYY-MM-DDTHH:MM"), or nothing.
std::optional<std::string> CheckDiaryTime(const std::string& text);
// Why a "did" item cannot be stored (empty, or with characters no id has), or nothing.
std::optional<std::string> CheckDiaryItem(const std::string& item);

// The local time now, as "YYYY-MM-DDTHH:MM".
std::string LocalDiaryTime();
bool IsDiaryTime(std::string_view text);

// Days since 1970-01-01 for "YYYY-MM-DD..." (the chart's x axis); nothing for a bad date.
std::optional<int> DayNumber(std::string_view date);
std::string DateOfDayNumber(int day);   // "YYYY-MM-DD"

}  // namespace ta
