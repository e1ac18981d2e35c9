// Per-view geometry prepared once for drawing: a triangle mesh for each region (ImGui 1.86 cannot
// fill concave shapes), to highlight the region under the mouse and the marked ones. The body art
// itself is a texture (body_texture.hpp).
#pragma once

#include "atlas.hpp"
#include "triangulate.hpp"

#include <optional>
#include <vector>

namespace ta::gui {

struct ViewGeometry {
    std::vector<TriangleMesh> regions;               // parallel to View::regions
};

class BodyGeometryCache {
public:
    const ViewGeometry& For(const Atlas& atlas, int view);

private:
    std::vector<std::optional<ViewGeometry>> views_;   // one per view, built on first use
};

// A point well inside a shape (for labels and for tests that click on a region): the middle of
// the widest run inside the shape along the horizontal line through the middle of its bounds.
AtlasPoint InteriorPoint(const Shape& shape);

}  // namespace ta::gui
