// Where a technique's, exercise's or self-test's picture goes: the muscle panel, the self-test
// window and the routine player call this at the place the figure belongs. The figure (a pose,
// the tool and an arrow, drawn by code from what the content names) is rendered once into a
// texture by FigureTextures.
#pragma once

#include "content.hpp"

#include <imgui.h>

#include <optional>

namespace ta::gui {

class App;

// Draws the figure at most `max_width` wide (and never wider than the space left) and returns
// true; returns false, drawing nothing, when there is no figure.
bool DrawFigure(App& app, const std::optional<FigureSpec>& figure, float max_width);

}  // namespace ta::gui
