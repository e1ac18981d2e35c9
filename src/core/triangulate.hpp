// Fills any shape (concave, with holes, even-odd) as triangles, for renderers that can only draw
// convex polygons (Dear ImGui 1.86). Cut into horizontal slabs at every vertex height; inside a
// slab the edges do not cross, so consecutive edge pairs bound trapezoids.
#pragma once

#include "geometry.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ta {

struct TriangleMesh {
    std::vector<AtlasPoint> vertices;
    std::vector<uint32_t> indices;  // three per triangle
    double Area() const;
};

// The work a shape costs is its number of trapezoids (slabs x edges crossing them): a comb with
// a thousand teeth needs millions. The atlas reader rejects shapes above this, and Triangulate
// stops there, so a shape that validates always draws in a few megabytes.
constexpr size_t kMaxTrapezoids = 100000;

// The trapezoids Triangulate would make, counted without making them; stops counting past `limit`.
size_t TrapezoidCount(const Shape& shape, size_t limit = kMaxTrapezoids);

// Two triangles per trapezoid, at most kMaxTrapezoids of them (the rest is left out).
TriangleMesh Triangulate(const Shape& shape);

}  // namespace ta
