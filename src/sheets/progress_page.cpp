// Laying out the progress page. It is meant to be one sheet a person hands over: when the warning
// signs and the lists would push the page over, the chart gives up height, then the maps.
#include "progress_page.hpp"

#include "body_diagram.hpp"
#include "chart_drawing.hpp"
#include "muscle_sheet.hpp"
#include "text_blocks.hpp"
#include "warning_box.hpp"

#include <algorithm>

namespace ta::sheets {

namespace {

constexpr double kChartHeight = 205, kMinChartHeight = 130, kMapHeight = 165, kMinMapHeight = 125, kGap = 12, kCaptionGap = 4;
constexpr size_t kViewsPerMap = 2;
constexpr const char* kDoneHeading = "What was done";
constexpr const char* kNotesHeading = "Latest notes";
constexpr const char* kReadHeading = "Please read";

BlockLook BulletLook() { return {12, kInk, nullptr, nullptr, "\u2022", 2}; }
BlockLook MutedLook() { return {0, kMutedInk, nullptr, nullptr, "", 2}; }   // how to read a list, the disclaimer

double HalfWidth(const PageWriter& page) { return (page.Width() - kGap) / 2; }

LayoutPtr CaptionLayout(PageWriter& page, const std::string& caption) {
    return MakeLayout(page.Pango(), EscapeMarkup(caption), kBodySize, HalfWidth(page));
}

// The taller of the two maps' captions: both maps start below it, side by side.
double CaptionsHeight(PageWriter& page, const ProgressPage& progress) {
    return std::max(LayoutHeight(CaptionLayout(page, progress.first_caption).get()),
                    LayoutHeight(CaptionLayout(page, progress.latest_caption).get())) + kCaptionGap;
}

// One map's views side by side in its half of the page, with the caption above them.
double DrawMapColumn(PageWriter& page, const Database& db, const std::string& caption, const std::vector<SheetDiagram>& diagrams,
                     double x, double captions_height, double height) {
    const double width = HalfWidth(page);
    LayoutPtr title = CaptionLayout(page, caption);
    DrawLayoutAt(page.Cairo(), title.get(), x, page.Y(), kInk);
    const double top = page.Y() + captions_height;
    const size_t count = std::min(diagrams.size(), kViewsPerMap);
    for (size_t i = 0; i < count; ++i) {
        const double each = width / static_cast<double>(count);
        DrawBodyDiagram(page.Cairo(), db, diagrams[i], {x + static_cast<double>(i) * each, top, each - 4, height},
                        DiagramFraming::Whole);
    }
    if (diagrams.empty()) {
        LayoutPtr none = MakeLayout(page.Pango(), "<i>no areas marked</i>", kBodySize, width);
        DrawLayoutAt(page.Cairo(), none.get(), x, top, kMutedInk);
    }
    return top + height;
}

// A heading, an optional line saying how to read the list, and the list as bullets.
void FlowList(PageWriter& page, const std::string& heading, const std::vector<std::string>& lines, const std::string& legend = "") {
    if (lines.empty()) return;
    FlowHeading(page, heading);
    if (!legend.empty()) FlowMarkup(page, EscapeMarkup(legend), kBodySize - 1, MutedLook());
    for (const auto& line : lines) FlowMarkup(page, EscapeMarkup(line), kBodySize, BulletLook());
}

// The height FlowList sets the same list in.
double ListHeight(PageWriter& page, const std::string& heading, const std::vector<std::string>& lines, const std::string& legend = "") {
    if (lines.empty()) return 0;
    double height = HeadingHeight(page, heading);
    if (!legend.empty()) height += MarkupHeight(page, EscapeMarkup(legend), kBodySize - 1, MutedLook());
    for (const auto& line : lines) height += MarkupHeight(page, EscapeMarkup(line), kBodySize, BulletLook());
    return height;
}

// Everything below the chart's heading but the chart and the maps: the gaps, the maps' captions,
// the lists and the disclaimer.
double TextBelowChartHeight(PageWriter& page, const SheetModel& model, const ProgressPage& progress) {
    return kGap + CaptionsHeight(page, progress) + kGap + ListHeight(page, kDoneHeading, progress.done, progress.done_legend) +
           ListHeight(page, kNotesHeading, progress.notes) + HeadingHeight(page, kReadHeading) +
           MarkupHeight(page, EscapeMarkup(model.disclaimer), kBodySize - 1, MutedLook());
}

struct GraphicHeights {
    double chart = kChartHeight, map = kMapHeight;
};

// The chart gives up height first, then the maps, each down to what still reads, for the rest to
// fit on the page. When even that is not enough, the rest goes on to a second page anyway, and
// the chart and the maps keep their full size.
GraphicHeights FitGraphics(double room) {
    GraphicHeights heights;
    if (room < kMinChartHeight + kMinMapHeight) return heights;
    heights.chart = std::clamp(room - kMapHeight, kMinChartHeight, kChartHeight);
    heights.map = std::clamp(room - heights.chart, kMinMapHeight, kMapHeight);
    return heights;
}

}  // namespace

void DrawProgressPage(PageWriter& page, const Database& db, const SheetModel& model, const ProgressPage& progress) {
    page.StartSheet(progress.title + " (continued)");
    DrawSheetTitle(page, progress.title, progress.subtitle);
    FlowWarnings(page, progress.warnings, WarningDetail::Summary);
    FlowHeading(page, "Pain over the days (" + progress.chart.y_label + ")");
    const GraphicHeights heights = FitGraphics(page.Bottom() - page.Y() - TextBelowChartHeight(page, model, progress));
    page.EnsureRoom(heights.chart);
    DrawDiaryChart(page, progress.chart, {page.Left(), page.Y(), page.Width(), heights.chart});
    page.Advance(heights.chart + kGap);
    page.EnsureRoom(heights.map + 20);
    const double right = page.Left() + HalfWidth(page) + kGap, captions = CaptionsHeight(page, progress);
    const double bottom = std::max(DrawMapColumn(page, db, progress.first_caption, progress.first_map, page.Left(), captions, heights.map),
                                   DrawMapColumn(page, db, progress.latest_caption, progress.latest_map, right, captions, heights.map));
    page.SetY(bottom + kGap);
    FlowList(page, kDoneHeading, progress.done, progress.done_legend);
    FlowList(page, kNotesHeading, progress.notes);
    FlowHeading(page, kReadHeading);
    FlowMarkup(page, EscapeMarkup(model.disclaimer), kBodySize - 1, MutedLook());
    page.EndPage();
}

}  // namespace ta::sheets
