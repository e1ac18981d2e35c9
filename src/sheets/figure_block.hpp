// A technique's picture on a sheet: a framed box in the text column, under the technique's
// heading, before its steps.
#pragma once

#include "content.hpp"
#include "page_layout.hpp"

namespace ta::sheets {

// The height the picture takes (a standing figure is taller than one lying down); reserve it
// with the heading so the two stay on one page.
double FigureBlockHeight(const FigureSpec& figure);
void FlowFigure(PageWriter& page, const FigureSpec& figure);

}  // namespace ta::sheets
