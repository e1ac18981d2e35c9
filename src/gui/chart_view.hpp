// The diary chart on screen: the core's DiaryChart drawn with the ImGui draw list, the same
// series, ticks and treatment days as the progress page prints.
#pragma once

#include "theme.hpp"

#include "diary_chart.hpp"

#include <imgui.h>

namespace ta::gui {

// Draws the legend and the chart in the next `height` of the current window, full width.
void DrawDiaryChart(const DiaryChart& chart, float height, const Palette& palette);

}  // namespace ta::gui
