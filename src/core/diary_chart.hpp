// The diary's chart as data: overall pain and each area's intensity per day, the days something
// was done, and the axes' scales and ticks. The app (ImGui draw list) and the progress page
// (cairo) both draw this one model, so the screen and the paper show the same picture.
//
// One value per day: the mean over that day's entries (an area an entry does not mark counts as
// 0 that day); a day without entries has no point, and the line is broken there.
#pragma once

#include "database.hpp"
#include "diary.hpp"
#include "diary_activity.hpp"

#include <string>
#include <vector>

namespace ta {

struct ChartColour {
    float r = 0, g = 0, b = 0;
};

struct ChartPoint {
    int day = 0;          // days since the chart's first day
    double value = 0;     // 0 .. 10
};

struct ChartSeries {
    std::string label;    // "Overall", or the area's region name
    ChartColour colour;
    bool overall = false; // drawn heavier
    std::vector<ChartPoint> points;   // ascending days, at most one per day
};

struct ChartTick {
    int day = 0;
    std::string label;    // "30 Nov"
};

struct DiaryChart {
    int first_day = 0;                // DayNumber() of the x axis' first day
    int days = 1;                     // days on the x axis (at least 1)
    double y_max = kMaxOverall;
    std::vector<int> y_ticks;         // 0, 2, ... 10
    std::vector<ChartTick> x_ticks;
    std::vector<ChartSeries> series;  // overall first, then the areas, worst first
    std::vector<int> treatment_days;  // days with something done
    std::string y_label;              // "pain 0-10"
    std::string treatment_label;      // legend words for the treatment-day marks
    std::string more_areas;           // "2 more areas not drawn", or empty

    // Each day's value as a dot too, while the days are few enough for dots to stay apart.
    bool DotsShown() const { return days <= 62; }
    // Where a day and a value fall in a plot box (left/top/width/height in the drawer's units).
    double X(double day, double left, double width) const { return left + width * (day + 0.5) / days; }
    double Y(double value, double top, double height) const { return top + height * (1 - value / y_max); }
};

// Areas are named from the atlas when `db` is given (else by their region ids); at most
// `max_areas` of them are drawn, those with the highest peak first.
DiaryChart BuildDiaryChart(const std::vector<DiaryEntry>& entries, const Database* db, size_t max_areas = 5);
// Adds the days with logged activity (the app's timers and player) to the treatment days; days
// outside the chart's range (the entries') are left out.
void MarkActivityDays(DiaryChart& chart, const std::vector<DiaryActivity>& activity);

}  // namespace ta
