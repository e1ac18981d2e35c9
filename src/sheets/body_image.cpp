// Rendering the body diagram to an RGBA buffer with a cairo image surface.
#include "body_image.hpp"

#include "body_diagram.hpp"

#include <cairo.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace ta::sheets {

BodyImage RenderBodyImage(const Database& db, const SheetDiagram& diagram, const ViewTransform& transform, int width, int height,
                          double ink, const double background[3]) {
    if (diagram.view < 0) return {};
    return RenderToImage(width, height, background, [&](cairo_t* cr) {
        DrawBodyDiagramAt(cr, db, diagram, transform, Box{0, 0, static_cast<double>(width), static_cast<double>(height)}, ink);
    });
}

BodyImage RenderToImage(int width, int height, const double background[3], const std::function<void(cairo_t*)>& draw) {
    BodyImage image;
    if (width <= 0 || height <= 0) return image;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height), cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return image;
    {
        std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
        cairo_set_source_rgb(cr.get(), background[0], background[1], background[2]);
        cairo_paint(cr.get());
        draw(cr.get());
    }
    cairo_surface_flush(surface.get());
    image.width = width;
    image.height = height;
    image.rgba.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    // cairo keeps native-endian premultiplied ARGB; OpenGL wants straight RGBA bytes. The image is
    // opaque, so premultiplied is straight: no division for alpha 255 (dividing every channel took
    // most of the 10 ms that a 560x900 body took to render).
    for (int y = 0; y < height; ++y) {
        const unsigned char* row = data + static_cast<size_t>(y) * stride;
        unsigned char* out = &image.rgba[static_cast<size_t>(y) * width * 4];
        for (int x = 0; x < width; ++x, out += 4) {
            std::uint32_t argb;
            std::memcpy(&argb, row + static_cast<size_t>(x) * 4, 4);
            const unsigned a = argb >> 24;
            const unsigned r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
            if (a == 255) {
                out[0] = static_cast<unsigned char>(r), out[1] = static_cast<unsigned char>(g), out[2] = static_cast<unsigned char>(b);
            } else {
                auto straight = [a](unsigned c) { return static_cast<unsigned char>(a ? (c * 255 + a / 2) / a : 0); };
                out[0] = straight(r), out[1] = straight(g), out[2] = straight(b);
            }
            out[3] = static_cast<unsigned char>(a);
        }
    }
    return image;
}

}  // namespace ta::sheets
