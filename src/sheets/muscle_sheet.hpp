// One muscle's sheet: title, body diagram with legend, where to find the trigger points, the
// techniques step by step, the tick grid and the disclaimer; continues on further pages as needed.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawMuscleSheet(PageWriter& page, const Database& db, const SheetModel& model, const MusclePage& muscle);

// The title block shared by all sheets: title, a muted subtitle and a rule.
void DrawSheetTitle(PageWriter& page, const std::string& title, const std::string& subtitle);

// The disclaimer in small print at the end of a sheet.
void FlowDisclaimer(PageWriter& page, const std::string& disclaimer);

}  // namespace ta::sheets
