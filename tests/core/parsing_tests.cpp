// Numbers, SVG path data and text folding: the small parsers everything else relies on.
#include "numbers.hpp"
#include "svg_path.hpp"
#include "text_fold.hpp"

#include <catch2/catch.hpp>

#include <clocale>
#include <string>

using namespace ta;

TEST_CASE("decimals are plain and locale-proof") {
    CHECK(ParseDecimal("12") == 12.0);
    CHECK(ParseDecimal("-0.5") == -0.5);
    CHECK(ParseDecimal("+3.25") == 3.25);
    for (const char* bad : {"", "12px", "1e999", "1e3", "nan", "inf", "0,5", " 1", "1 ", "--1", ".", "1.2.3"})
        CHECK_FALSE(ParseDecimal(bad).has_value());
    CHECK(ParseWholeNumber("30") == 30);
    for (const char* bad : {"-3", "3.0", "", "12345678901", "x"}) CHECK_FALSE(ParseWholeNumber(bad).has_value());
    // Under a decimal-comma locale (scripts/setup-debian.sh generates it) a point is still the point.
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    REQUIRE(std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr);
    const auto half = ParseDecimal("0.5"), comma = ParseDecimal("0,5");
    std::setlocale(LC_ALL, previous.c_str());
    CHECK(half == 0.5);
    CHECK_FALSE(comma.has_value());
}

TEST_CASE("SVG path commands, absolute and relative") {
    auto square = ParseSvgPath("M 0 0 L 10 0 V 10 H 0 Z");
    REQUIRE(square.error.empty());
    REQUIRE(square.subpaths.size() == 1);
    CHECK(square.subpaths[0].closed);
    CHECK(square.subpaths[0].points.size() == 4);
    CHECK(square.subpaths[0].points[2] == AtlasPoint{10, 10});

    auto relative = ParseSvgPath("m 5 5 l 10 0 v 10 h -10 z m 20 0 l 5 5 5 -5 z");
    REQUIRE(relative.error.empty());
    REQUIRE(relative.subpaths.size() == 2);
    CHECK(relative.subpaths[0].points[2] == AtlasPoint{15, 15});
    CHECK(relative.subpaths[1].points[0] == AtlasPoint{25, 5});  // relative to the closed subpath's start
    CHECK(relative.subpaths[1].points[2] == AtlasPoint{35, 5});   // implicit lineto repeats

    auto packed = ParseSvgPath("M0,0L10-5.5.5.5z");
    REQUIRE(packed.error.empty());
    CHECK(packed.subpaths[0].points[1] == AtlasPoint{10, -5.5});
    CHECK(packed.subpaths[0].points[2] == AtlasPoint{0.5, 0.5});
}

TEST_CASE("curves are flattened through their end points") {
    PathParseLimits limits;
    for (const char* d : {"M 0 0 C 0 10 10 10 10 0", "M 0 0 Q 5 10 10 0", "M 0 0 c 0 10 10 10 10 0 s 10 -10 10 0",
                          "M 0 0 q 5 10 10 0 t 10 0"}) {
        auto r = ParseSvgPath(d, limits);
        REQUIRE(r.error.empty());
        CHECK(r.subpaths[0].points.size() > static_cast<size_t>(limits.curve_segments));
    }
    auto cubic = ParseSvgPath("M 0 0 C 0 10 10 10 10 0");
    CHECK(cubic.subpaths[0].points.back() == AtlasPoint{10, 0});
    const AtlasPoint mid = cubic.subpaths[0].points[static_cast<size_t>(limits.curve_segments / 2)];
    CHECK(mid.x == Approx(5));
    CHECK(mid.y == Approx(7.5));
}

TEST_CASE("bad path data is an error with an offset, never a crash") {
    CHECK_THAT(ParseSvgPath("L 1 2").error, Catch::Contains("must start with a command"));
    CHECK_THAT(ParseSvgPath("M 1 2 A 1 1 0 0 1 3 3").error, Catch::Contains("arcs"));
    CHECK_THAT(ParseSvgPath("M 1 2 L 3").error, Catch::Contains("expected a number"));
    CHECK_THAT(ParseSvgPath("M 1 2 L nan 3").error, Catch::Contains("expected a number"));
    CHECK_THAT(ParseSvgPath("M 1 2 L 1e99 3").error, Catch::Contains("expected a number"));
    CHECK_THAT(ParseSvgPath("M 1 2 X 3 4").error, Catch::Contains("unknown path command"));
    CHECK(ParseSvgPath("M 1 2 L 3").error_offset == 9);  // at the end, where the number is missing
    PathParseLimits small;
    small.max_points = 10;
    CHECK_THAT(ParseSvgPath("M 0 0 C 1 1 2 2 3 3", small).error, Catch::Contains("more than 10 points"));
}

TEST_CASE("text folds for search") {
    CHECK(FoldForSearch("Fibularis-Longus") == "fibularis longus");
    CHECK(FoldForSearch("  FIBULÁRIS   longus ") == "fibularis longus");
    CHECK(FoldForSearch("golfer's elbow") == "golfers elbow");
    CHECK(FoldForSearch("Ilio-psoas (Psoas)") == "ilio psoas psoas");
    CHECK(FoldForSearch("Müller Ø Ćwik") == "muller o cwik");
    CHECK(SplitWords("levator scapulae") == std::vector<std::string>{"levator", "scapulae"});
}

TEST_CASE("edit distance counts transpositions as one edit") {
    CHECK(EditDistance("iliopsaos", "iliopsoas", 2) == 1);
    CHECK(EditDistance("pirformis", "piriformis", 2) == 1);
    CHECK(EditDistance("abc", "abc", 0) == 0);
    CHECK(EditDistance("kitten", "sitting", 5) == 3);
    CHECK(EditDistance("short", "much longer text", 2) == 3);  // gives up at limit + 1
}
