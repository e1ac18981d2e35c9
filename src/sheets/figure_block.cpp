// Laying out a technique's picture: a fixed box, left in the column, on a pale ground so the
// furniture and the floor read as part of the picture.
#include "figure_block.hpp"

#include "figure_render.hpp"
#include "palette.hpp"

#include <algorithm>

namespace ta::sheets {

namespace {

constexpr double kFigureWidth = 165, kMinHeight = 80, kMaxHeight = 135, kGap = 6;

double PictureHeight(const FigureDrawing& drawing) {
    const FigureBox& box = drawing.view_box;
    return box.Width() > 0 ? std::clamp(kFigureWidth * box.Height() / box.Width(), kMinHeight, kMaxHeight) : kMinHeight;
}

}  // namespace

double FigureBlockHeight(const FigureSpec& figure) { return PictureHeight(DrawFigure(figure)) + 2 * kGap; }

void FlowFigure(PageWriter& page, const FigureSpec& figure) {
    const FigureDrawing drawing = DrawFigure(figure);
    const double height = PictureHeight(drawing);
    page.EnsureRoom(height + 2 * kGap);
    const double width = std::min(kFigureWidth, page.ColumnWidth());
    const Box box{page.ColumnLeft(), page.Y() + kGap, width, height};
    cairo_t* cr = page.Cairo();
    cairo_save(cr);
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    cairo_set_source_rgb(cr, 0.985, 0.985, 0.98);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, kRule.r, kRule.g, kRule.b);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
    cairo_restore(cr);
    DrawTechniqueFigure(cr, drawing, box.x + 4, box.y + 4, box.width - 8, box.height - 8);
    page.Advance(height + 2 * kGap);
}

}  // namespace ta::sheets
