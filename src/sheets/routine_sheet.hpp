// A routine as one sheet: the steps in order with their times, each technique's steps and dose,
// and a tick grid.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawRoutineSheet(PageWriter& page, const SheetModel& model, const RoutinePage& routine);

}  // namespace ta::sheets
