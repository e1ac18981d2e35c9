// Hit-testing, triangulation and the view transform, on the fixture and on hand-made shapes.
#include "cell_raster.hpp"
#include "coordinates.hpp"
#include "test_support.hpp"
#include "triangulate.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

Shape MakeShape(std::vector<Polygon> rings) {
    Shape s{std::move(rings), Rect::Nothing()};
    s.UpdateBounds();
    return s;
}

}  // namespace

TEST_CASE("hit-testing maps points to the person's regions") {
    Diagnostics diagnostics;
    Database db = test::LoadMini(diagnostics);
    const View& front = db.atlas.views.at(0);
    auto region_at = [&](double x, double y) -> std::string {
        auto r = front.RegionAt({x, y});
        return r ? db.atlas.regions[*r].id : "outside";
    };
    // Front view: the person's right is on the viewer's left.
    CHECK(front.PersonRightOnViewerLeft());
    CHECK(region_at(20, 50) == "right-upper");
    CHECK(region_at(80, 50) == "left-upper");
    CHECK(region_at(50.5, 110) == "middle");
    CHECK(region_at(20, 150) == "right-lower");
    CHECK(region_at(70, 150) == "left-lower");
    CHECK(region_at(5, 50) == "outside");
    CHECK(region_at(50, 195) == "outside");
}

TEST_CASE("shared edges belong to exactly one region") {
    Diagnostics diagnostics;
    Database db = test::LoadMini(diagnostics);
    const View& front = db.atlas.views.at(0);
    for (double y = 10.25; y < 190; y += 0.5) {
        for (double x : {50.0, 10.25, 89.75}) {
            int hits = 0;
            for (const auto& r : front.regions) hits += r.shape.Contains({x, y}) ? 1 : 0;
            CHECK(hits == 1);
        }
    }
}

TEST_CASE("even-odd shapes: a ring inside another is a hole") {
    Shape donut = MakeShape({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}}});
    CHECK(donut.Contains({1, 1}));
    CHECK_FALSE(donut.Contains({5, 5}));
    CHECK_FALSE(donut.Contains({11, 5}));
}

TEST_CASE("triangulation covers concave shapes and holes exactly") {
    Shape l_shape = MakeShape({{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 10}, {0, 10}}});
    CHECK(Triangulate(l_shape).Area() == Approx(36));
    Shape donut = MakeShape({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {7, 3}, {7, 7}, {3, 7}}});
    CHECK(Triangulate(donut).Area() == Approx(84));
    Shape star = MakeShape({{{0, 0}, {5, 3}, {10, 0}, {7, 5}, {10, 10}, {5, 7}, {0, 10}, {3, 5}}});
    CHECK(Triangulate(star).Area() == Approx(ShapeArea(star)));
    CHECK(Triangulate(Shape{}).indices.empty());
}

// The reader's size check counts pieces without building them; the count must be the one the
// triangulation builds, for every shape we ship.
TEST_CASE("the piece count agrees with the triangulation on every shape of the real atlas") {
    size_t shapes = 0;
    const auto check = [&](const Shape& shape) {
        CHECK(TrapezoidCount(shape) * 6 == Triangulate(shape).indices.size());
        ++shapes;
    };
    for (const View& view : test::RealDatabase().atlas.views) {
        check(view.silhouette);
        for (const RegionShape& region : view.regions) check(region.shape);
        for (const MuscleOutline& muscle : view.muscles) check(muscle.shape);
        for (const ReferralPattern& pattern : view.patterns) check(pattern.shape);
    }
    CHECK(shapes > 1000);
}

TEST_CASE("view transform converts between atlas units and view pixels") {
    ViewTransform t = ViewTransform::Fit({0, 0, 100, 200}, 400, 400, 0);
    CHECK(t.zoom == Approx(2));
    ViewPixel p = t.AtlasToView({50, 100});
    CHECK(p.x == Approx(200));
    CHECK(p.y == Approx(200));
    t.ZoomAround({100, 100}, 2, 0.1, 10);
    AtlasPoint back = t.ViewToAtlas({100, 100});
    CHECK(back.x == Approx(t.ViewToAtlas({100, 100}).x));
    CHECK(t.zoom == Approx(4));
    CHECK(t.ViewToAtlas(t.AtlasToView({12.5, 33})).x == Approx(12.5));
    ScreenPixel s = ViewToScreen({10, 20}, {100, 50});
    CHECK(ScreenToView(s, {100, 50}).y == Approx(20));
}

TEST_CASE("shapes rasterise to the cells whose centres they contain, holes cut out") {
    const Rect canvas{0, 0, 400, 400};
    const Shape square{{{{0, 0}, {40, 0}, {40, 40}, {0, 40}}}, {0, 0, 40, 40}};
    CHECK(RasterizeShape(square, canvas).CellCount() == 100);
    Shape donut{{{{0, 0}, {40, 0}, {40, 40}, {0, 40}}, {{12, 12}, {28, 12}, {28, 28}, {12, 28}}}, {}};
    donut.UpdateBounds();
    const CellRaster cells = RasterizeShape(donut, canvas);
    CHECK(cells.CellCount() == 100 - 16);
    CHECK(cells.min_col == 0);
    CHECK(cells.max_row == 9);
    // A point-for-point check against the crossing-number test, on a concave shape.
    Shape arrow{{{{10, 10}, {90, 50}, {10, 90}, {40, 50}}}, {}};
    arrow.UpdateBounds();
    long inside = 0;
    for (int row = 0; row < 100; ++row)
        for (int col = 0; col < 100; ++col) inside += arrow.Contains(CellCentre(col, row)) ? 1 : 0;
    CHECK(RasterizeShape(arrow, canvas).CellCount() == inside);
}
