// The warning signs block that opens every page set: cover, muscle and routine sheets.
#pragma once

#include "page_layout.hpp"
#include "warning_signs.hpp"

#include <vector>

namespace ta::sheets {

enum class WarningDetail {
    Full,     // title and what to do (the cover page)
    Summary,  // one line each (muscle and routine sheets, where the cover carries the detail)
};

// Flags for where it hurts each get a tinted block; the flags that apply wherever the pain is
// share one closing line, so the block stays short enough to be read.
void FlowWarnings(PageWriter& page, const std::vector<WarningLine>& warnings, WarningDetail detail);

}  // namespace ta::sheets
