// One muscle's sheet: title, body diagram with legend, where to find the trigger points, the
// techniques step by step, the tick grid and the disclaimer; continues on further pages as needed.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawMuscleSheet(PageWriter& page, const Database& db, const SheetModel& model, const MusclePage& muscle);

// The title block shared by all sheets: title, a muted subtitle and a rule.
void DrawSheetTitle(PageWriter& page, const std::string& title, const std::string& subtitle);

// The disclaimer at the end of a sheet, as large and dark as the rest, whole on one page.
void FlowDisclaimer(PageWriter& page, const std::string& disclaimer);

// The tick grid and the disclaimer close a muscle or routine sheet. The last section travels with
// them (FlowSection's keep_with_next), so they never sit alone on a page.
double ClosingHeight(PageWriter& page, const TickGrid& grid, const std::string& disclaimer);
void FlowClosing(PageWriter& page, const TickGrid& grid, const std::string& disclaimer);

}  // namespace ta::sheets
