// Where a technique's or exercise's picture goes: the muscle panel and the routine player call
// this at the place the figure belongs. Figures (a pose, the tool and an arrow, drawn by code from
// what the content names) come with issue 16's first item; until a technique has one, this draws
// nothing and returns false, and the caller lays out its text without a picture.
#pragma once

#include <imgui.h>

namespace ta {
struct Technique;
}

namespace ta::gui {

class App;

// Draws the figure within `max_size` (font-relative sizes) and returns true, or returns false.
bool DrawTechniqueFigure(App& app, const Technique& technique, ImVec2 max_size);

}  // namespace ta::gui
