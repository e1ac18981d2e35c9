// Fills any shape (concave, with holes, even-odd) as triangles, for renderers that can only draw
// convex polygons (Dear ImGui 1.86). Cut into horizontal slabs at every vertex height; inside a
// slab the edges do not cross, so consecutive edge pairs bound trapezoids.
#pragma once

#include "geometry.hpp"

#include <cstdint>
#include <vector>

namespace ta {

struct TriangleMesh {
    std::vector<AtlasPoint> vertices;
    std::vector<uint32_t> indices;  // three per triangle
    double Area() const;
};

TriangleMesh Triangulate(const Shape& shape);

}  // namespace ta
