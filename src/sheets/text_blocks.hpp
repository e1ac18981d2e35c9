// Text on the page: pango layouts with the sheet fonts and no automatic hyphens, set line by line
// so that a long block continues on the next page instead of being clipped.
#pragma once

#include "cairo_basics.hpp"
#include "page_layout.hpp"
#include "palette.hpp"
#include "sheet_model.hpp"

#include <pango/pango.h>

#include <memory>
#include <string>

namespace ta::sheets {

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const;
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

std::string EscapeMarkup(const std::string& text);

// A wrapped layout of pango markup, `width` points wide; size in points.
LayoutPtr MakeLayout(PangoContext* pango, const std::string& markup, double size, double width, bool bold = false);
double LayoutHeight(PangoLayout* layout);
// Draws a whole layout with its top-left at (x, y); no page breaking.
void DrawLayoutAt(cairo_t* cr, PangoLayout* layout, double x, double y, Colour colour);

// How a block sits in its column.
struct BlockLook {
    double indent = 0;                       // left indent of the text
    Colour colour = kInk;
    const Colour* background = nullptr;      // tint behind the lines (red flags, notes)
    const Colour* bar = nullptr;             // bar left of the lines (cautions, red flags)
    std::string marker;                      // "1.", bullet: drawn in the indent on the first line
    double space_after = 3;
    bool disc = false;                       // the marker is a number in a disc, as on the diagrams
};

// Sets `layout` from the cursor down, line by line, breaking pages as needed; `x` is the column's left.
void FlowLayout(PageWriter& page, PangoLayout* layout, double x, const BlockLook& look);

// A heading, kept on the page with at least two lines of what follows.
void FlowHeading(PageWriter& page, const std::string& text, double size = kHeadingSize);
// A block of the sheet model in the current column.
void FlowBlock(PageWriter& page, const SheetBlock& block);
// A section: its heading and blocks; one marked keep_together starts a new page rather than split,
// and travels with the next `keep_with_next` points where the two fit on a page together.
void FlowSection(PageWriter& page, const SheetSection& section, double keep_with_next = 0);
// The height of a heading set by FlowHeading and of markup set by FlowMarkup, in the current column.
double HeadingHeight(PageWriter& page, const std::string& text);
double MarkupHeight(PageWriter& page, const std::string& markup, double size, const BlockLook& look = {});
// Plain markup in the current column.
void FlowMarkup(PageWriter& page, const std::string& markup, double size, const BlockLook& look = {});

}  // namespace ta::sheets
