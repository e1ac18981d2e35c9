// Drawing the tick grid as ruled boxes with day numbers.
#include "tick_grid.hpp"

#include "text_blocks.hpp"

namespace ta::sheets {

namespace {

constexpr double kRowHeight = 15, kHeaderHeight = 12, kBoxSize = 9;

void DrawDayNumbers(PageWriter& page, double x, double y, double cell, int days) {
    for (int day = 1; day <= days; ++day) {
        LayoutPtr number = MakeLayout(page.Pango(), std::to_string(day), kSmallSize - 0.5, cell);
        pango_layout_set_alignment(number.get(), PANGO_ALIGN_CENTER);
        DrawLayoutAt(page.Cairo(), number.get(), x + (day - 1) * cell, y, kMutedInk);
    }
}

void DrawRow(PageWriter& page, const std::string& label, double y, double label_width, double cell, int days) {
    cairo_t* cr = page.Cairo();
    LayoutPtr words = MakeLayout(page.Pango(), EscapeMarkup(label), kSmallSize + 0.5, label_width - 6);
    pango_layout_set_ellipsize(words.get(), PANGO_ELLIPSIZE_END);
    DrawLayoutAt(cr, words.get(), page.Left(), y + (kRowHeight - LayoutHeight(words.get())) / 2, kInk);
    SetColour(cr, kMutedInk);
    cairo_set_line_width(cr, 0.6);
    for (int day = 0; day < days; ++day)
        cairo_rectangle(cr, page.Left() + label_width + day * cell + (cell - kBoxSize) / 2, y + (kRowHeight - kBoxSize) / 2, kBoxSize,
                        kBoxSize);
    cairo_stroke(cr);
    SetColour(cr, kRule);
    cairo_set_line_width(cr, 0.3);
    cairo_move_to(cr, page.Left(), y + kRowHeight);
    cairo_line_to(cr, page.Left() + page.Width(), y + kRowHeight);
    cairo_stroke(cr);
}

}  // namespace

void FlowTickGrid(PageWriter& page, const TickGrid& grid) {
    if (grid.rows.empty() || grid.days <= 0) return;
    const double height = 30 + kHeaderHeight + kRowHeight * static_cast<double>(grid.rows.size());
    page.EnsureRoom(height);
    FlowHeading(page, "Tick a box each day you do it");
    const double label_width = 0.34 * page.Width();
    const double cell = (page.Width() - label_width) / grid.days;
    DrawDayNumbers(page, page.Left() + label_width, page.Y(), cell, grid.days);
    double y = page.Y() + kHeaderHeight;
    for (const auto& row : grid.rows) {
        DrawRow(page, row, y, label_width, cell, grid.days);
        y += kRowHeight;
    }
    page.SetY(y + 8);
}

}  // namespace ta::sheets
