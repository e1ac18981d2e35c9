// Laying out the cover page.
#include "cover_page.hpp"

#include "body_diagram.hpp"
#include "muscle_sheet.hpp"
#include "text_blocks.hpp"
#include "warning_box.hpp"

#include <algorithm>

namespace ta::sheets {

namespace {

constexpr double kBodyHeight = 250;
constexpr size_t kMaxViews = 4;

// "Back (person's right on the right)": a whole-body view must say which side is which.
std::string ViewCaption(const View& view) {
    if (view.facing == "front") return view.title + " (person's right on the left)";
    if (view.facing == "back") return view.title + " (person's right on the right)";
    if (view.facing == "below") return view.title;
    return view.title + " (person's " + view.facing + " side)";
}

void DrawMarkedViews(PageWriter& page, const Database& db, const std::vector<SheetDiagram>& diagrams) {
    const size_t count = std::min(diagrams.size(), kMaxViews);
    if (count == 0) return;
    const double each = std::min(page.Width() / static_cast<double>(count), 0.6 * kBodyHeight);
    const double start = page.Left() + (page.Width() - each * static_cast<double>(count)) / 2;
    double bottom = page.Y() + kBodyHeight;
    for (size_t i = 0; i < count; ++i) {
        const Box box{start + static_cast<double>(i) * each, page.Y(), each - 6, kBodyHeight};
        DrawBodyDiagram(page.Cairo(), db, diagrams[i], box, DiagramFraming::Whole);
        LayoutPtr caption = MakeLayout(page.Pango(), EscapeMarkup(ViewCaption(db.atlas.views[diagrams[i].view])), kSmallSize, box.width);
        pango_layout_set_alignment(caption.get(), PANGO_ALIGN_CENTER);
        DrawLayoutAt(page.Cairo(), caption.get(), box.x, box.Bottom() + 2, kMutedInk);
        bottom = std::max(bottom, box.Bottom() + 2 + LayoutHeight(caption.get()));
    }
    page.SetY(bottom + 8);
}

void FlowRanking(PageWriter& page, const std::vector<RankedEntry>& ranked) {
    FlowHeading(page, "Muscles to look at first");
    int number = 1;
    for (const RankedEntry& entry : ranked) {
        std::string markup = "<b>" + EscapeMarkup(entry.name) + "</b>";
        if (entry.on_sheet) markup += "   <i>(sheet enclosed)</i>";
        markup += "\n<span foreground=\"#444444\">" + EscapeMarkup(entry.reason) + "</span>";
        FlowMarkup(page, markup, kBodySize, {16, kInk, nullptr, nullptr, std::to_string(number++) + ".", 4});
    }
}

}  // namespace

void DrawCoverPage(PageWriter& page, const Database& db, const SheetModel& model, const CoverPage& cover) {
    page.StartSheet(cover.title + " (continued)");
    DrawSheetTitle(page, cover.title, "Printed " + model.date);
    FlowWarnings(page, cover.warnings, WarningDetail::Full);
    DrawMarkedViews(page, db, cover.diagrams);
    if (!cover.ranked.empty()) FlowRanking(page, cover.ranked);
    if (!cover.note.empty()) {
        FlowHeading(page, "Your note");
        FlowMarkup(page, EscapeMarkup(cover.note), kBodySize);
    }
    FlowHeading(page, "Sheets in this set");
    for (const auto& name : cover.contents) FlowMarkup(page, EscapeMarkup(name), kBodySize, {12, kInk, nullptr, nullptr, "\u2022", 2});
    FlowDisclaimer(page, model.disclaimer);
    page.EndPage();
}

}  // namespace ta::sheets
