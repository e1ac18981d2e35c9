// The real content/ and atlas/ must load cleanly and be complete: a broken file fails CI.
#include "ranking.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace ta;

namespace {

std::string Dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.Items()) out += FormatDiagnostic(d) + "\n";
    return out;
}

std::vector<std::string> TopMuscles(const std::vector<std::string>& regions, size_t n) {
    const Database& db = test::RealDatabase();
    std::vector<PainMark> marks;
    for (const auto& r : regions) marks.push_back({*db.atlas.FindRegion(r), 5, -1, {}});
    std::vector<std::string> ids;
    for (const auto& c : Rank(db, marks).candidates)
        if (ids.size() < n && std::find(ids.begin(), ids.end(), db.content.muscles[c.muscle].id) == ids.end())
            ids.push_back(db.content.muscles[c.muscle].id);
    return ids;
}

}  // namespace

TEST_CASE("the real database validates with no errors and no warnings") {
    INFO(Dump(test::RealDiagnostics()));
    CHECK(test::RealDiagnostics().Empty());
}

TEST_CASE("the real database is complete") {
    const Database& db = test::RealDatabase();
    CHECK(db.content.muscles.size() >= 60);
    CHECK(db.atlas.views.size() >= 4);
    CHECK(db.content.routines.size() >= 3);
    CHECK(db.content.self_tests.size() >= 4);
    for (const auto& m : db.content.muscles) {
        INFO(m.id);
        CHECK(m.aliases.size() >= 1);
        CHECK(m.symptoms.size() >= 2);
        CHECK(m.causes.size() >= 2);
        CHECK(m.sources.size() >= 1);
        for (const auto& t : m.techniques) {
            CHECK(t.steps.size() >= 2);
            CHECK((t.dose.hold_seconds || t.dose.reps));
        }
    }
}

TEST_CASE("every region is drawn on some view and every muscle refers somewhere") {
    const Database& db = test::RealDatabase();
    for (size_t r = 0; r < db.atlas.regions.size(); ++r) {
        INFO(db.atlas.regions[r].id);
        CHECK(std::any_of(db.atlas.views.begin(), db.atlas.views.end(),
                          [&](const View& v) { return v.ShowsRegion(static_cast<int>(r)); }));
    }
    for (size_t i = 0; i < db.zones_by_instance.size(); ++i) CHECK_FALSE(db.zones_by_instance[i].empty());
}

TEST_CASE("the foundation's promises: low back and angle of the neck") {
    auto low_back = TopMuscles({"right-low-paraspinal"}, 10);
    for (const char* m : {"iliopsoas", "quadratus-lumborum", "iliocostalis-lumborum", "longissimus-thoracis"}) {
        INFO(m);
        CHECK(std::find(low_back.begin(), low_back.end(), m) != low_back.end());
    }
    auto neck = TopMuscles({"right-neck-angle"}, 1);
    REQUIRE_FALSE(neck.empty());
    CHECK(neck[0] == "levator-scapulae");
}

TEST_CASE("classic pain locations rank the muscles the charts name for them") {
    std::ifstream table(test::TestData() / "classic-locations.txt");
    REQUIRE(table);
    std::string line;
    int rows = 0;
    while (std::getline(table, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string region, muscle;
        size_t top = 0;
        words >> region >> top;
        REQUIRE(test::RealDatabase().atlas.FindRegion(region));
        auto ranked = TopMuscles({region}, top);
        while (words >> muscle) {
            INFO(region << ": expected " << muscle << " in the top " << top);
            CHECK(std::find(ranked.begin(), ranked.end(), muscle) != ranked.end());
        }
        ++rows;
    }
    CHECK(rows >= 18);
}

TEST_CASE("every region on the front and back views is in some muscle's zone, or listed as unreferred") {
    const Database& db = test::RealDatabase();
    std::set<std::string> unreferred;
    std::ifstream list(test::TestData() / "unreferred-regions.txt");
    for (std::string line; std::getline(list, line);)
        if (!line.empty() && line[0] != '#') unreferred.insert(line);
    for (const char* view_id : {"front", "back"}) {
        auto view = db.atlas.FindView(view_id);
        REQUIRE(view);
        for (const auto& shape : db.atlas.views[*view].regions) {
            const Region& region = db.atlas.regions[shape.region];
            const bool listed = unreferred.count(db.atlas.bases[region.base].id) > 0;
            INFO(view_id << ": " << region.id);
            CHECK(db.postings_by_region[shape.region].empty() == listed);
        }
    }
}
