// The page: paper size, margins, the running header and footer, and the cursor that text and
// drawings advance down the page, breaking onto a new page when the next line does not fit.
#pragma once

#include "cairo_basics.hpp"
#include "sheet_pdf.hpp"

#include <cairo.h>
#include <pango/pango.h>

#include <string>

namespace ta::sheets {

struct PaperSize {
    double width = 0, height = 0;  // points
};
PaperSize PaperPoints(Paper paper);

class PageWriter {
public:
    PageWriter(cairo_t* cr, PangoContext* pango, Paper paper, std::string footer);

    cairo_t* Cairo() const { return cr_; }
    PangoContext* Pango() const { return pango_; }

    // Starts a sheet on a fresh page; its continuation pages carry `running_header`.
    void StartSheet(const std::string& running_header);
    // Ends the current page: footer, then the page goes out.
    void EndPage();
    // Ends the page and starts the next with the running header.
    void BreakPage();
    void EnsureRoom(double height);  // breaks the page unless `height` fits below the cursor
    // Like EnsureRoom, but only when `height` would fit on a fresh page: what is longer than a
    // page is split anyway, where it stands.
    void KeepTogether(double height);
    bool FitsFreshPage(double height) const;  // on a continuation page, below its running header

    double Y() const { return y_; }
    void SetY(double y) { y_ = y; }
    void Advance(double dy) { y_ += dy; }
    double Left() const { return margin_; }
    double Width() const { return size_.width - 2 * margin_; }
    double Bottom() const { return size_.height - bottom_margin_; }
    bool Fits(double height) const { return y_ + height <= Bottom(); }

    // Text beside a drawing: until the cursor passes `box`, the column starts to its right.
    void KeepClearOf(const Box& box) { side_box_ = box; side_box_page_ = page_; }
    // Ends text beside the drawing: the cursor moves below it if it is still on this page.
    void ClearSideBox();
    double ColumnLeft() const;
    double ColumnWidth() const;

private:
    void DrawFooter();
    void DrawRunningHeader();

    cairo_t* cr_;
    PangoContext* pango_;
    PaperSize size_;
    std::string footer_, running_header_;
    double margin_ = 40, bottom_margin_ = 46;
    double y_ = 0;
    int page_ = 0;
    Box side_box_;
    int side_box_page_ = -1;
};

}  // namespace ta::sheets
