// The legend under a sheet's diagrams: a row of swatch and words for each symbol they use.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

#include <vector>

namespace ta::sheets {

// Which symbols a legend explains.
struct LegendSymbols {
    bool trigger_points = false;
    bool outline = false;
    bool deep_outline = false;
};

LegendSymbols SymbolsUsed(const Database& db, const std::vector<SheetDiagram>& diagrams);

// Draws the legend for the symbols used from (x, y), `width` points wide; returns its height.
double DrawDiagramLegend(PageWriter& page, double x, double y, double width, const LegendSymbols& symbols);

}  // namespace ta::sheets
