// Colours per role, and each shape's form as a cairo path: limbs as round-capped strokes with a
// darker outline, so the figure reads at thumbnail size and in grey print.
#include "figure_render.hpp"

#include "palette.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>

namespace ta::sheets {

namespace {

struct RoleStyle {
    Colour fill, outline;
};

constexpr Colour kPropFill{0.87, 0.87, 0.85}, kPropOutline{0.55, 0.55, 0.52};
constexpr Colour kFarSkin{0.93, 0.91, 0.89}, kFarOutline{0.66, 0.60, 0.55};
constexpr Colour kToolFill{0.20, 0.45, 0.80}, kToolOutline{0.08, 0.22, 0.45};
constexpr Colour kArrow{0.88, 0.42, 0.05};
constexpr Colour kTarget{0.80, 0.12, 0.12, 0.45};

RoleStyle StyleOf(FigureRole role) {
    switch (role) {
    case FigureRole::Prop: return {kPropFill, kPropOutline};
    case FigureRole::FarBody: return {kFarSkin, kFarOutline};
    case FigureRole::Body: return {kSkin, kSkinOutline};
    case FigureRole::Target: return {kTarget, kTarget};
    case FigureRole::Tool: return {kToolFill, kToolOutline};
    case FigureRole::Arrow: return {kArrow, kArrow};
    }
    return {kSkin, kSkinOutline};
}

void SetColour(cairo_t* cr, const Colour& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

void PolylinePath(cairo_t* cr, const FigureShape& shape) {
    cairo_new_path(cr);
    for (const auto& p : shape.points) cairo_line_to(cr, p.x, p.y);
}

// `outline` is in figure units: about one output unit whatever the scale.
void DrawShape(cairo_t* cr, const FigureShape& shape, double outline) {
    const RoleStyle style = StyleOf(shape.role);
    const bool outlined = shape.role != FigureRole::Target && shape.role != FigureRole::Arrow;
    switch (shape.form) {
    case FigureForm::Capsule:
    case FigureForm::Line:
        if (shape.points.empty()) return;
        PolylinePath(cr, shape);
        if (shape.points.size() == 1) cairo_line_to(cr, shape.points[0].x, shape.points[0].y);
        if (outlined && shape.form == FigureForm::Capsule) {
            SetColour(cr, style.outline);
            cairo_set_line_width(cr, shape.width + 2 * outline);
            cairo_stroke_preserve(cr);
        }
        SetColour(cr, shape.form == FigureForm::Line && shape.role != FigureRole::Arrow ? style.outline : style.fill);
        cairo_set_line_width(cr, shape.width);
        cairo_stroke(cr);
        return;
    case FigureForm::Disc:
        if (shape.points.empty()) return;
        cairo_new_path(cr);
        cairo_arc(cr, shape.points[0].x, shape.points[0].y, shape.width / 2, 0, 2 * M_PI);
        SetColour(cr, style.fill);
        cairo_fill_preserve(cr);
        if (outlined) {
            SetColour(cr, style.outline);
            cairo_set_line_width(cr, outline);
            cairo_stroke(cr);
        }
        cairo_new_path(cr);
        return;
    case FigureForm::Fill:
        PolylinePath(cr, shape);
        cairo_close_path(cr);
        SetColour(cr, style.fill);
        if (shape.width > 0) {  // rounded corners: stroke in the fill colour, outline around it
            if (outlined) {
                SetColour(cr, style.outline);
                cairo_set_line_width(cr, shape.width + 2 * outline);
                cairo_stroke_preserve(cr);
                SetColour(cr, style.fill);
            }
            cairo_set_line_width(cr, shape.width);
            cairo_stroke_preserve(cr);
        }
        cairo_fill(cr);
        return;
    }
}

}  // namespace

void DrawTechniqueFigure(cairo_t* cr, const FigureDrawing& drawing, double x, double y, double width, double height) {
    const FigureBox& box = drawing.view_box;
    if (drawing.shapes.empty() || box.Width() <= 0 || box.Height() <= 0 || width <= 0 || height <= 0) return;
    const double scale = std::min(width / box.Width(), height / box.Height());
    cairo_save(cr);
    cairo_rectangle(cr, x, y, width, height);
    cairo_clip(cr);
    cairo_translate(cr, x + (width - box.Width() * scale) / 2, y + (height - box.Height() * scale) / 2);
    cairo_scale(cr, scale, scale);
    cairo_translate(cr, -box.min_x, -box.min_y);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    const double outline = std::clamp(0.9 / scale, 0.5, 1.6);
    for (const auto& shape : drawing.shapes) DrawShape(cr, shape, outline);
    cairo_restore(cr);
}

BodyImage RenderFigureImage(const FigureDrawing& drawing, int width, int height, const double background[3]) {
    return RenderToImage(width, height, background, [&](cairo_t* cr) {
        DrawTechniqueFigure(cr, drawing, 2, 2, width - 4, height - 4);
    });
}

}  // namespace ta::sheets
