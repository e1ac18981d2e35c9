// The real atlas: regions tile each silhouette with no gaps and no overlaps (sampled on a fine
// grid), every muscle is drawn on some view, and every trigger point is placed inside its outline.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace ta;

TEST_CASE("regions tile every silhouette: inside in exactly one region, outside in none") {
    const Database& db = test::RealDatabase();
    REQUIRE(db.atlas.views.size() >= 8);
    for (const View& view : db.atlas.views) {
        int inside = 0, gaps = 0, overlaps = 0, strays = 0;
        const double step = (view.canvas.max_x - view.canvas.min_x) / 400;  // about 2 atlas units
        // Offset by a fraction of a step so samples do not sit exactly on shared vertices.
        for (double y = view.canvas.min_y + step * 0.37; y < view.canvas.max_y; y += step) {
            for (double x = view.canvas.min_x + step * 0.61; x < view.canvas.max_x; x += step) {
                int hits = 0;
                for (const auto& region : view.regions) hits += region.shape.Contains({x, y}) ? 1 : 0;
                if (view.silhouette.Contains({x, y})) {
                    ++inside;
                    gaps += hits == 0;
                    overlaps += hits > 1;
                } else {
                    strays += hits > 0;
                }
            }
        }
        INFO(view.id << ": " << inside << " samples inside, " << gaps << " gaps, " << overlaps << " overlaps, "
                     << strays << " region samples outside the silhouette");
        CHECK(inside > 1000);
        // Boundaries are straight segments between identical vertices, so a sample can only fall
        // between two regions by landing within rounding distance of an edge: allow 1 in 2,000.
        CHECK(gaps * 2000 <= inside);
        CHECK(overlaps * 2000 <= inside);
        CHECK(strays * 2000 <= inside);
    }
}

TEST_CASE("every muscle has an outline and every trigger point a place inside it") {
    const Database& db = test::RealDatabase();
    std::set<std::string> outlined, placed;
    for (const View& view : db.atlas.views) {
        for (const auto& outline : view.muscles) outlined.insert(outline.muscle + "/" + SideName(outline.side));
        for (const auto& mark : view.trigger_points) placed.insert(mark.trigger_point + "/" + SideName(mark.side));
    }
    for (const Muscle& m : db.content.muscles) {
        for (const char* side : {"right", "left"}) {
            INFO(m.id << " (" << side << ")");
            CHECK(outlined.count(m.id + "/" + side));
            for (const auto& tp : m.trigger_points) {
                INFO("trigger point " << tp.id);
                CHECK(placed.count(m.id + "." + tp.id + "/" + side));
            }
        }
    }
}

TEST_CASE("each view says which way the person faces, and the person's sides are where they should be") {
    const Database& db = test::RealDatabase();
    for (const char* id : {"front", "back"}) {
        const View& view = db.atlas.views.at(*db.atlas.FindView(id));
        const double mid = (view.silhouette.bounds.min_x + view.silhouette.bounds.max_x) / 2;
        auto right_hand = std::find_if(view.regions.begin(), view.regions.end(), [&](const RegionShape& r) {
            return db.atlas.regions[r.region].id == "right-thumb";
        });
        REQUIRE(right_hand != view.regions.end());
        const bool on_viewer_left = right_hand->shape.bounds.max_x < mid;
        INFO(id);
        CHECK(on_viewer_left == view.PersonRightOnViewerLeft());
    }
}
