// The body as the app shows it: the sheets' cairo drawing (silhouette, landmarks, referral
// patterns, outlines, trigger points) rendered into pixels once per change of view, zoom or
// overlay, so the app draws one textured quad a frame instead of re-tessellating the art, and
// the screen and the printed sheet look alike.
#pragma once

#include "coordinates.hpp"
#include "sheet_model.hpp"

#include <functional>
#include <vector>

struct _cairo;  // cairo_t, without making every user of the image include cairo

namespace ta::sheets {

struct BodyImage {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;  // straight (not premultiplied) alpha, rows top-down
};

// `transform` maps atlas units to the image's pixels; `ink` scales strokes and dots (about the
// screen's pixels per point).
// The image is opaque: `background` fills what the drawing leaves empty.
BodyImage RenderBodyImage(const Database& db, const SheetDiagram& diagram, const ViewTransform& transform, int width, int height,
                          double ink, const double background[3]);

// Any cairo drawing as an opaque image of `width` by `height` pixels (the app's textures).
BodyImage RenderToImage(int width, int height, const double background[3], const std::function<void(_cairo*)>& draw);

}  // namespace ta::sheets
