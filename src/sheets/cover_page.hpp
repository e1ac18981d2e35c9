// The cover page: the marked spots on the body, the ranked muscles with their reasons, the
// contents of the set, the red flags box, the date and the disclaimer.
#pragma once

#include "page_layout.hpp"
#include "sheet_model.hpp"

namespace ta::sheets {

void DrawCoverPage(PageWriter& page, const Database& db, const SheetModel& model, const CoverPage& cover);

}  // namespace ta::sheets
