// Every technique's and self-test's figure, rendered with cairo as the sheets and the app do:
// none may come out blank, and the tool and the arrow must show in their colours.
#include "figure_render.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

namespace ta {

namespace {

struct Ink {
    int drawn = 0, blue = 0, orange = 0;
};

Ink CountInk(const sheets::BodyImage& image) {
    Ink ink;
    for (size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
        const int r = image.rgba[i], g = image.rgba[i + 1], b = image.rgba[i + 2];
        if (r < 235 || g < 235 || b < 235) ++ink.drawn;
        if (b > r + 60) ++ink.blue;                           // the tool, blue
        if (r > 190 && g > 70 && g < 140 && b < 60) ++ink.orange;  // the arrow, orange
    }
    return ink;
}

void CheckRenders(const std::optional<FigureSpec>& figure, const std::string& what) {
    INFO(what);
    REQUIRE(figure.has_value());
    static const double white[3] = {1, 1, 1};
    const sheets::BodyImage image = sheets::RenderFigureImage(DrawFigure(*figure), 170, 112, white);
    REQUIRE(image.width == 170);
    const Ink ink = CountInk(image);
    CHECK(ink.drawn > 170 * 112 / 25);  // a body, not a speck (a standing figure is thin)
    if (figure->tool != "none") CHECK(ink.blue > 3);
    if (figure->arrow != "none") CHECK(ink.orange > 3);
}

}  // namespace

TEST_CASE("every technique's and self-test's figure renders with its tool and arrow") {
    const Database& db = test::RealSheetDatabase();
    int count = 0;
    for (const Muscle& m : db.content.muscles)
        for (const Technique& t : m.techniques) CheckRenders(t.figure, m.id + "/" + t.id), ++count;
    for (const SelfTest& t : db.content.self_tests) CheckRenders(t.figure, "self-test " + t.id), ++count;
    for (const Technique& e : db.content.exercises) CheckRenders(e.figure, "exercise " + e.id), ++count;
    CHECK(count >= 290);
}

}  // namespace ta
