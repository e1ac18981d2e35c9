// Laying out the progress page.
#include "progress_page.hpp"

#include "body_diagram.hpp"
#include "chart_drawing.hpp"
#include "muscle_sheet.hpp"
#include "text_blocks.hpp"
#include "warning_box.hpp"

#include <algorithm>

namespace ta::sheets {

namespace {

constexpr double kChartHeight = 205, kMapHeight = 165, kGap = 12;
constexpr size_t kViewsPerMap = 2;

// One map's views side by side in its half of the page, with the caption above them.
double DrawMapColumn(PageWriter& page, const Database& db, const std::string& caption, const std::vector<SheetDiagram>& diagrams,
                     double x, double width) {
    LayoutPtr title = MakeLayout(page.Pango(), EscapeMarkup(caption), kBodySize, width, true);
    DrawLayoutAt(page.Cairo(), title.get(), x, page.Y(), kInk);
    const double top = page.Y() + LayoutHeight(title.get()) + 4;
    const size_t count = std::min(diagrams.size(), kViewsPerMap);
    for (size_t i = 0; i < count; ++i) {
        const double each = width / static_cast<double>(count);
        DrawBodyDiagram(page.Cairo(), db, diagrams[i], {x + static_cast<double>(i) * each, top, each - 4, kMapHeight},
                        DiagramFraming::Whole);
    }
    if (diagrams.empty()) {
        LayoutPtr none = MakeLayout(page.Pango(), "<i>no areas marked</i>", kBodySize, width);
        DrawLayoutAt(page.Cairo(), none.get(), x, top, kMutedInk);
    }
    return top + kMapHeight;
}

void FlowList(PageWriter& page, const std::string& heading, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    FlowHeading(page, heading);
    for (const auto& line : lines) FlowMarkup(page, EscapeMarkup(line), kBodySize, {12, kInk, nullptr, nullptr, "\u2022", 2});
}

}  // namespace

void DrawProgressPage(PageWriter& page, const Database& db, const SheetModel& model, const ProgressPage& progress) {
    page.StartSheet(progress.title + " (continued)");
    DrawSheetTitle(page, progress.title, progress.subtitle);
    FlowWarnings(page, progress.warnings, WarningDetail::Summary);
    FlowHeading(page, "Pain over the days (" + progress.chart.y_label + ")");
    page.EnsureRoom(kChartHeight);
    DrawDiaryChart(page, progress.chart, {page.Left(), page.Y(), page.Width(), kChartHeight});
    page.Advance(kChartHeight + kGap);
    page.EnsureRoom(kMapHeight + 20);
    const double half = (page.Width() - kGap) / 2;
    const double bottom = std::max(DrawMapColumn(page, db, progress.first_caption, progress.first_map, page.Left(), half),
                                   DrawMapColumn(page, db, progress.latest_caption, progress.latest_map, page.Left() + half + kGap, half));
    page.SetY(bottom + kGap);
    FlowList(page, "What was done", progress.done);
    FlowList(page, "Latest notes", progress.notes);
    FlowHeading(page, "Please read");
    FlowMarkup(page, EscapeMarkup(model.disclaimer), kBodySize - 1, {0, kMutedInk, nullptr, nullptr, "", 0});
    page.EndPage();
}

}  // namespace ta::sheets
