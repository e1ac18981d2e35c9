// The three coordinate spaces and the named conversions between them:
//   atlas units  - a view's SVG viewBox coordinates (AtlasPoint, in geometry.hpp);
//   view pixels  - pixels relative to the top-left of the canvas that shows a view;
//   screen       - pixels relative to the window's top-left.
// Hit-testing always happens in atlas units.
#pragma once

#include "geometry.hpp"

namespace ta {

struct ViewPixel {
    double x = 0;
    double y = 0;
};

struct ScreenPixel {
    double x = 0;
    double y = 0;
};

// Maps atlas units to view pixels: view = origin + atlas * zoom.
struct ViewTransform {
    double zoom = 1;     // view pixels per atlas unit
    ViewPixel origin;    // where atlas (0, 0) lands

    ViewPixel AtlasToView(AtlasPoint p) const { return {origin.x + p.x * zoom, origin.y + p.y * zoom}; }
    AtlasPoint ViewToAtlas(ViewPixel p) const { return {(p.x - origin.x) / zoom, (p.y - origin.y) / zoom}; }

    // Fits `atlas_bounds` into a canvas of the given size with a margin in view pixels.
    static ViewTransform Fit(const Rect& atlas_bounds, double canvas_width, double canvas_height, double margin);
    // Zooms by `factor` keeping the atlas point under `anchor` still; zoom stays in [min, max].
    void ZoomAround(ViewPixel anchor, double factor, double min_zoom, double max_zoom);
    void PanBy(double dx, double dy) { origin.x += dx; origin.y += dy; }
};

inline ScreenPixel ViewToScreen(ViewPixel p, ScreenPixel canvas_top_left) {
    return {canvas_top_left.x + p.x, canvas_top_left.y + p.y};
}

inline ViewPixel ScreenToView(ScreenPixel p, ScreenPixel canvas_top_left) {
    return {p.x - canvas_top_left.x, p.y - canvas_top_left.y};
}

}  // namespace ta
