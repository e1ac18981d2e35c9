// The pathological atlases (tests/data/pathological, made by make_atlases.py): a comb-shaped
// region that slab triangulation would cut into ~700,000 pieces is rejected by the reader; a
// smaller comb and a long thin zone validate, and everything the app prepares for them stays small.
#include "database.hpp"
#include "test_support.hpp"
#include "triangulate.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

namespace fs = std::filesystem;
using namespace ta;

// The pathological atlas `name` beside the real region list, as the loader expects it.
Database LoadPathological(const test::TempDir& dir, const std::string& name, Diagnostics& diagnostics) {
    fs::copy(test::TestData() / "pathological" / name / "atlas", dir.Path() / "atlas", fs::copy_options::recursive);
    fs::copy_file(fs::path(TA_SOURCE_DIR) / "atlas" / "regions.xml", dir.Path() / "atlas" / "regions.xml");
    return LoadDatabase(fs::path(TA_SOURCE_DIR) / "content", dir.Path() / "atlas", diagnostics);
}

bool HasError(const Diagnostics& diagnostics, const std::string& text) {
    return std::any_of(diagnostics.Items().begin(), diagnostics.Items().end(),
                       [&](const Diagnostic& d) { return d.severity == Severity::Error && d.message.find(text) != std::string::npos; });
}

// The views' own errors (with the real content, an atlas that draws any pattern must draw them
// all, which these small atlases do not: those errors belong to the content files).
std::string ViewErrors(const Diagnostics& diagnostics) {
    std::string errors;
    for (const Diagnostic& d : diagnostics.Items())
        if (d.severity == Severity::Error && d.file.find("views/") != std::string::npos) errors += FormatDiagnostic(d) + "\n";
    return errors;
}

const View& Back(const Database& db) { return db.atlas.views[*db.atlas.FindView("back")]; }

}  // namespace

TEST_CASE("a comb-shaped region too intricate to draw is rejected by the reader") {
    test::TempDir dir;
    Diagnostics diagnostics;
    const Database db = LoadPathological(dir, "comb", diagnostics);
    CHECK(HasError(diagnostics, "shape too intricate to draw"));
    const View& back = Back(db);
    CHECK(std::none_of(back.regions.begin(), back.regions.end(),
                       [&](const RegionShape& r) { return db.atlas.regions[r.region].id == "right-low-paraspinal"; }));
}

TEST_CASE("a comb just within the limit validates and triangulates to its area") {
    test::TempDir dir;
    Diagnostics diagnostics;
    const Database db = LoadPathological(dir, "comb-tolerable", diagnostics);
    CHECK(ViewErrors(diagnostics).empty());
    for (const RegionShape& region : Back(db).regions) {
        const size_t pieces = TrapezoidCount(region.shape);
        CHECK(pieces <= kMaxTrapezoids);
        const TriangleMesh mesh = Triangulate(region.shape);
        CHECK(mesh.indices.size() == pieces * 6);
        CHECK(mesh.Area() == Approx(ShapeArea(region.shape)).epsilon(1e-6));
    }
}

TEST_CASE("triangulation stops at its limit even for a shape no reader checked") {
    // A comb like the one in comb/, built here: far more pieces than the limit.
    Shape comb;
    comb.rings.push_back({});
    for (int tooth = 0; tooth < 600; ++tooth) {
        const double left = tooth / 6.0, bottom = 390 - (tooth * 37 % 101) * 0.9 - tooth * 1e-4, notch = 120 + tooth * 1e-4;
        comb.rings[0].insert(comb.rings[0].end(), {{left, bottom}, {left + 1 / 12.0, bottom - 0.5}, {left + 1 / 12.0, notch}, {left + 1 / 6.0, notch + 0.01}});
    }
    comb.rings[0].insert(comb.rings[0].end(), {{100, 120}, {100, 100}, {0, 100}});
    comb.UpdateBounds();
    CHECK(TrapezoidCount(comb, 1u << 30) > 4 * kMaxTrapezoids);
    CHECK(Triangulate(comb).indices.size() == kMaxTrapezoids * 6);
}

TEST_CASE("a long thin zone validates and stays cheap to prepare") {
    test::TempDir dir;
    Diagnostics diagnostics;
    const Database db = LoadPathological(dir, "long-thin-zone", diagnostics);
    CHECK(ViewErrors(diagnostics).empty());
    const View& back = Back(db);
    REQUIRE(back.patterns.size() == 1);
    CHECK(TrapezoidCount(back.patterns[0].shape) < 10000);
}
