// The PDFs themselves: valid, the right pages and paper, the text present and selectable, fonts
// embedded, nothing outside the page, a drawn diagram, and byte-identical output for one date.
#include "pdf_tools.hpp"
#include "sheet_pdf.hpp"

#include <catch2/catch.hpp>

namespace ta {

namespace {

std::filesystem::path Write(const test::ScratchDir& dir, const std::string& name, const SheetRequest& request) {
    const auto path = dir / name;
    std::string error;
    INFO(error);
    REQUIRE(WriteSheetPdf(test::SheetTestDatabase(), request, path, error));
    REQUIRE(test::QpdfCheckPasses(path));
    return path;
}

void CheckInsidePage(const std::filesystem::path& pdf, double width, double height) {
    auto [right, bottom] = test::TextExtent(pdf);
    CHECK(right > 0);
    CHECK(right <= width - 30);
    CHECK(bottom <= height - 20);
}

}  // namespace

TEST_CASE("a one-muscle A4 sheet is one valid page with the texts, embedded fonts and the diagram") {
    test::ScratchDir dir;
    const auto pdf = Write(dir, "one.pdf", {{"test-shoulder"}, std::nullopt, "", Paper::A4, "2026-11-22"});
    CHECK(test::PageCount(pdf) == 1);
    CHECK(test::PageSize(pdf) == "595.276 x 841.89 pts (A4)");
    const std::string text = test::PdfText(pdf);
    for (const char* expected : {"Test shoulder muscle", "Musculus testis humeri", "Where it is", "Upper spot: press on the top edge",
                                 "Self-massage: Ball against a wall", "Lean in and roll slowly.", "Dose:", "Keep the ball off the spine.",
                                 "Stretch: Reach across", "Ελληνικά, русский", "Tick a box each day", "Test disclaimer", "printed 2026-11-22"})
        CHECK_THAT(text, Catch::Contains(expected));
    CHECK(test::AllFontsEmbedded(pdf));
    CheckInsidePage(pdf, 595.276, 841.89);

    // The diagram column (left 40 % below the title) holds the figure with a solid red zone.
    const int dpi = 40;
    test::Raster page = test::RenderPage(pdf, 1, dpi);
    REQUIRE(page.width > 0);
    CHECK(page.Inked(40, 90, 246, 390, dpi) > 2000);
    CHECK(page.Red(40, 90, 246, 390, dpi) > 200);
}

TEST_CASE("several muscles on Letter get a cover and continue long entries with a running header") {
    test::ScratchDir dir;
    const auto pdf = Write(dir, "two.pdf", {{"test-shoulder", "test-long"}, std::nullopt, "", Paper::Letter, "2026-11-22"});
    const int pages = test::PageCount(pdf);
    CHECK(pages >= 4);  // cover, shoulder, and the long muscle over at least two pages
    CHECK(test::PageSize(pdf) == "612 x 792 pts (letter)");
    const std::string text = test::PdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Your treatment sheets"));
    CHECK_THAT(text, Catch::Contains("Test long muscle (continued)"));
    CHECK_THAT(text, Catch::Contains("Step 14 of the long massage"));
    CHECK_THAT(text, Catch::Contains("page " + std::to_string(pages)));
    CheckInsidePage(pdf, 612, 792);
}

TEST_CASE("a pain map's cover shows the marks, the ranking and the red flags") {
    PainMap map;
    map.marks.push_back({"back", ClickStrokes({75, 105}), "left-shoulder", 7, PainQuality::Aching});
    map.marks.push_back({"", {}, "left-chest", 5, PainQuality::Aching});
    test::ScratchDir dir;
    const auto pdf = Write(dir, "map.pdf", {{}, map, "", Paper::A4, "2026-11-22"});
    const std::string text = test::PdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Your pain map and what to work on"));
    CHECK_THAT(text, Catch::Contains("Muscles to look at first"));
    CHECK_THAT(text, Catch::Contains("(sheet enclosed)"));
    CHECK_THAT(text, Catch::Contains("Emergency: Chest pain with breathlessness"));
    CHECK_THAT(text, Catch::Contains("Test disclaimer"));
    test::Raster cover = test::RenderPage(pdf, 1, 40);
    CHECK(cover.Inked(40, 90, 555, 340, 40) > 1000);  // the body views with the marks
}

TEST_CASE("a routine prints as one sheet with its times") {
    test::ScratchDir dir;
    const auto pdf = Write(dir, "routine.pdf", {{}, std::nullopt, "test-routine", Paper::A4, "2026-11-22"});
    CHECK(test::PageCount(pdf) == 1);
    const std::string text = test::PdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Test routine, 5 minutes"));
    CHECK_THAT(text, Catch::Contains("0:00 \u2013 2:00"));
    CHECK_THAT(text, Catch::Contains("3:00 \u2013 5:00"));
    CHECK_THAT(text, Catch::Contains("Routine done"));
}

TEST_CASE("the same request and date give byte-identical PDFs") {
    test::ScratchDir dir;
    const SheetRequest request{{"test-group"}, std::nullopt, "", Paper::A4, "2026-11-22"};
    const auto a = Write(dir, "a.pdf", request);
    const auto b = Write(dir, "b.pdf", request);
    CHECK(test::ReadBytes(a) == test::ReadBytes(b));
    CHECK_THAT(test::RunCommand("pdfinfo " + test::Quote(a)).output, Catch::Contains("2026"));
}

TEST_CASE("bad requests write nothing") {
    test::ScratchDir dir;
    std::string error;
    CHECK_FALSE(WriteSheetPdf(test::SheetTestDatabase(), {{"nope"}, std::nullopt, "", Paper::A4, "2026-11-22"}, dir / "x.pdf", error));
    CHECK_FALSE(WriteSheetPdf(test::SheetTestDatabase(), {{"test-shoulder"}, std::nullopt, "", Paper::A4, "22/11/2026"}, dir / "x.pdf", error));
    CHECK_THAT(error, Catch::Contains("22/11/2026"));
    CHECK_FALSE(std::filesystem::exists(dir / "x.pdf"));
}

}  // namespace ta
