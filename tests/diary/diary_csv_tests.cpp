// The CSV exports read back as exactly what was written: the entries whatever their notes hold,
// and the activity the app logged, in a file of its own beside them.
#include "diary_csv.hpp"
#include "diary_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace ta;

TEST_CASE("the CSV export round-trips entries with quotes commas and line breaks") {
    std::vector<DiaryEntry> entries = test::EasingDiary(4);
    for (size_t i = 0; i < entries.size(); ++i) entries[i].id = static_cast<std::int64_t>(i + 1);
    entries[1].note = "said \"better\", sat 3 h\r\nthen walked";
    entries[2].map.note = "map, with \"quotes\"";
    entries[3].map.marks.clear();
    entries[3].did = {"low-back-15", "iliopsoas.kneeling-lunge"};
    const std::string csv = DiaryToCsv(entries);
    CHECK(csv.starts_with("id,taken_at,overall,areas,did,note,pain_map\r\n"));
    CHECK_THAT(csv, Catch::Contains("right-low-paraspinal 9 aching; right-groin 7 sharp"));
    std::string error;
    auto back = DiaryFromCsv(csv, error);
    INFO(error);
    REQUIRE(back);
    CHECK(*back == entries);
}

TEST_CASE("a CSV that is not a diary export is refused with the line") {
    std::string error;
    CHECK_FALSE(DiaryFromCsv("a,b,c\r\n1,2,3\r\n", error));
    CHECK_THAT(error, Catch::Contains("line 1"));
    const std::string header = "id,taken_at,overall,areas,did,note,pain_map\r\n";
    CHECK_FALSE(DiaryFromCsv(header + "1,2026-11-01T08:00,12,,,,\"<pain-map format=\"\"2\"\"/>\"\r\n", error));
    CHECK_THAT(error, Catch::Contains("line 2") && Catch::Contains("0 to 10"));
    CHECK_FALSE(DiaryFromCsv(header + "1,2026-11-01T08:00,3,,,\"open\r\n", error));
    CHECK_THAT(error, Catch::Contains("not closed"));
}

TEST_CASE("the activity CSV round-trips what the app logged, beside the entries' file") {
    const std::vector<DiaryActivity> activity = {{0, "2026-11-01T09:30", "levator-scapulae.pressure"},
                                                 {0, "2026-11-01T10:05", "desk-break-2"},
                                                 {0, "2026-11-02T18:00", "runner-core-7"}};
    const std::string csv = ActivityToCsv(activity);
    CHECK(csv == "time,item\r\n2026-11-01T09:30,levator-scapulae.pressure\r\n2026-11-01T10:05,desk-break-2\r\n"
                 "2026-11-02T18:00,runner-core-7\r\n");
    std::string error;
    auto back = ActivityFromCsv(csv, error);
    INFO(error);
    REQUIRE(back);
    CHECK(*back == activity);
    CHECK(ActivityFromCsv("time,item\r\n", error)->empty());
    CHECK(ActivityCsvPath("/home/me/diary.csv") == "/home/me/diary-activity.csv");
    CHECK(ActivityCsvPath("export") == "export-activity.csv");
}

TEST_CASE("an activity CSV with a bad header, time or item is refused with the line") {
    std::string error;
    CHECK_FALSE(ActivityFromCsv("id,taken_at,overall,areas,did,note,pain_map\r\n", error));
    CHECK(error == "line 1: not a diary activity export (the header should be time,item)");
    CHECK_FALSE(ActivityFromCsv("time,item\r\n2026-11-01T09:30,desk-break-2\r\nyesterday,desk-break-2\r\n", error));
    CHECK_THAT(error, Catch::StartsWith("line 3: "));
    CHECK_FALSE(ActivityFromCsv("time,item\r\n2026-11-01T09:30,\"two words\"\r\n", error));
    CHECK_THAT(error, Catch::StartsWith("line 2: "));
    CHECK_FALSE(ActivityFromCsv("time,item\r\n2026-11-01T09:30\r\n", error));
    CHECK(error == "line 2: expected 2 fields");
}
