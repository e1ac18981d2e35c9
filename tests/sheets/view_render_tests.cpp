// images/views/*.png are renders of the atlas; this test re-renders each view and fails when a
// committed image no longer matches it, so the pictures never drift from the geometry. The
// comparison is of pixels with a small tolerance, not of PNG bytes, so a different zlib or cairo
// build that encodes or antialiases a hair differently does not fail it.
#include "pdf_tools.hpp"
#include "view_png.hpp"

#include <cairo.h>

#include <catch2/catch.hpp>

#include <cstdlib>

namespace fs = std::filesystem;
using namespace ta;

namespace {

struct Pixels {
    int width = 0, height = 0;
    std::vector<uint32_t> argb;
};

Pixels ReadPng(const fs::path& file) {
    Pixels out;
    cairo_surface_t* png = cairo_image_surface_create_from_png(file.c_str());
    if (cairo_surface_status(png) == CAIRO_STATUS_SUCCESS && cairo_image_surface_get_format(png) != CAIRO_FORMAT_INVALID) {
        cairo_surface_flush(png);
        out.width = cairo_image_surface_get_width(png);
        out.height = cairo_image_surface_get_height(png);
        const int stride = cairo_image_surface_get_stride(png);
        const unsigned char* data = cairo_image_surface_get_data(png);
        for (int y = 0; y < out.height; ++y) {
            const auto* row = reinterpret_cast<const uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride);
            out.argb.insert(out.argb.end(), row, row + out.width);
        }
    }
    cairo_surface_destroy(png);
    return out;
}

// Pixels where some channel differs by more than `tolerance` levels.
size_t DifferentPixels(const Pixels& a, const Pixels& b, int tolerance) {
    size_t different = 0;
    for (size_t i = 0; i < a.argb.size(); ++i)
        for (int shift = 0; shift < 32; shift += 8)
            if (std::abs(static_cast<int>(a.argb[i] >> shift & 0xff) - static_cast<int>(b.argb[i] >> shift & 0xff)) > tolerance) {
                ++different;
                break;
            }
    return different;
}

}  // namespace

TEST_CASE("images/views holds an up-to-date render of every view") {
    const Database& db = test::RealSheetDatabase();
    const fs::path committed = fs::path(TA_SOURCE_DIR) / "images" / "views";
    const test::ScratchDir fresh;
    for (size_t v = 0; v < db.atlas.views.size(); ++v) {
        const std::string name = db.atlas.views[v].id + ".png";
        std::string error;
        REQUIRE(sheets::WriteViewPng(db, static_cast<int>(v), 600, fresh / name, error));
        const Pixels now = ReadPng(fresh / name), then = ReadPng(committed / name);
        INFO(name << " differs from a fresh render: run trigger-atlas-cli render all -o images/views");
        REQUIRE(!now.argb.empty());
        REQUIRE(now.width == then.width);
        REQUIRE(now.height == then.height);
        CHECK(DifferentPixels(now, then, 24) <= now.argb.size() / 2000);  // at most 0.05 %
    }
}
