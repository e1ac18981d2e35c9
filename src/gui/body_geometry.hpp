// Per-view geometry prepared once for drawing: triangle meshes for the silhouette, each region and
// each muscle outline (ImGui 1.86 cannot fill concave shapes), and the stipple dots of each region
// (a dot grid clipped to the region, in atlas units) for spillover zones.
#pragma once

#include "atlas.hpp"
#include "triangulate.hpp"

#include <optional>
#include <vector>

namespace ta::gui {

struct ViewGeometry {
    TriangleMesh silhouette;
    std::vector<TriangleMesh> regions;               // parallel to View::regions
    std::vector<std::vector<AtlasPoint>> stipple;    // parallel to View::regions
    std::vector<TriangleMesh> muscles;               // parallel to View::muscles
};

class BodyGeometryCache {
public:
    static constexpr double kStippleSpacing = 9;     // atlas units between dots

    const ViewGeometry& For(const Atlas& atlas, int view);

private:
    std::vector<std::optional<ViewGeometry>> views_;   // one per view, built on first use
};

// A point well inside a shape (for labels and for tests that click on a region): the middle of
// the widest run inside the shape along the horizontal line through the middle of its bounds.
AtlasPoint InteriorPoint(const Shape& shape);

}  // namespace ta::gui
