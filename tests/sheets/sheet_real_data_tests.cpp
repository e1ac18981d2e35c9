// Sheets for the real content/ and atlas/: every muscle prints, and 20 at once stay valid.
#include "pdf_tools.hpp"
#include "sheet_pdf.hpp"

#include <catch2/catch.hpp>

namespace ta {

TEST_CASE("every real muscle prints on A4 and Letter with nothing outside the page") {
    const Database& db = test::RealSheetDatabase();
    REQUIRE(db.content.muscles.size() >= 20);
    SheetRequest request{{}, std::nullopt, "", Paper::A4, "2026-11-22"};
    for (const Muscle& m : db.content.muscles) request.muscles.push_back(m.id);
    test::ScratchDir dir;
    for (Paper paper : {Paper::A4, Paper::Letter}) {
        request.paper = paper;
        const auto pdf = dir / "all.pdf";
        std::string error;
        REQUIRE(WriteSheetPdf(db, request, pdf, error));
        CHECK(test::QpdfCheckPasses(pdf));
        CHECK(test::PageCount(pdf) > static_cast<int>(db.content.muscles.size()));
        const std::string text = test::PdfText(pdf);
        for (const Muscle& m : db.content.muscles) CHECK_THAT(text, Catch::Contains(m.name));
        auto [right, bottom] = test::TextExtent(pdf);
        const double width = paper == Paper::A4 ? 595.276 : 612, height = paper == Paper::A4 ? 841.89 : 792;
        CHECK(right <= width - 30);
        CHECK(bottom <= height - 20);
    }
}

TEST_CASE("every real routine prints") {
    const Database& db = test::RealSheetDatabase();
    test::ScratchDir dir;
    for (const Routine& r : db.content.routines) {
        const auto pdf = dir / (r.id + ".pdf");
        std::string error;
        REQUIRE(WriteSheetPdf(db, {{}, std::nullopt, r.id, Paper::A4, "2026-11-22"}, pdf, error));
        CHECK(test::QpdfCheckPasses(pdf));
        CHECK_THAT(test::PdfText(pdf), Catch::Contains(r.title));
    }
}

}  // namespace ta
