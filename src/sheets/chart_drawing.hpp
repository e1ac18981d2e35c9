// Drawing the diary chart (the core's DiaryChart) with cairo: the progress page's chart, drawn
// from the same series, ticks and treatment days as the app's Diary panel.
#pragma once

#include "page_layout.hpp"

#include "diary_chart.hpp"

namespace ta::sheets {

// Draws the chart with its axes, treatment-day marks and legend inside `box`.
void DrawDiaryChart(PageWriter& page, const DiaryChart& chart, const Box& box);

}  // namespace ta::sheets
