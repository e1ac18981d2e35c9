// The body diagram of a sheet: silhouette, light landmarks, referral zones (essential solid,
// spillover stippled), the muscle outline (dashed when deep), trigger points as X, and a
// person's marks; and the symbols for a legend, in cairo alone.
#pragma once

#include "cairo_basics.hpp"
#include "coordinates.hpp"
#include "sheet_model.hpp"

#include <cairo.h>

namespace ta::sheets {

enum class DiagramFraming {
    Whole,       // the whole figure (cover page)
    AroundZones, // zoomed to the muscle, its zones and some surroundings
};

// Draws into `box`, clipped to it.
void DrawBodyDiagram(cairo_t* cr, const Database& db, const SheetDiagram& diagram, const Box& box, DiagramFraming framing);
// The same drawing with a given atlas-to-box transform (the app's zoom and pan); `ink` scales
// line widths, stipple dots and crosses from points to the target's pixels.
void DrawBodyDiagramAt(cairo_t* cr, const Database& db, const SheetDiagram& diagram, const ViewTransform& transform, const Box& box,
                       double ink);

// The symbols of the diagrams, drawn in `box` for a legend.
enum class LegendSwatch { Essential, Spillover, TriggerPoint, Muscle, DeepMuscle };
void DrawLegendSwatch(cairo_t* cr, LegendSwatch swatch, const Box& box);

}  // namespace ta::sheets
