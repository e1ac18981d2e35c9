// Checking logged activity and reading it for "Log today", the chart and the list.
#include "diary_activity.hpp"

#include <algorithm>
#include <set>

namespace ta {

std::optional<std::string> CheckDiaryActivity(const DiaryActivity& done) {
    if (auto problem = CheckDiaryTime(done.at)) return problem;
    return CheckDiaryItem(done.item);
}

std::vector<std::string> DoneSinceLastEntry(const std::vector<DiaryEntry>& entries, const std::vector<DiaryActivity>& activity) {
    // The times compare as text: "YYYY-MM-DDTHH:MM" sorts as it runs.
    std::string latest;
    for (const DiaryEntry& e : entries) latest = std::max(latest, e.taken_at);
    std::vector<std::string> items;
    for (const DiaryActivity& done : activity)
        if (done.at > latest && std::find(items.begin(), items.end(), done.item) == items.end()) items.push_back(done.item);
    return items;
}

std::vector<int> TreatmentDays(const std::vector<DiaryEntry>& entries, const std::vector<DiaryActivity>& activity) {
    std::set<int> days;
    for (const DiaryEntry& e : entries)
        if (auto day = DayNumber(e.taken_at); day && !e.did.empty()) days.insert(*day);
    for (const DiaryActivity& done : activity)
        if (auto day = DayNumber(done.at)) days.insert(*day);
    return {days.begin(), days.end()};
}

}  // namespace ta
