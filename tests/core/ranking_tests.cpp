// Ranking and cover on the fixture, where every score can be worked out by hand.
#include "explanation.hpp"
#include "ranking.hpp"
#include "warning_signs.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

struct Fixture {
    Diagnostics diagnostics;
    Database db = test::LoadMini(diagnostics);
    PainMark Mark(const char* region, int intensity = 5) { return {*db.atlas.FindRegion(region), intensity, -1, {}}; }
    std::string Id(const Candidate& c) { return db.content.muscles[c.muscle].id + "/" + CandidateSideName(c.side); }
};

}  // namespace

TEST_CASE("essential beats spillover and the score follows the documented formula") {
    Fixture f;
    RankResult r = Rank(f.db, {f.Mark("right-upper")});
    REQUIRE(r.candidates.size() == 2);
    CHECK(f.Id(r.candidates[0]) == "alpha/right");
    // fit 1, local 1 (its trigger point lies in right-upper), prior 0.9
    CHECK(r.candidates[0].score == Approx(100 * (0.7 + 0.2 + 0.09)));
    CHECK(f.Id(r.candidates[1]) == "gamma/right");  // its spillover covers the same side's upper part
    CHECK(r.candidates[1].score == Approx(100 * (0.7 * 0.4 * 0.5 + 0.1 * 0.3)).epsilon(1e-9));
}

TEST_CASE("explaining more spots ranks higher, and the cover is minimal") {
    Fixture f;
    RankResult r = Rank(f.db, {f.Mark("right-lower"), f.Mark("middle")});
    REQUIRE_FALSE(r.candidates.empty());
    CHECK(f.Id(r.candidates[0]) == "beta/right");
    CHECK(r.candidates[0].explained == 2);
    CHECK(r.candidates[0].explanation ==
          "Explains 2 of your 2 spots: right lower part in its main zone; middle band in its spillover zone. "
          "One of its trigger points lies under your spot at the right lower part.");
    REQUIRE(r.cover.size() == 1);
    CHECK(f.Id(r.candidates[r.cover[0]]) == "beta/right");
    CHECK(r.unexplained_marks.empty());
}

TEST_CASE("the cover needs two muscles when no single one explains everything") {
    Fixture f;
    RankResult r = Rank(f.db, {f.Mark("left-upper"), f.Mark("right-lower")});
    REQUIRE(r.cover.size() == 2);
    std::vector<std::string> cover;
    for (int i : r.cover) cover.push_back(f.Id(r.candidates[i]));
    std::sort(cover.begin(), cover.end());
    CHECK(cover == std::vector<std::string>{"alpha/left", "beta/right"});
}

TEST_CASE("intensity weighs marks") {
    Fixture f;
    auto top = [&](int upper, int lower) {
        RankResult r = Rank(f.db, {f.Mark("right-upper", upper), f.Mark("left-lower", lower)});
        return f.Id(r.candidates[0]);
    };
    CHECK(top(10, 1) == "alpha/right");
    CHECK(top(1, 10) == "beta/left");
}

TEST_CASE("ranking is deterministic and handles no marks") {
    Fixture f;
    CHECK(Rank(f.db, {}).candidates.empty());
    std::vector<PainMark> marks = {f.Mark("middle"), f.Mark("right-upper"), f.Mark("left-lower")};
    RankResult a = Rank(f.db, marks), b = Rank(f.db, marks);
    REQUIRE(a.candidates.size() == b.candidates.size());
    for (size_t i = 0; i < a.candidates.size(); ++i) CHECK(f.Id(a.candidates[i]) == f.Id(b.candidates[i]));
}

TEST_CASE("a point on a view becomes a mark in the region under it") {
    Fixture f;
    auto mark = MarkAtPoint(f.db, 0, {30, 150}, 7);
    REQUIRE(mark);
    CHECK(f.db.atlas.regions[mark->region].id == "right-lower");
    CHECK(mark->intensity == 7);
    CHECK_FALSE(MarkAtPoint(f.db, 0, {1, 1}, 5));
    CHECK_FALSE(MarkAtPoint(f.db, 3, {30, 150}, 5));
}

TEST_CASE("red flags: emergencies first, sides respected, general flags last") {
    Fixture f;
    auto ids = [&](std::vector<int> regions) {
        std::vector<std::string> out;
        for (const auto& r : WarningSignsForRegions(f.db, regions)) out.push_back(f.db.content.safety.red_flags[r.flag].id);
        return out;
    };
    CHECK(ids({*f.db.atlas.FindRegion("right-lower")}) == std::vector<std::string>{"everywhere"});
    CHECK(ids({*f.db.atlas.FindRegion("left-lower"), *f.db.atlas.FindRegion("right-upper")}) ==
          std::vector<std::string>{"upper-urgent", "lower-left", "everywhere"});
}

TEST_CASE("the cover explains every spot the unexplained list leaves out even when few candidates are kept") {
    const Database& db = test::RealDatabase();
    // Spots far apart, so the few candidates kept cannot explain them all.
    const char* regions[] = {"right-low-paraspinal", "right-heel-pad", "right-mid-temple", "right-thumb", "right-kneecap"};
    std::vector<PainMark> marks;
    for (const char* r : regions) marks.push_back({*db.atlas.FindRegion(r), 5, -1, {}});
    for (size_t kept : {1u, 2u, 3u, 50u}) {
        INFO("candidates kept: " << kept);
        const RankResult result = Rank(db, marks, {kept});
        for (size_t m = 0; m < marks.size(); ++m) {
            const bool unexplained = std::find(result.unexplained_marks.begin(), result.unexplained_marks.end(), static_cast<int>(m)) !=
                                     result.unexplained_marks.end();
            const bool covered = std::any_of(result.cover.begin(), result.cover.end(),
                                             [&](int c) { return Explains(result.candidates[c], m); });
            INFO("spot " << regions[m]);
            CHECK(unexplained != covered);  // each spot is either covered or named as unexplained
        }
    }
}
