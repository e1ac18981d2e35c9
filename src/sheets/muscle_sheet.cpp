// Laying out a muscle's sheet: the diagram column on the left, text beside and below it.
#include "muscle_sheet.hpp"

#include "body_diagram.hpp"
#include "diagram_legend.hpp"
#include "text_blocks.hpp"
#include "tick_grid.hpp"
#include "warning_box.hpp"

#include <algorithm>

namespace ta::sheets {

namespace {

constexpr double kDiagramHeight = 280;

std::string DiagramCaption(const Database& db, const SheetDiagram& d) {
    return db.atlas.views[d.view].title + " view  \u00b7  " + SideName(d.side) + " side";
}

// Diagrams side by side, captions under them, then the legend; returns the column's box.
Box DrawDiagramColumn(PageWriter& page, const Database& db, const std::vector<SheetDiagram>& diagrams) {
    const Box column{page.Left(), page.Y(), 0.40 * page.Width(), kDiagramHeight};
    const double gap = 6;
    const double each = (column.width - gap * static_cast<double>(diagrams.size() - 1)) / static_cast<double>(diagrams.size());
    double caption_bottom = column.Bottom();
    for (size_t i = 0; i < diagrams.size(); ++i) {
        const Box box{column.x + static_cast<double>(i) * (each + gap), column.y, each, kDiagramHeight};
        DrawBodyDiagram(page.Cairo(), db, diagrams[i], box, DiagramFraming::AroundZones);
        LayoutPtr caption = MakeLayout(page.Pango(), EscapeMarkup(DiagramCaption(db, diagrams[i])), kSmallSize, each);
        pango_layout_set_alignment(caption.get(), PANGO_ALIGN_CENTER);
        DrawLayoutAt(page.Cairo(), caption.get(), box.x, box.Bottom() + 3, kMutedInk);
        caption_bottom = std::max(caption_bottom, box.Bottom() + 3 + LayoutHeight(caption.get()));
    }
    const double legend = DrawDiagramLegend(page, column.x, caption_bottom + 6, column.width, SymbolsUsed(db, diagrams));
    return {column.x, column.y, column.width, caption_bottom + 6 + legend - column.y};
}

}  // namespace

void DrawSheetTitle(PageWriter& page, const std::string& title, const std::string& subtitle) {
    LayoutPtr heading = MakeLayout(page.Pango(), EscapeMarkup(title), kTitleSize, page.Width(), true);
    DrawLayoutAt(page.Cairo(), heading.get(), page.Left(), page.Y(), kInk);
    page.Advance(LayoutHeight(heading.get()) + 1);
    if (!subtitle.empty()) {
        LayoutPtr sub = MakeLayout(page.Pango(), EscapeMarkup(subtitle), kBodySize, page.Width());
        DrawLayoutAt(page.Cairo(), sub.get(), page.Left(), page.Y(), kMutedInk);
        page.Advance(LayoutHeight(sub.get()));
    }
    page.Advance(5);
    cairo_t* cr = page.Cairo();
    SetColour(cr, kInk);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, page.Left(), page.Y());
    cairo_line_to(cr, page.Left() + page.Width(), page.Y());
    cairo_stroke(cr);
    page.Advance(10);
}

namespace {

const std::string kPleaseRead = "Please read";

BlockLook DisclaimerLook() {
    static const Colour note = kNoteBackground;
    return {4, kInk, &note, nullptr, "", 0};
}

double DisclaimerHeight(PageWriter& page, const std::string& disclaimer) {
    if (disclaimer.empty()) return 0;
    return HeadingHeight(page, kPleaseRead) + MarkupHeight(page, EscapeMarkup(disclaimer), kBodySize, DisclaimerLook());
}

}  // namespace

void FlowDisclaimer(PageWriter& page, const std::string& disclaimer) {
    if (disclaimer.empty()) return;
    // As large and dark as the rest: it says when to stop and see someone.
    page.KeepTogether(DisclaimerHeight(page, disclaimer));
    FlowHeading(page, kPleaseRead);
    FlowMarkup(page, EscapeMarkup(disclaimer), kBodySize, DisclaimerLook());
}

double ClosingHeight(PageWriter& page, const TickGrid& grid, const std::string& disclaimer) {
    return TickGridHeight(page, grid) + DisclaimerHeight(page, disclaimer);
}

void FlowClosing(PageWriter& page, const TickGrid& grid, const std::string& disclaimer) {
    FlowTickGrid(page, grid);
    FlowDisclaimer(page, disclaimer);
}

void DrawMuscleSheet(PageWriter& page, const Database& db, const SheetModel& model, const MusclePage& muscle) {
    page.StartSheet(muscle.running_header);
    DrawSheetTitle(page, muscle.title, muscle.subtitle);
    FlowWarnings(page, muscle.warnings, WarningDetail::Summary);
    if (!muscle.diagrams.empty()) {
        page.KeepClearOf(DrawDiagramColumn(page, db, muscle.diagrams));
    } else {
        static const Colour note = kNoteBackground;
        FlowMarkup(page, "<i>No body diagram: the atlas has no view showing this muscle yet.</i>", kBodySize,
                   {0, kMutedInk, &note, nullptr, "", 6});
    }
    const double closing = ClosingHeight(page, muscle.grid, model.disclaimer);
    for (size_t i = 0; i < muscle.sections.size(); ++i) FlowSection(page, muscle.sections[i], i + 1 == muscle.sections.size() ? closing : 0);
    page.ClearSideBox();
    FlowClosing(page, muscle.grid, model.disclaimer);
    page.EndPage();
}

}  // namespace ta::sheets
