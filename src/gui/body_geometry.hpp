// Region geometry for drawing: a triangle mesh for a region (ImGui 1.86 cannot fill concave
// shapes), to highlight the region under the mouse. The body art itself is a texture
// (body_texture.hpp).
#pragma once

#include "atlas.hpp"
#include "triangulate.hpp"

#include <optional>
#include <vector>

namespace ta::gui {

// Each region's mesh is made the first time it is drawn and kept (microseconds for one region;
// all regions of all views took 3.5 ms of the start-up's worker time).
class BodyGeometryCache {
public:
    const TriangleMesh& Region(const Atlas& atlas, int view, size_t region);

private:
    std::vector<std::vector<std::optional<TriangleMesh>>> meshes_;   // by view, then View::regions
};

// A point well inside a shape (for labels and for tests that click on a region): the middle of
// the widest run inside the shape along the horizontal line through the middle of its bounds.
AtlasPoint InteriorPoint(const Shape& shape);

}  // namespace ta::gui
