// View renders: the sheets' body diagram on a cairo image surface, framed on the whole figure.
#include "view_png.hpp"

#include "body_diagram.hpp"

#include <cairo.h>

#include <cmath>
#include <memory>

namespace ta::sheets {

bool WriteViewPng(const Database& db, int view, int width_px, const std::filesystem::path& out, std::string& error) {
    const Rect& canvas = db.atlas.views.at(static_cast<size_t>(view)).canvas;
    const double aspect = (canvas.max_y - canvas.min_y) / (canvas.max_x - canvas.min_x);
    const int height_px = static_cast<int>(std::lround(width_px * aspect));
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width_px, height_px), cairo_surface_destroy);
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
    SheetDiagram diagram;
    diagram.view = view;
    DrawBodyDiagram(cr.get(), db, diagram, Box{0, 0, static_cast<double>(width_px), static_cast<double>(height_px)},
                    DiagramFraming::Whole);
    cairo_surface_flush(surface.get());
    if (cairo_surface_write_to_png(surface.get(), out.c_str()) != CAIRO_STATUS_SUCCESS) {
        error = "cannot write " + out.string();
        return false;
    }
    return true;
}

}  // namespace ta::sheets
