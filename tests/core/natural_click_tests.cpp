// The natural-click table (tests/data/natural-clicks.txt): a click where a person with a classic
// complaint would click, placed relative to a landmark of the real atlas, must rank the muscles
// the references name for it. The same table runs again with a small painted area around each
// point, since a person paints as often as they click.
#include "test_support.hpp"

#include "ranking.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace ta {

namespace {

struct NaturalClick {
    std::string complaint, view, anchor;
    Side side = Side::Right;
    double dx = 0, dy = 0;
    std::vector<std::string> top3, top10;
    int line = 0;
};

std::vector<std::string> Words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::vector<std::string> Fields(const std::string& line) {
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '|');) fields.push_back(field);
    return fields;
}

std::vector<NaturalClick> ReadTable() {
    std::ifstream in(test::TestData() / "natural-clicks.txt");
    std::vector<NaturalClick> rows;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const auto fields = Fields(line);
        const auto where = fields.size() >= 2 ? Words(fields[1]) : std::vector<std::string>{};
        if (fields.size() < 3 || where.size() != 5) FAIL("natural-clicks.txt:" << number << ": malformed row");
        NaturalClick row{fields[0], where[0], where[1], where[2] == "left" ? Side::Left : Side::Right,
                         std::stod(where[3]), std::stod(where[4]), Words(fields[2]), fields.size() > 3 ? Words(fields[3]) : std::vector<std::string>{},
                         number};
        rows.push_back(std::move(row));
    }
    return rows;
}

// The rank of a muscle among the candidates (1-based), or 0 when it is not listed.
size_t RankOf(const Database& db, const RankResult& result, const std::string& muscle) {
    for (size_t i = 0; i < result.candidates.size(); ++i)
        if (db.content.muscles[result.candidates[i].muscle].id == muscle) return i + 1;
    return 0;
}

std::string TopNames(const Database& db, const RankResult& result, size_t count) {
    std::string names;
    for (size_t i = 0; i < result.candidates.size() && i < count; ++i) names += db.content.muscles[result.candidates[i].muscle].id + " ";
    return names;
}

void CheckRow(const Database& db, const NaturalClick& row, double brush_radius) {
    INFO("natural-clicks.txt:" << row.line << ": " << row.complaint << (brush_radius > 0 ? " (painted)" : " (clicked)"));
    auto view = db.atlas.FindView(row.view);
    REQUIRE(view);
    auto anchor = db.atlas.views[*view].FindAnchor(row.anchor, row.side);
    REQUIRE(anchor);
    const AtlasPoint at{anchor->x + row.dx, anchor->y + row.dy};
    auto mark = MarkAtPoint(db, *view, at, 6);
    REQUIRE(mark);
    if (brush_radius > 0) mark->strokes = {Stroke{{{at.x - 6, at.y - 4}, at, {at.x + 6, at.y + 4}}, brush_radius}};
    const RankResult result = Rank(db, {*mark});
    INFO("top 10: " << TopNames(db, result, 10));
    for (const auto& muscle : row.top3) {
        INFO(muscle << " should be in the top 3");
        const size_t rank = RankOf(db, result, muscle);
        CHECK((rank >= 1 && rank <= 3));
    }
    for (const auto& muscle : row.top10) {
        INFO(muscle << " should be in the top 10");
        const size_t rank = RankOf(db, result, muscle);
        CHECK((rank >= 1 && rank <= 10));
    }
}

}  // namespace

TEST_CASE("natural clicks for classic complaints rank the muscles the references name") {
    const Database& db = test::RealDatabase();
    const auto rows = ReadTable();
    REQUIRE(rows.size() >= 30);
    for (const auto& row : rows) CheckRow(db, row, 0);
}

TEST_CASE("small painted areas around the natural clicks rank the same muscles") {
    const Database& db = test::RealDatabase();
    for (const auto& row : ReadTable()) CheckRow(db, row, 10);
}

}  // namespace ta

namespace ta {

// The complaint this body map was rebuilt for: back of the head, side of the neck and the inner
// edge of the shoulder blade, all marked on the back view, together point to levator scapulae.
TEST_CASE("the classic levator complaint, three spots, puts levator scapulae in the top 3") {
    const Database& db = test::RealDatabase();
    const int back = *db.atlas.FindView("back");
    auto at = [&](int view, const char* anchor, double dx, double dy) {
        auto p = db.atlas.views[view].FindAnchor(anchor, Side::Right);
        REQUIRE(p);
        auto mark = MarkAtPoint(db, view, {p->x + dx, p->y + dy}, 6);
        REQUIRE(mark);
        return *mark;
    };
    const RankResult result = Rank(db, {at(back, "occiput", 0, 0), at(back, "neck-side-C4", 0, 0), at(back, "medial-border-upper", -3, 0)});
    INFO("top 10: " << TopNames(db, result, 10));
    const size_t rank = RankOf(db, result, "levator-scapulae");
    CHECK((rank >= 1 && rank <= 3));
}

}  // namespace ta
