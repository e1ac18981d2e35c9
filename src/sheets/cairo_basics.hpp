// What the body art and the printed pages both draw with, in cairo alone (no pango): the box a
// drawing fills, colours, and the numbered disc of a trigger point. The app's body textures need
// only these, so the app does not load the text stack of the PDF sheets to draw its first frame.
#pragma once

#include "palette.hpp"

#include <cairo.h>

namespace ta::sheets {

struct Box {
    double x = 0, y = 0, width = 0, height = 0;
    double Bottom() const { return y + height; }
};

void SetColour(cairo_t* cr, Colour c);

// A number in a white disc with a dark ring, centred on (x, y): how the diagrams and the lists
// number trigger points. `scale` 1 is the diagrams' size in points (a 5.6 pt disc, 7.5 pt digits).
// Digits need no shaping, so cairo's own text draws them, the same on screen and on paper.
void DrawNumberDisc(cairo_t* cr, double x, double y, int number, double scale);

}  // namespace ta::sheets
