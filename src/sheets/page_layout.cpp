// Page geometry, footer, running header and page breaks.
#include "page_layout.hpp"

#include "text_blocks.hpp"

namespace ta::sheets {

PaperSize PaperPoints(Paper paper) {
    // A4 is 210 x 297 mm; Letter is 8.5 x 11 in.
    return paper == Paper::Letter ? PaperSize{612, 792} : PaperSize{595.276, 841.89};
}

PageWriter::PageWriter(cairo_t* cr, PangoContext* pango, Paper paper, std::string footer)
    : cr_(cr), pango_(pango), size_(PaperPoints(paper)), footer_(std::move(footer)) {}

void PageWriter::StartSheet(const std::string& running_header) {
    running_header_ = running_header;
    ++page_;
    y_ = margin_;
}

void PageWriter::EndPage() {
    DrawFooter();
    cairo_show_page(cr_);
}

void PageWriter::BreakPage() {
    EndPage();
    ++page_;
    y_ = margin_;
    DrawRunningHeader();
}

void PageWriter::EnsureRoom(double height) {
    if (!Fits(height)) BreakPage();
}

void PageWriter::KeepTogether(double height) {
    if (!Fits(height) && FitsFreshPage(height)) BreakPage();
}

bool PageWriter::FitsFreshPage(double height) const {
    constexpr double kRunningHeader = 30;  // a continuation page's header and rule
    return height <= Bottom() - margin_ - kRunningHeader;
}

double PageWriter::ColumnLeft() const {
    const bool beside = side_box_page_ == page_ && y_ < side_box_.Bottom();
    return beside ? side_box_.x + side_box_.width + 14 : Left();
}

void PageWriter::ClearSideBox() {
    if (side_box_page_ == page_ && y_ < side_box_.Bottom() + 8) y_ = side_box_.Bottom() + 8;
    side_box_page_ = -1;
}

double PageWriter::ColumnWidth() const { return Left() + Width() - ColumnLeft(); }

void PageWriter::DrawFooter() {
    const std::string text = EscapeMarkup(footer_) + "  \u00b7  page " + std::to_string(page_);
    LayoutPtr layout = MakeLayout(pango_, text, kSmallSize, Width());
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    const double y = size_.height - bottom_margin_ + 12;
    SetColour(cr_, kRule);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, Left(), y - 5);
    cairo_line_to(cr_, Left() + Width(), y - 5);
    cairo_stroke(cr_);
    DrawLayoutAt(cr_, layout.get(), Left(), y, kMutedInk);
}

void PageWriter::DrawRunningHeader() {
    LayoutPtr layout = MakeLayout(pango_, EscapeMarkup(running_header_), 11, Width(), true);
    DrawLayoutAt(cr_, layout.get(), Left(), y_, kMutedInk);
    y_ += LayoutHeight(layout.get()) + 4;
    SetColour(cr_, kRule);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, Left(), y_);
    cairo_line_to(cr_, Left() + Width(), y_);
    cairo_stroke(cr_);
    y_ += 10;
}

}  // namespace ta::sheets
