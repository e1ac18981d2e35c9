// The progress page: a diary's chart of overall pain and each area's intensity over the days,
// treatment days marked, the first and the latest map side by side, and what was done.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawProgressPage(PageWriter& page, const Database& db, const SheetModel& model, const ProgressPage& progress);

}  // namespace ta::sheets
