// The diary fixtures.
#include "diary_fixtures.hpp"

#include <algorithm>

namespace ta::test {

DiaryEntry DayEntry(int day, int overall) {
    DiaryEntry entry;
    entry.taken_at = DateOfDayNumber(*DayNumber("2026-11-01") + day) + "T08:00";
    entry.overall = overall;
    const int low_back = std::clamp(overall + 1, 1, 10);
    entry.map.marks.push_back({"back", {Stroke{{{420, 640}, {428, 700}}, 14, false}}, "right-low-paraspinal", low_back, PainQuality::Aching});
    entry.map.marks.push_back({"", {}, "right-groin", std::clamp(overall - 1, 1, 10), PainQuality::Sharp});
    return entry;
}

std::vector<DiaryEntry> EasingDiary(int days) {
    std::vector<DiaryEntry> entries;
    for (int day = 0; day < days; ++day) {
        DiaryEntry entry = DayEntry(day, std::max(1, 8 - day * 6 / std::max(days, 1)));
        if (day % 2 == 0) entry.did = {"low-back-15"};
        entries.push_back(std::move(entry));
    }
    return entries;
}

}  // namespace ta::test
