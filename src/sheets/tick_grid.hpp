// The tick grid: one row per thing to do, one box per day, for keeping up a routine.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

// Draws the grid with its heading at the cursor, whole on one page.
void FlowTickGrid(PageWriter& page, const TickGrid& grid);
// Its height with the heading, in points.
double TickGridHeight(PageWriter& page, const TickGrid& grid);

}  // namespace ta::sheets
