// The CSV export reads back as exactly the entries written, whatever their notes hold.
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
