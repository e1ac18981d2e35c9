// Light and dark themes: ImGui's style plus the colours of the body chart, chosen for a calm,
// printed-anatomy-chart look (warm paper, muted skin, one strong red for pain).
#pragma once

#include <imgui.h>

namespace ta::gui {

struct Palette {
    ImU32 paper, skin, skin_outline, region_hover, region_marked, landmark;
    ImU32 mark, mark_ring, essential, spillover, trigger_point, muscle_outline, label;
    ImVec4 text_muted, warning, emergency, accent, score_bar;
};

// Applies the theme to ImGui's style (sizes scaled by `scale`) and returns the chart colours.
Palette ApplyTheme(bool dark, float scale);

}  // namespace ta::gui
