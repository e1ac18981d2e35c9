// A technique's or self-test's picture as data: the shapes of a posed stick figure, its
// furniture, the tool on the body and an arrow, in figure space (figure_library.hpp; the floor
// at y = 0). The sheets draw them with cairo, the app uploads that drawing as a texture, and
// `show --json` prints them, so every front end shows the same picture.
#pragma once

#include "content.hpp"
#include "figure_library.hpp"

#include <vector>

namespace ta {

using figures::FigurePoint;

// What a shape is, so each renderer picks the colours: furniture, the far limbs (behind, paler),
// the body, the stretched or treated spot, the tool, the arrow.
enum class FigureRole { Prop, FarBody, Body, Target, Tool, Arrow };
const char* FigureRoleName(FigureRole role);

// Capsule: a polyline stroked `width` wide with round ends (limbs). Disc: a circle of diameter
// `width` centred on points[0]. Fill: a filled polygon (trunk, furniture, arrowheads).
// Line: a thin stroke `width` wide (edges, the strap, an arrow's shaft).
enum class FigureForm { Capsule, Disc, Fill, Line };
const char* FigureFormName(FigureForm form);

struct FigureShape {
    FigureRole role = FigureRole::Body;
    FigureForm form = FigureForm::Capsule;
    std::vector<FigurePoint> points;
    double width = 0;
};

struct FigureBox {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    double Width() const { return max_x - min_x; }
    double Height() const { return max_y - min_y; }
};

struct FigureDrawing {
    std::vector<FigureShape> shapes;  // in drawing order
    FigureBox view_box;               // what to show: the whole figure, or a close-up
};

// Draws the figure a <figure> element names. Names the library does not know give an empty
// drawing (the loader has already reported them).
FigureDrawing DrawFigure(const FigureSpec& spec);

}  // namespace ta
