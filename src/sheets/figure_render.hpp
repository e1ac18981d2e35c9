// Draws a technique's figure (core/technique_figure.hpp) with cairo: on the sheets beside each
// technique, and into the app's cached textures.
#pragma once

#include "body_image.hpp"
#include "technique_figure.hpp"

namespace ta::sheets {

// Fits the figure's view box into the rectangle, centred, and clips to it.
void DrawTechniqueFigure(_cairo* cr, const FigureDrawing& drawing, double x, double y, double width, double height);

// The figure as an opaque image, for the app.
BodyImage RenderFigureImage(const FigureDrawing& drawing, int width, int height, const double background[3]);

}  // namespace ta::sheets
