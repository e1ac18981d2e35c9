// A technique's picture on a sheet: a framed box in the text column, under the technique's
// heading, before its steps.
#pragma once

#include "content.hpp"
#include "page_layout.hpp"

namespace ta::sheets {

// The height the picture takes; reserve it with the heading so the two stay on one page.
double FigureBlockHeight();
void FlowFigure(PageWriter& page, const FigureSpec& figure);

}  // namespace ta::sheets
