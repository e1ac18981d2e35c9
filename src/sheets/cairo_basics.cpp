// Colours and the numbered disc, in cairo alone.
#include "cairo_basics.hpp"

#include <cmath>
#include <string>

namespace ta::sheets {

void SetColour(cairo_t* cr, Colour c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

void DrawNumberDisc(cairo_t* cr, double x, double y, int number, double scale) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, x, y, 5.6 * scale, 0, 2 * M_PI);
    SetColour(cr, {1, 1, 1});
    cairo_fill_preserve(cr);
    SetColour(cr, kInk);
    cairo_set_line_width(cr, 0.8 * scale);
    cairo_stroke(cr);
    // Absolute size: drawing units whatever the target's resolution (PDF points, app pixels).
    // Centred on the digits' ink, not their advance, so a 1 sits in the middle as a 7 does.
    const std::string digits = std::to_string(number);
    cairo_save(cr);
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 7.5 * scale);
    cairo_text_extents_t ink;
    cairo_text_extents(cr, digits.c_str(), &ink);
    cairo_move_to(cr, x - ink.x_bearing - ink.width / 2, y - ink.y_bearing - ink.height / 2);
    cairo_show_text(cr, digits.c_str());
    cairo_restore(cr);
}

}  // namespace ta::sheets
