// Numbered trigger points: numbers never cover another point or number, crowded crosses shrink
// apart, a moved number gets a leader line, and every real muscle's points read clearly at the
// sheets' and the app's scales.
#include "point_labels.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <tuple>

namespace ta {

namespace {

const PointLabelStyle kStyle{4.8, 5.6, 1.2};
const LabelArea kWide{-1000, -1000, 1000, 1000};

double Distance(ViewPixel a, ViewPixel b) { return std::hypot(a.x - b.x, a.y - b.y); }

// The rule's promises, checked for one placement.
void CheckClear(const std::vector<ViewPixel>& points, const std::vector<PointLabel>& labels, const LabelArea& area) {
    REQUIRE(labels.size() == points.size());
    const double b = kStyle.label_radius;
    for (size_t i = 0; i < labels.size(); ++i) {
        INFO("point " << i + 1 << " at " << points[i].x << "," << points[i].y);
        CHECK(labels[i].point.x == points[i].x);  // the cross stays on the true point
        CHECK(labels[i].label.x - b >= area.min_x - 1e-9);
        CHECK(labels[i].label.x + b <= area.max_x + 1e-9);
        CHECK(labels[i].label.y - b >= area.min_y - 1e-9);
        CHECK(labels[i].label.y + b <= area.max_y + 1e-9);
        // Beside its point unless it has a leader.
        const double near = labels[i].mark_radius + b + kStyle.gap;
        if (!labels[i].leader) CHECK(Distance(labels[i].label, points[i]) == Approx(near));
        for (size_t j = 0; j < labels.size(); ++j) {
            if (j == i) continue;
            CHECK(Distance(labels[i].label, labels[j].label) >= 2 * b);
            CHECK(Distance(labels[i].label, points[j]) >= b + labels[j].mark_radius);
            // Two crosses never merge into one, unless both are already at their smallest (the
            // lateral pterygoid's two points, 3 units apart on a whole side view: the numbers
            // still tell them apart).
            const double smallest = 0.4 * kStyle.mark_radius;
            const bool both_smallest = labels[i].mark_radius == Approx(smallest) && labels[j].mark_radius == Approx(smallest);
            if (!both_smallest) CHECK(Distance(points[i], points[j]) >= 0.89 * (labels[i].mark_radius + labels[j].mark_radius));
        }
    }
}

}  // namespace

TEST_CASE("trigger points are numbered from 1 in the order the content lists them") {
    CHECK(TriggerPointNumber(0) == 1);
    CHECK(TriggerPointNumber(3) == 4);
}

TEST_CASE("a lone point keeps a full-size cross and its number up and to the right") {
    const std::vector<ViewPixel> points{{100, 100}};
    const auto labels = PlacePointLabels(points, kStyle, kWide);
    CheckClear(points, labels, kWide);
    CHECK(labels[0].mark_radius == kStyle.mark_radius);
    CHECK_FALSE(labels[0].leader);
    CHECK(labels[0].label.x > 100);
    CHECK(labels[0].label.y < 100);
}

TEST_CASE("two points closer than a cross become two smaller crosses with numbers turned apart") {
    // The levator scapulae's two points at the app's first zoom: 8 pixels apart, crosses 9.6 wide.
    const std::vector<ViewPixel> points{{100, 100}, {103, 107.4}};
    const auto labels = PlacePointLabels(points, kStyle, kWide);
    CheckClear(points, labels, kWide);
    CHECK(labels[0].mark_radius < kStyle.mark_radius);
    CHECK(labels[0].label.y < 100);  // the upper point's number above, the lower one's below
    CHECK(labels[1].label.y > 107.4);
}

TEST_CASE("a cluster of four fans its numbers out, with leaders where they had to move") {
    // Quadratus lumborum's four points, as close as they are drawn on a small diagram.
    const std::vector<ViewPixel> points{{100, 100}, {104, 108}, {93, 104}, {96, 112}};
    const auto labels = PlacePointLabels(points, kStyle, kWide);
    CheckClear(points, labels, kWide);
}

TEST_CASE("numbers stay inside the drawing near its edge") {
    const LabelArea area{0, 0, 60, 60};
    const std::vector<ViewPixel> points{{57, 3}, {3, 57}, {30, 30}};
    CheckClear(points, PlacePointLabels(points, kStyle, area), area);
}

TEST_CASE("every real muscle's points read clearly at the sheets' and the app's scales") {
    const Database& db = test::RealDatabase();
    // Points per muscle, side and view.
    std::map<std::tuple<int, std::string, int>, std::vector<AtlasPoint>> groups;
    for (size_t v = 0; v < db.atlas.views.size(); ++v)
        for (const TriggerPointMark& mark : db.atlas.views[v].trigger_points)
            if (auto point = db.FindTriggerPoint(mark.trigger_point))
                groups[{static_cast<int>(v), db.content.muscles[point->muscle].id, static_cast<int>(mark.side)}].push_back(mark.position);
    REQUIRE(groups.size() > 80);
    for (double zoom : {0.35, 0.5, 1.0}) {  // drawing units per atlas unit: the app at its first zoom, the sheets, a close-up
        for (const auto& [key, atlas_points] : groups) {
            INFO(std::get<1>(key) << " on view " << db.atlas.views[std::get<0>(key)].id << " at zoom " << zoom);
            std::vector<ViewPixel> points;
            for (AtlasPoint p : atlas_points) points.push_back({p.x * zoom, p.y * zoom});
            const Rect& body = db.atlas.views[std::get<0>(key)].silhouette.bounds;
            const LabelArea area{body.min_x * zoom - 8, body.min_y * zoom - 8, body.max_x * zoom + 8, body.max_y * zoom + 8};
            CheckClear(points, PlacePointLabels(points, kStyle, area), area);
        }
    }
}

}  // namespace ta
