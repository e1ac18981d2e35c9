// View transform: fitting and zooming about an anchor.
#include "coordinates.hpp"

#include <algorithm>

namespace ta {

ViewTransform ViewTransform::Fit(const Rect& atlas_bounds, double canvas_width, double canvas_height,
                                 double margin) {
    ViewTransform t;
    const double w = std::max(atlas_bounds.max_x - atlas_bounds.min_x, 1e-6);
    const double h = std::max(atlas_bounds.max_y - atlas_bounds.min_y, 1e-6);
    t.zoom = std::max(std::min((canvas_width - 2 * margin) / w, (canvas_height - 2 * margin) / h), 1e-6);
    t.origin.x = (canvas_width - w * t.zoom) / 2 - atlas_bounds.min_x * t.zoom;
    t.origin.y = (canvas_height - h * t.zoom) / 2 - atlas_bounds.min_y * t.zoom;
    return t;
}

void ViewTransform::ZoomAround(ViewPixel anchor, double factor, double min_zoom, double max_zoom) {
    const AtlasPoint fixed = ViewToAtlas(anchor);
    zoom = std::clamp(zoom * factor, min_zoom, max_zoom);
    origin.x = anchor.x - fixed.x * zoom;
    origin.y = anchor.y - fixed.y * zoom;
}

}  // namespace ta
