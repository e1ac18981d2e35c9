// The body diagram of a sheet: silhouette, light landmarks, referral zones (essential solid,
// spillover stippled), the muscle outline (dashed when deep), trigger points as X, and a
// person's marks; plus the legend that explains the symbols.
#pragma once

#include "page_layout.hpp"
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

// Which symbols a legend explains.
struct LegendSymbols {
    bool trigger_points = false;
    bool outline = false;
    bool deep_outline = false;
};
LegendSymbols SymbolsUsed(const Database& db, const std::vector<SheetDiagram>& diagrams);

// A legend for the symbols used, as rows of swatch and words; returns its height.
double DrawDiagramLegend(PageWriter& page, double x, double y, double width, const LegendSymbols& symbols);

}  // namespace ta::sheets
