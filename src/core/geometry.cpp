// Plane geometry: bounding boxes, crossing-number containment, areas.
#include "geometry.hpp"

#include <cmath>
#include <limits>

namespace ta {

Rect Rect::Nothing() {
    constexpr double inf = std::numeric_limits<double>::infinity();
    return {inf, inf, -inf, -inf};
}

void Rect::Include(AtlasPoint p) {
    if (p.x < min_x) min_x = p.x;
    if (p.y < min_y) min_y = p.y;
    if (p.x > max_x) max_x = p.x;
    if (p.y > max_y) max_y = p.y;
}

void Rect::Include(const Rect& r) {
    if (r.Empty()) return;
    Include(AtlasPoint{r.min_x, r.min_y});
    Include(AtlasPoint{r.max_x, r.max_y});
}

void Shape::UpdateBounds() {
    bounds = Rect::Nothing();
    for (const auto& ring : rings)
        for (const auto& p : ring) bounds.Include(p);
}

bool Shape::Contains(AtlasPoint p) const {
    if (!bounds.Contains(p)) return false;
    bool inside = false;
    for (const auto& ring : rings)
        if (PolygonContains(ring, p)) inside = !inside;
    return inside;
}

bool PolygonContains(const Polygon& polygon, AtlasPoint p) {
    bool inside = false;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const AtlasPoint& a = polygon[i];
        const AtlasPoint& b = polygon[j];
        // Half-open rule on y so a point on a shared edge belongs to exactly one of two neighbours.
        if ((a.y > p.y) != (b.y > p.y)) {
            double x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < x_cross) inside = !inside;
        }
    }
    return inside;
}

double SignedArea(const Polygon& polygon) {
    double twice = 0;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++)
        twice += (polygon[j].x * polygon[i].y) - (polygon[i].x * polygon[j].y);
    return twice / 2;
}

double ShapeArea(const Shape& shape) {
    double area = 0;
    for (const auto& ring : shape.rings) area += std::abs(SignedArea(ring));
    return area;
}

namespace {

double Cross(AtlasPoint o, AtlasPoint a, AtlasPoint b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool OnSegment(AtlasPoint p, AtlasPoint a, AtlasPoint b) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y && p.y <= std::max(a.y, b.y);
}

bool SegmentsMeet(AtlasPoint a, AtlasPoint b, AtlasPoint c, AtlasPoint d) {
    const double d1 = Cross(c, d, a), d2 = Cross(c, d, b), d3 = Cross(a, b, c), d4 = Cross(a, b, d);
    if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
    return (d1 == 0 && OnSegment(a, c, d)) || (d2 == 0 && OnSegment(b, c, d)) || (d3 == 0 && OnSegment(c, a, b)) ||
           (d4 == 0 && OnSegment(d, a, b));
}

}  // namespace

bool RingCrossesItself(const Polygon& ring) {
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1) continue;  // the closing edge neighbours the first
            if (SegmentsMeet(ring[i], ring[(i + 1) % n], ring[j], ring[(j + 1) % n])) return true;
        }
    return false;
}

AtlasPoint Centroid(const Polygon& polygon) {
    double cx = 0, cy = 0, twice_area = 0;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        double cross = polygon[j].x * polygon[i].y - polygon[i].x * polygon[j].y;
        twice_area += cross;
        cx += (polygon[j].x + polygon[i].x) * cross;
        cy += (polygon[j].y + polygon[i].y) * cross;
    }
    if (std::abs(twice_area) < 1e-12) return polygon.empty() ? AtlasPoint{} : polygon.front();
    return {cx / (3 * twice_area), cy / (3 * twice_area)};
}

}  // namespace ta
