// Plane geometry in atlas units: points, polygons, bounding boxes and point-in-polygon tests.
#pragma once

#include <vector>

namespace ta {

// A point in atlas units: the viewBox coordinates of a view's SVG file, y pointing down.
struct AtlasPoint {
    double x = 0;
    double y = 0;
    friend bool operator==(const AtlasPoint&, const AtlasPoint&) = default;
};

struct Rect {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    bool Contains(AtlasPoint p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
    bool Empty() const { return max_x < min_x || max_y < min_y; }
    void Include(AtlasPoint p);
    void Include(const Rect& r);
    static Rect Nothing();  // an empty rectangle that Include() grows
    friend bool operator==(const Rect&, const Rect&) = default;
};

// A closed ring of points; the last point connects back to the first.
using Polygon = std::vector<AtlasPoint>;

// A shape of one or more rings, combined with the even-odd rule (so a ring inside another is a hole).
struct Shape {
    std::vector<Polygon> rings;
    Rect bounds = Rect::Nothing();

    void UpdateBounds();
    bool Contains(AtlasPoint p) const;  // even-odd over all rings, bounding box first
    friend bool operator==(const Shape&, const Shape&) = default;
};

bool PolygonContains(const Polygon& polygon, AtlasPoint p);  // crossing-number test
double SignedArea(const Polygon& polygon);                   // positive when counter-clockwise (y up)
double ShapeArea(const Shape& shape);                        // area under the even-odd rule, for simple rings
AtlasPoint Centroid(const Polygon& polygon);
// Whether two edges of the ring that are not neighbours cross or touch: the ring is not simple.
bool RingCrossesItself(const Polygon& ring);

}  // namespace ta
