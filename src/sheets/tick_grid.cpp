// Drawing the tick grid as ruled boxes with day numbers.
#include "tick_grid.hpp"

#include "text_blocks.hpp"

#include <algorithm>
#include <vector>

namespace ta::sheets {

namespace {

constexpr double kMinRowHeight = 18, kHeaderHeight = 13, kBoxSize = 10;

void DrawDayNumbers(PageWriter& page, double x, double y, double cell, int days) {
    for (int day = 1; day <= days; ++day) {
        LayoutPtr number = MakeLayout(page.Pango(), std::to_string(day), kSmallSize, cell);
        pango_layout_set_alignment(number.get(), PANGO_ALIGN_CENTER);
        DrawLayoutAt(page.Cairo(), number.get(), x + (day - 1) * cell, y, kMutedInk);
    }
}

// A row's words wrap rather than being cut short: "Self-massage: Ball on the front of the pelvis"
// is what to do, and the row grows to hold it.
LayoutPtr RowWords(PageWriter& page, const std::string& label, double label_width) {
    return MakeLayout(page.Pango(), EscapeMarkup(label), kBodySize, label_width - 8);
}

double RowHeight(PangoLayout* words) { return std::max(kMinRowHeight, LayoutHeight(words) + 6); }

void DrawRow(PageWriter& page, PangoLayout* words, double y, double label_width, double cell, int days) {
    cairo_t* cr = page.Cairo();
    const double height = RowHeight(words);
    DrawLayoutAt(cr, words, page.Left(), y + (height - LayoutHeight(words)) / 2, kInk);
    SetColour(cr, kMutedInk);
    cairo_set_line_width(cr, 0.6);
    for (int day = 0; day < days; ++day)
        cairo_rectangle(cr, page.Left() + label_width + day * cell + (cell - kBoxSize) / 2, y + (height - kBoxSize) / 2, kBoxSize,
                        kBoxSize);
    cairo_stroke(cr);
    SetColour(cr, kRule);
    cairo_set_line_width(cr, 0.3);
    cairo_move_to(cr, page.Left(), y + height);
    cairo_line_to(cr, page.Left() + page.Width(), y + height);
    cairo_stroke(cr);
}

double LabelWidth(const PageWriter& page) { return 0.38 * page.Width(); }

}  // namespace

double TickGridHeight(PageWriter& page, const TickGrid& grid) {
    if (grid.rows.empty() || grid.days <= 0) return 0;
    double height = 34 + kHeaderHeight;
    for (const auto& row : grid.rows) height += RowHeight(RowWords(page, row, LabelWidth(page)).get());
    return height;
}

void FlowTickGrid(PageWriter& page, const TickGrid& grid) {
    if (grid.rows.empty() || grid.days <= 0) return;
    const double label_width = LabelWidth(page);
    const double cell = (page.Width() - label_width) / grid.days;
    std::vector<LayoutPtr> rows;
    for (const auto& row : grid.rows) rows.push_back(RowWords(page, row, label_width));
    page.EnsureRoom(TickGridHeight(page, grid));
    FlowHeading(page, "Tick a box each day you do it");
    DrawDayNumbers(page, page.Left() + label_width, page.Y(), cell, grid.days);
    double y = page.Y() + kHeaderHeight;
    for (const auto& words : rows) {
        DrawRow(page, words.get(), y, label_width, cell, grid.days);
        y += RowHeight(words.get());
    }
    page.SetY(y + 8);
}

}  // namespace ta::sheets
