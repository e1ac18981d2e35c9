// The progress page: its model from a diary (first and latest map, what was done, ticked or logged
// by the app, warnings) and the PDF it prints as.
#include "diary_fixtures.hpp"
#include "pdf_tools.hpp"
#include "sheet_model.hpp"
#include "sheet_pdf.hpp"

#include <catch2/catch.hpp>

using namespace ta;

TEST_CASE("the progress page names the first and latest entries and what was done") {
    const Database& db = test::RealSheetDatabase();
    std::vector<DiaryEntry> entries = test::EasingDiary(14);
    entries[5].did.push_back("iliopsoas.kneeling-lunge");
    entries[13].note = "easier to stand up";
    std::string error;
    auto page = BuildProgressPage(db, entries, {}, error);
    INFO(error);
    REQUIRE(page);
    CHECK(page->subtitle == "14 entries, 2026-11-01 to 2026-11-14");
    CHECK(page->first_caption == "First: 2026-11-01 08:00, overall 8 of 10");
    CHECK(page->latest_caption == "Latest: 2026-11-14 08:00, overall 3 of 10");
    REQUIRE(page->done.size() == 2);
    CHECK(page->done[0] == "Low back, 15 minutes \u2014 ticked on 7 days");
    CHECK_THAT(page->done[1], Catch::EndsWith(" \u2014 ticked on 1 day"));
    CHECK(page->notes == std::vector<std::string>{"2026-11-14: easier to stand up"});
    CHECK_FALSE(page->first_map.empty());
    CHECK_FALSE(page->warnings.empty());  // the low back and the groin have warning signs
    CHECK(page->chart.treatment_days.size() == 8);  // the even days and day 5
    CHECK_FALSE(BuildProgressPage(db, {}, {}, error));
    CHECK(error == "the diary has no entries yet");
}

TEST_CASE("the progress page counts what the app logged over the entries' days beside what was ticked") {
    const Database& db = test::RealSheetDatabase();
    const std::vector<DiaryEntry> entries = test::EasingDiary(14);   // 2026-11-01 to 14, low-back-15 ticked on even days
    std::vector<DiaryActivity> activity;
    for (int day : {1, 3, 5})
        for (const char* time : {"T09:30", "T17:00"}) activity.push_back({0, DateOfDayNumber(*DayNumber("2026-11-01") + day) + time, "levator-scapulae.ball-on-wall"});
    for (const char* at : {"2026-11-07T11:00", "2026-11-08T11:00", "2026-11-09T11:00", "2026-11-10T11:00"}) activity.push_back({0, at, "desk-break-2"});
    activity.push_back({0, "2026-11-03T18:00", "low-back-15"});
    activity.push_back({0, "2026-10-31T09:00", "desk-break-2"});     // before the first entry's day
    activity.push_back({0, "2026-11-15T09:00", "runner-core-7"});    // after the latest entry's day
    std::string error;
    auto page = BuildProgressPage(db, entries, activity, error);
    INFO(error);
    REQUIRE(page);
    CHECK(page->done == std::vector<std::string>{"Low back, 15 minutes \u2014 ticked on 7 days, logged by the app 1 time",
                                                 "Stand up and move: every 20\u201330 minutes \u2014 logged by the app 4 times",
                                                 "Levator scapulae: Ball against a wall \u2014 logged by the app 6 times"});
    CHECK_FALSE(page->done_legend.empty());
    // The even days, and the odd days 1 3 5 7 9 with logged activity.
    CHECK(page->chart.treatment_days == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12});
}

TEST_CASE("the progress page prints as one valid PDF page with the chart and both maps") {
    const Database& db = test::RealSheetDatabase();
    const std::vector<DiaryEntry> entries = test::EasingDiary(14);
    test::ScratchDir dir;
    SheetRequest request;
    request.diary = &entries;
    request.date = "2026-11-14";
    std::string error;
    REQUIRE(WriteSheetPdf(db, request, dir / "progress.pdf", error));
    CHECK(test::QpdfCheckPasses(dir / "progress.pdf"));
    CHECK(test::PageCount(dir / "progress.pdf") == 1);
    CHECK(test::AllFontsEmbedded(dir / "progress.pdf"));
    const std::string text = test::PdfText(dir / "progress.pdf");
    for (const char* words : {"Your progress", "Overall", "First: 2026-11-01", "Latest: 2026-11-14", "What was done", "3 Nov"})
        CHECK_THAT(text, Catch::Contains(words));

    const std::vector<DiaryActivity> activity = {{0, "2026-11-05T09:30", "levator-scapulae.ball-on-wall"}};
    request.diary_activity = &activity;
    REQUIRE(WriteSheetPdf(db, request, dir / "logged.pdf", error));
    CHECK(test::PageCount(dir / "logged.pdf") == 1);
    CHECK_THAT(test::PdfText(dir / "logged.pdf"), Catch::Contains("logged by the app 1 time"));
}
