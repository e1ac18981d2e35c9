// The progress page's model: what a diary shows on paper, decided here so the words and counts
// are the same wherever the page is printed from.
#include "diary_items.hpp"
#include "sheet_model.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ta {

namespace {

constexpr size_t kNotesShown = 5;

std::string Caption(const char* which, const DiaryEntry& entry) {
    std::string time = entry.taken_at;
    std::replace(time.begin(), time.end(), 'T', ' ');
    return std::string(which) + ": " + time + ", overall " + std::to_string(entry.overall) + " of 10";
}

// Each thing done, with on how many days, most days first.
std::vector<std::string> DoneLines(const Database& db, const std::vector<DiaryEntry>& entries) {
    std::map<std::string, std::set<std::string>> days_by_item;
    for (const DiaryEntry& e : entries)
        for (const auto& item : e.did) days_by_item[item].insert(e.Day());
    std::vector<std::pair<size_t, std::string>> counted;
    for (const auto& [item, days] : days_by_item) counted.push_back({days.size(), item});
    std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> lines;
    for (const auto& [days, item] : counted)
        lines.push_back(DiaryItemLabel(db, item) + ": " + std::to_string(days) + (days == 1 ? " day" : " days"));
    return lines;
}

std::vector<std::string> LatestNotes(const std::vector<DiaryEntry>& entries) {
    std::vector<std::string> notes;
    for (auto e = entries.rbegin(); e != entries.rend() && notes.size() < kNotesShown; ++e)
        if (!e->note.empty()) notes.push_back(e->Day() + ": " + e->note);
    return notes;
}

std::vector<int> MarkedRegions(const Database& db, const PainMap& map) {
    Diagnostics ignored;
    std::vector<int> regions;
    for (const PainMark& mark : ResolvePainMap(db, map, ignored))
        if (std::find(regions.begin(), regions.end(), mark.region) == regions.end()) regions.push_back(mark.region);
    return regions;
}

}  // namespace

std::optional<ProgressPage> BuildProgressPage(const Database& db, const std::vector<DiaryEntry>& entries, std::string& error) {
    if (entries.empty()) {
        error = "the diary has no entries yet";
        return std::nullopt;
    }
    std::vector<DiaryEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const DiaryEntry& a, const DiaryEntry& b) { return a.taken_at < b.taken_at; });
    const DiaryEntry& first = sorted.front();
    const DiaryEntry& latest = sorted.back();
    ProgressPage page;
    page.title = "Your progress";
    page.subtitle = std::to_string(sorted.size()) + (sorted.size() == 1 ? " entry, " : " entries, ") + first.Day() +
                    (first.Day() == latest.Day() ? "" : " to " + latest.Day());
    page.warnings = WarningLines(db, WarningSignsForRegions(db, MarkedRegions(db, latest.map)));
    page.chart = BuildDiaryChart(sorted, &db);
    page.first_caption = Caption("First", first);
    page.latest_caption = Caption("Latest", latest);
    page.first_map = PainMapDiagrams(db, first.map);
    page.latest_map = PainMapDiagrams(db, latest.map);
    page.done = DoneLines(db, sorted);
    page.notes = LatestNotes(sorted);
    return page;
}

}  // namespace ta
