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

std::string Counted(size_t count, const char* one, const char* many) { return std::to_string(count) + " " + (count == 1 ? one : many); }

// How often one thing was done: the days an entry ticked it, and when the app logged it.
struct DoneCount {
    std::set<std::string> ticked_days, days;
    size_t logged = 0;
};

std::string DoneLine(const Database& db, const std::string& item, const DoneCount& count) {
    std::string how;
    if (!count.ticked_days.empty()) how = "ticked on " + Counted(count.ticked_days.size(), "day", "days");
    if (count.logged > 0) how += (how.empty() ? "" : ", ") + std::string("logged by the app ") + Counted(count.logged, "time", "times");
    return DiaryItemLabel(db, item) + " \u2014 " + how;
}

// Each thing done, ticked in an entry or logged by the app between the first and the latest
// entry's day (the chart's days), on the most days first; then the most often logged.
std::vector<std::string> DoneLines(const Database& db, const std::vector<DiaryEntry>& entries, const std::vector<DiaryActivity>& activity) {
    std::map<std::string, DoneCount> counts;
    for (const DiaryEntry& e : entries)
        for (const auto& item : e.did) {
            counts[item].ticked_days.insert(e.Day());
            counts[item].days.insert(e.Day());
        }
    const std::string first = entries.front().Day(), latest = entries.back().Day();
    for (const DiaryActivity& done : activity)
        if (done.Day() >= first && done.Day() <= latest) {
            ++counts[done.item].logged;
            counts[done.item].days.insert(done.Day());
        }
    std::vector<std::pair<std::string, DoneCount>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return std::pair(a.second.days.size(), a.second.logged) > std::pair(b.second.days.size(), b.second.logged);
    });
    std::vector<std::string> lines;
    for (const auto& [item, count] : sorted) lines.push_back(DoneLine(db, item, count));
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

std::optional<ProgressPage> BuildProgressPage(const Database& db, const std::vector<DiaryEntry>& entries,
                                              const std::vector<DiaryActivity>& activity, std::string& error) {
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
    page.subtitle = Counted(sorted.size(), "entry", "entries") + ", " + first.Day() +
                    (first.Day() == latest.Day() ? "" : " to " + latest.Day());
    page.warnings = WarningLines(db, WarningSignsForRegions(db, MarkedRegions(db, latest.map)));
    page.chart = BuildDiaryChart(sorted, &db);
    MarkActivityDays(page.chart, activity);
    page.first_caption = Caption("First", first);
    page.latest_caption = Caption("Latest", latest);
    page.first_map = PainMapDiagrams(db, first.map);
    page.latest_map = PainMapDiagrams(db, latest.map);
    page.done_legend = "Ticked in a diary entry, or logged by the app when a hold timer ran out or a routine was played.";
    page.done = DoneLines(db, sorted, activity);
    page.notes = LatestNotes(sorted);
    return page;
}

}  // namespace ta
