// Region meshes for the body views, each built when first drawn and kept for the program's life.
#include "body_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace ta::gui {

namespace {

// Crossings of the horizontal line y with every ring edge, sorted.
std::vector<double> Crossings(const Shape& shape, double y) {
    std::vector<double> xs;
    for (const Polygon& ring : shape.rings)
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const AtlasPoint a = ring[j], b = ring[i];
            if ((a.y > y) != (b.y > y)) xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
        }
    std::sort(xs.begin(), xs.end());
    return xs;
}

}  // namespace

const TriangleMesh& BodyGeometryCache::Region(const Atlas& atlas, int view, size_t region) {
    if (meshes_.size() != atlas.views.size()) meshes_.assign(atlas.views.size(), {});
    auto& meshes = meshes_[view];
    if (meshes.size() != atlas.views[view].regions.size()) meshes.assign(atlas.views[view].regions.size(), std::nullopt);
    auto& slot = meshes[region];
    if (!slot) slot = Triangulate(atlas.views[view].regions[region].shape);
    return *slot;
}

AtlasPoint InteriorPoint(const Shape& shape) {
    const Rect& b = shape.bounds;
    // Try the middle line first, then lines a little above and below it.
    for (double f : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
        const double y = b.min_y + (b.max_y - b.min_y) * f;
        const auto xs = Crossings(shape, y);
        double best = 0, best_x = 0;
        for (size_t i = 0; i + 1 < xs.size(); i += 2)
            if (xs[i + 1] - xs[i] > best) best = xs[i + 1] - xs[i], best_x = (xs[i] + xs[i + 1]) / 2;
        if (best > 0) return {best_x, y};
    }
    return {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
}

}  // namespace ta::gui
