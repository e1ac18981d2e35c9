// The chart on paper: a plot box with the pain scale on the left, the days below, treatment days
// as light bars behind the lines, one line per series, and a legend under it.
#include "chart_drawing.hpp"

#include "text_blocks.hpp"

namespace ta::sheets {

namespace {

constexpr double kAxisWidth = 22, kDayLabelHeight = 12, kLegendRow = 11;
constexpr Colour kTreatmentBand{0.30, 0.65, 0.35, 0.16};
constexpr Colour kTreatmentTick{0.20, 0.55, 0.28};

Colour ColourOf(const ChartSeries& s) { return {s.colour.r, s.colour.g, s.colour.b}; }

void DrawAxes(PageWriter& page, const DiaryChart& chart, const Box& plot) {
    cairo_t* cr = page.Cairo();
    for (int value : chart.y_ticks) {
        const double y = chart.Y(value, plot.y, plot.height);
        SetColour(cr, kRule);
        cairo_set_line_width(cr, value == 0 ? 0.7 : 0.3);
        cairo_move_to(cr, plot.x, y);
        cairo_line_to(cr, plot.x + plot.width, y);
        cairo_stroke(cr);
        LayoutPtr label = MakeLayout(page.Pango(), std::to_string(value), kSmallSize - 0.5, kAxisWidth - 4);
        pango_layout_set_alignment(label.get(), PANGO_ALIGN_RIGHT);
        DrawLayoutAt(cr, label.get(), plot.x - kAxisWidth, y - LayoutHeight(label.get()) / 2, kMutedInk);
    }
    for (const ChartTick& tick : chart.x_ticks) {
        const double x = chart.X(tick.day, plot.x, plot.width);
        LayoutPtr label = MakeLayout(page.Pango(), EscapeMarkup(tick.label), kSmallSize - 0.5, 40);
        pango_layout_set_alignment(label.get(), PANGO_ALIGN_CENTER);
        DrawLayoutAt(cr, label.get(), x - 20, plot.Bottom() + 2, kMutedInk);
    }
}

void DrawTreatmentDays(cairo_t* cr, const DiaryChart& chart, const Box& plot) {
    const double day_width = plot.width / chart.days;
    SetColour(cr, kTreatmentBand);
    for (int day : chart.treatment_days) cairo_rectangle(cr, plot.x + day * day_width, plot.y, day_width, plot.height);
    cairo_fill(cr);
    SetColour(cr, kTreatmentTick);
    for (int day : chart.treatment_days) cairo_rectangle(cr, plot.x + day * day_width, plot.Bottom() - 3, day_width, 3);
    cairo_fill(cr);
}

// A line through consecutive days; a missing day breaks it, and a lone day shows as a dot.
void DrawSeries(cairo_t* cr, const DiaryChart& chart, const ChartSeries& s, const Box& plot) {
    SetColour(cr, ColourOf(s));
    cairo_set_line_width(cr, s.overall ? 2.0 : 1.1);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (size_t i = 0; i < s.points.size(); ++i) {
        const double x = chart.X(s.points[i].day, plot.x, plot.width), y = chart.Y(s.points[i].value, plot.y, plot.height);
        if (i > 0 && s.points[i - 1].day == s.points[i].day - 1) cairo_line_to(cr, x, y);
        else cairo_move_to(cr, x, y);
    }
    cairo_stroke(cr);
    for (size_t i = 0; i < s.points.size(); ++i) {
        const ChartPoint& p = s.points[i];
        const bool alone = (i == 0 || s.points[i - 1].day != p.day - 1) && (i + 1 == s.points.size() || s.points[i + 1].day != p.day + 1);
        if (!alone && !chart.DotsShown()) continue;
        cairo_new_sub_path(cr);
        cairo_arc(cr, chart.X(p.day, plot.x, plot.width), chart.Y(p.value, plot.y, plot.height), s.overall ? 1.8 : 1.2, 0, 6.2832);
        cairo_fill(cr);
    }
}

// Swatch and words per series, flowing in rows, then the treatment-day swatch; returns the height.
double DrawLegend(PageWriter& page, const DiaryChart& chart, double x0, double y0, double width) {
    cairo_t* cr = page.Cairo();
    double x = x0, y = y0;
    auto item = [&](Colour colour, bool band, const std::string& words) {
        LayoutPtr text = MakeLayout(page.Pango(), EscapeMarkup(words), kSmallSize, width);
        int w = 0, h = 0;
        pango_layout_get_size(text.get(), &w, &h);
        const double item_width = 16 + w / double(PANGO_SCALE) + 12;
        if (x + item_width > x0 + width && x > x0) {
            x = x0;
            y += kLegendRow;
        }
        SetColour(cr, colour);
        if (band) {
            cairo_rectangle(cr, x, y + 2, 12, 7);
            cairo_fill(cr);
        } else {
            cairo_set_line_width(cr, 2);
            cairo_move_to(cr, x, y + 5.5);
            cairo_line_to(cr, x + 12, y + 5.5);
            cairo_stroke(cr);
        }
        DrawLayoutAt(cr, text.get(), x + 16, y, kInk);
        x += item_width;
    };
    for (const ChartSeries& s : chart.series) item(ColourOf(s), false, s.label);
    item(kTreatmentTick, true, chart.treatment_label);
    if (!chart.more_areas.empty()) item(kMutedInk, false, chart.more_areas);
    return y + kLegendRow - y0;
}

}  // namespace

void DrawDiaryChart(PageWriter& page, const DiaryChart& chart, const Box& box) {
    const double legend = DrawLegend(page, chart, box.x, box.y, box.width);
    const Box plot{box.x + kAxisWidth, box.y + legend + 6, box.width - kAxisWidth - 4, box.height - legend - 6 - kDayLabelHeight};
    DrawTreatmentDays(page.Cairo(), chart, plot);
    DrawAxes(page, chart, plot);
    for (auto s = chart.series.rbegin(); s != chart.series.rend(); ++s) DrawSeries(page.Cairo(), chart, *s, plot);  // overall on top
}

}  // namespace ta::sheets
