// A routine as one sheet: the warning signs, then the steps in order with their times, each with
// its position, equipment, steps, the routine's own dose and the cautions, and a tick grid.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawRoutineSheet(PageWriter& page, const SheetModel& model, const RoutinePage& routine);

}  // namespace ta::sheets
