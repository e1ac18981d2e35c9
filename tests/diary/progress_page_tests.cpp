// The progress page: its model from a diary (first and latest map, what was done, warnings) and
// the PDF it prints as.
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
    auto page = BuildProgressPage(db, entries, error);
    INFO(error);
    REQUIRE(page);
    CHECK(page->subtitle == "14 entries, 2026-11-01 to 2026-11-14");
    CHECK(page->first_caption == "First: 2026-11-01 08:00, overall 8 of 10");
    CHECK(page->latest_caption == "Latest: 2026-11-14 08:00, overall 3 of 10");
    REQUIRE(page->done.size() == 2);
    CHECK_THAT(page->done[0], Catch::EndsWith(": 7 days"));
    CHECK_THAT(page->done[1], Catch::EndsWith(": 1 day"));
    CHECK(page->notes == std::vector<std::string>{"2026-11-14: easier to stand up"});
    CHECK_FALSE(page->first_map.empty());
    CHECK_FALSE(page->warnings.empty());  // the low back and the groin have warning signs
    CHECK(page->chart.treatment_days.size() == 8);  // the even days and day 5
    CHECK_FALSE(BuildProgressPage(db, {}, error));
    CHECK(error == "the diary has no entries yet");
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
}
