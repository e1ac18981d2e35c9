// Activity the app logs as it happens: what "Log today" ticks (done since the last entry), the
// treatment days it adds to the chart and the list, and the store's table of it, new and migrated.
#include "diary_activity.hpp"
#include "diary_chart.hpp"
#include "diary_fixtures.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ta;

namespace {

struct DoneCase {
    std::string name;
    std::vector<std::string> entry_times;
    std::vector<DiaryActivity> activity;
    std::vector<std::string> ticked;
};

DiaryEntry EntryAt(const std::string& at) {
    DiaryEntry entry = test::DayEntry(0, 3);
    entry.taken_at = at;
    return entry;
}

const std::vector<DoneCase> kDoneCases = {
    {"no entries yet: everything done", {}, {{0, "2026-11-01T08:00", "desk-break-2"}, {0, "2026-11-02T09:00", "a.b"}}, {"desk-break-2", "a.b"}},
    {"only what came after the latest entry",
     {"2026-11-01T12:00", "2026-11-02T12:00"},
     {{0, "2026-11-02T11:59", "before"}, {0, "2026-11-02T12:01", "after"}},
     {"after"}},
    {"the same minute as the entry belongs to it", {"2026-11-02T12:00"}, {{0, "2026-11-02T12:00", "same"}}, {}},
    {"each item once, in the order first done",
     {},
     {{0, "2026-11-02T08:00", "desk-break-2"}, {0, "2026-11-02T09:00", "levator-scapulae.doorway-stretch"}, {0, "2026-11-02T10:00", "desk-break-2"}},
     {"desk-break-2", "levator-scapulae.doorway-stretch"}},
    {"the latest entry is the latest by time, not by order", {"2026-11-05T08:00", "2026-11-01T08:00"},
     {{0, "2026-11-03T08:00", "between"}}, {}},
};

}  // namespace

TEST_CASE("Log today ticks what was done since the latest entry") {
    for (const DoneCase& c : kDoneCases) {
        SECTION(c.name) {
            std::vector<DiaryEntry> entries;
            for (const auto& at : c.entry_times) entries.push_back(EntryAt(at));
            CHECK(DoneSinceLastEntry(entries, c.activity) == c.ticked);
        }
    }
}

TEST_CASE("days with logged activity are treatment days in the chart's range") {
    std::vector<DiaryEntry> entries = {test::DayEntry(0, 6), test::DayEntry(3, 4), test::DayEntry(5, 2)};
    entries[1].did = {"low-back-15"};
    const std::vector<DiaryActivity> activity = {{0, "2026-10-20T08:00", "desk-break-2"},    // before the first entry
                                                 {0, "2026-11-02T08:00", "desk-break-2"},
                                                 {0, "2026-11-04T18:30", "iliopsoas.kneeling-lunge"},   // the ticked day
                                                 {0, "2026-11-09T08:00", "desk-break-2"}};  // after the last
    CHECK(TreatmentDays(entries, {}) == std::vector<int>{*DayNumber("2026-11-04")});
    CHECK(TreatmentDays(entries, activity).size() == 4);
    DiaryChart chart = BuildDiaryChart(entries, nullptr);
    CHECK(chart.treatment_days == std::vector<int>{3});
    MarkActivityDays(chart, activity);
    CHECK(chart.treatment_days == std::vector<int>{1, 3});
}

TEST_CASE("activity with a bad time or id is refused") {
    CHECK_FALSE(CheckDiaryActivity({0, "2026-11-30T08:15", "desk-break-2"}));
    CHECK(CheckDiaryActivity({0, "2026-11-30 08:15", "desk-break-2"}));
    CHECK(CheckDiaryActivity({0, "2026-11-30T08:15", ""}));
    CHECK(CheckDiaryActivity({0, "2026-11-30T08:15", "two words"}));
}
