// Drawing one atlas view with cairo, in vector form: the stipple is real dots, not an image.
#include "body_diagram.hpp"

#include "coordinates.hpp"
#include "palette.hpp"
#include "point_labels.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ta::sheets {

namespace {

struct Placement {
    ViewTransform transform;
    double x = 0, y = 0;  // the box's corner
    double ink = 1;       // line widths, dots and crosses are in points times this
    void MoveTo(cairo_t* cr, AtlasPoint p) const {
        ViewPixel v = transform.AtlasToView(p);
        cairo_move_to(cr, x + v.x, y + v.y);
    }
    void LineTo(cairo_t* cr, AtlasPoint p) const {
        ViewPixel v = transform.AtlasToView(p);
        cairo_line_to(cr, x + v.x, y + v.y);
    }
    ViewPixel At(AtlasPoint p) const {
        ViewPixel v = transform.AtlasToView(p);
        return {x + v.x, y + v.y};
    }
};

void ShapePath(cairo_t* cr, const Placement& at, const Shape& shape) {
    for (const Polygon& ring : shape.rings) {
        if (ring.empty()) continue;
        at.MoveTo(cr, ring.front());
        for (size_t i = 1; i < ring.size(); ++i) at.LineTo(cr, ring[i]);
        cairo_close_path(cr);
    }
}

bool Contains(const std::vector<int>& list, int value) { return std::find(list.begin(), list.end(), value) != list.end(); }

// Dots on a staggered grid, clipped to the region: the classic charts' stipple for spillover.
void Stipple(cairo_t* cr, const Placement& at, const Shape& shape) {
    const double kSpacing = 2.5 * at.ink, kRadius = 0.65 * at.ink;
    cairo_save(cr);
    ShapePath(cr, at, shape);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    cairo_clip(cr);
    double x0, y0, x1, y1;
    cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
    SetColour(cr, kSpillover);
    // Filled a batch at a time: a long thin zone clips to the whole picture, and one path of all
    // its dots once took gigabytes.
    constexpr int kBatch = 4096;
    int row = 0, dots = 0;
    for (double y = std::floor(y0 / kSpacing) * kSpacing; y <= y1; y += kSpacing, ++row) {
        const double shift = (row % 2) * kSpacing / 2;
        for (double x = std::floor(x0 / kSpacing) * kSpacing + shift; x <= x1; x += kSpacing) {
            cairo_move_to(cr, x + kRadius, y);
            cairo_arc(cr, x, y, kRadius, 0, 2 * M_PI);
            if (++dots % kBatch == 0) cairo_fill(cr);
        }
    }
    cairo_fill(cr);
    cairo_restore(cr);
}

void FillShape(cairo_t* cr, const Placement& at, const Shape& shape, Colour colour) {
    ShapePath(cr, at, shape);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    SetColour(cr, colour);
    cairo_fill(cr);
}

// Spillover stippled first, so the solid essential areas of several muscles stay on top.
void DrawZones(cairo_t* cr, const Placement& at, const View& view, const SheetDiagram& d) {
    for (const RegionShape& r : view.regions) {
        if (Contains(d.essential_regions, r.region)) FillShape(cr, at, r.shape, kEssential);
        else if (Contains(d.spillover_regions, r.region)) Stipple(cr, at, r.shape);
        else if (Contains(d.marked_regions, r.region)) FillShape(cr, at, r.shape, kMarkedRegion);
    }
    for (int i : d.spillover_patterns) Stipple(cr, at, view.patterns[i].shape);
    for (int i : d.essential_patterns) FillShape(cr, at, view.patterns[i].shape, kEssential);
}

void DrawLandmarks(cairo_t* cr, const Placement& at, const View& view) {
    SetColour(cr, kLandmark);
    cairo_set_line_width(cr, 0.45 * at.ink);
    for (const Landmark& l : view.landmarks) {
        for (const Subpath& line : l.lines) {
            if (line.points.empty()) continue;
            at.MoveTo(cr, line.points.front());
            for (size_t i = 1; i < line.points.size(); ++i) at.LineTo(cr, line.points[i]);
            if (line.closed) cairo_close_path(cr);
        }
        cairo_stroke(cr);
    }
}

// The muscle, lightly filled; its outline dashed when it lies under other muscles.
void DrawMuscle(cairo_t* cr, const Placement& at, const Shape& shape, bool deep) {
    FillShape(cr, at, shape, kMuscleFill);
    ShapePath(cr, at, shape);
    SetColour(cr, kMuscleOutline);
    cairo_set_line_width(cr, 0.9 * at.ink);
    const double dash[] = {3.0 * at.ink, 2.0 * at.ink};
    cairo_set_dash(cr, dash, deep ? 2 : 0, 0);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
}

void Cross(cairo_t* cr, ViewPixel c, double half, double width, Colour colour) {
    SetColour(cr, colour);
    cairo_set_line_width(cr, width);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_move_to(cr, c.x - half, c.y - half);
    cairo_line_to(cr, c.x + half, c.y + half);
    cairo_move_to(cr, c.x - half, c.y + half);
    cairo_line_to(cr, c.x + half, c.y - half);
    cairo_stroke(cr);
}

// An X with a white halo, so it reads on the red zone too; `size` 1 is full size.
void TriggerPointX(cairo_t* cr, ViewPixel c, double ink = 1, double size = 1) {
    Cross(cr, c, 3.2 * ink * size, 3.2 * ink, {1, 1, 1});
    Cross(cr, c, 3.2 * ink * size, 1.4 * ink, kTriggerPoint);
}

// Sizes of the ✕ (with its halo) and the number's disc, in points times `ink`.
PointLabelStyle LabelStyle(double ink) { return {4.8 * ink, 5.6 * ink, 1.2 * ink}; }

// A thin line from a moved number to its point, with a white edge so it reads on the red zone.
void Leader(cairo_t* cr, const PointLabel& label, double ink) {
    for (const auto& [width, colour] : {std::pair{2.2 * ink, Colour{1, 1, 1}}, std::pair{0.8 * ink, kTriggerPoint}}) {
        cairo_move_to(cr, label.label.x, label.label.y);
        cairo_line_to(cr, label.point.x, label.point.y);
        SetColour(cr, colour);
        cairo_set_line_width(cr, width);
        cairo_stroke(cr);
    }
}

// The trigger points: leaders under the crosses, numbers on top, placed by the core's rule.
void DrawTriggerPoints(cairo_t* cr, const Placement& at, const View& view, const SheetDiagram& d, const Box& box) {
    std::vector<ViewPixel> points;
    for (int i : d.trigger_points) points.push_back(at.At(view.trigger_points[i].position));
    const PointLabelStyle style = LabelStyle(at.ink);
    const auto labels = PlacePointLabels(points, style, {box.x, box.y, box.x + box.width, box.y + box.height});
    const auto numbered = [&](size_t i) { return i < d.point_numbers.size() && d.point_numbers[i] > 0; };
    for (size_t i = 0; i < labels.size(); ++i)
        if (numbered(i) && labels[i].leader) Leader(cr, labels[i], at.ink);
    for (size_t i = 0; i < labels.size(); ++i)
        TriggerPointX(cr, points[i], at.ink, labels[i].mark_radius / style.mark_radius);
    for (size_t i = 0; i < labels.size(); ++i)
        if (numbered(i)) DrawNumberDisc(cr, labels[i].label.x, labels[i].label.y, d.point_numbers[i], at.ink);
}

// A painted area: its strokes in order (the eraser cuts), as one translucent shape with a white
// edge so it reads over the red zones; a click at least a visible dot. `strong` for the selection.
void PaintedArea(cairo_t* cr, const Placement& at, const std::vector<Stroke>& strokes, bool strong) {
    cairo_push_group(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const Stroke& s : strokes) {
        if (s.points.empty()) continue;
        cairo_set_operator(cr, s.erase ? CAIRO_OPERATOR_CLEAR : CAIRO_OPERATOR_SOURCE);
        SetColour(cr, kMark);
        const double width = std::max(2 * s.radius * at.transform.zoom, s.points.size() == 1 && !s.erase ? 7.2 * at.ink : 0.0);
        cairo_set_line_width(cr, width);
        at.MoveTo(cr, s.points.front());
        for (size_t i = 1; i < s.points.size(); ++i) at.LineTo(cr, s.points[i]);
        if (s.points.size() == 1) cairo_rel_line_to(cr, 0, 0);  // a round cap draws the dot
        cairo_stroke(cr);
    }
    cairo_pop_group_to_source(cr);
    cairo_paint_with_alpha(cr, strong ? 0.8 : 0.55);
}

// Grows `r` about its centre to the box's proportions and at least `min_height` tall.
Rect ToAspect(Rect r, double box_width, double box_height, double min_height) {
    double w = r.max_x - r.min_x, h = std::max(r.max_y - r.min_y, min_height);
    const double aspect = box_width / box_height;
    if (w / h < aspect) w = h * aspect; else h = w / aspect;
    const double cx = (r.min_x + r.max_x) / 2, cy = (r.min_y + r.max_y) / 2;
    return {cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
}

// Slides `r` back inside `limit` where it can, so the crop does not show empty canvas.
Rect SlideInside(Rect r, const Rect& limit) {
    auto slide = [](double& lo, double& hi, double min, double max) {
        if (hi - lo >= max - min) {
            const double c = (min + max) / 2, half = (hi - lo) / 2;
            lo = c - half, hi = c + half;
        } else if (lo < min) {
            hi += min - lo, lo = min;
        } else if (hi > max) {
            lo -= hi - max, hi = max;
        }
    };
    slide(r.min_x, r.max_x, limit.min_x, limit.max_x);
    slide(r.min_y, r.max_y, limit.min_y, limit.max_y);
    return r;
}

// The atlas area a diagram shows, before it is fitted to the box's proportions.
Rect DiagramFocus(const Database& db, const SheetDiagram& d, DiagramFraming framing) {
    const View& view = db.atlas.views[d.view];
    const Rect& body = view.silhouette.bounds;
    if (framing == DiagramFraming::Whole) return body;
    Rect focus = Rect::Nothing();
    for (const RegionShape& r : view.regions)
        if (Contains(d.essential_regions, r.region) || Contains(d.spillover_regions, r.region)) focus.Include(r.shape.bounds);
    for (int i : d.essential_patterns) focus.Include(view.patterns[i].shape.bounds);
    for (int i : d.spillover_patterns) focus.Include(view.patterns[i].shape.bounds);
    for (int i : d.outlines) focus.Include(view.muscles[i].shape.bounds);
    for (int i : d.trigger_points) focus.Include(view.trigger_points[i].position);
    if (focus.Empty()) return body;
    // Some surroundings, so a person sees where on the body this is.
    const double pad = 0.08 * (body.max_y - body.min_y);
    return {focus.min_x - pad, focus.min_y - pad, focus.max_x + pad, focus.max_y + pad};
}

// The drawing itself, once placed: skin, zones, landmarks, outlines, trigger points, marks.
void DrawPlaced(cairo_t* cr, const Database& db, const SheetDiagram& d, const Box& box, const Placement& at) {
    const View& view = db.atlas.views[d.view];
    cairo_save(cr);
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    cairo_clip(cr);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    FillShape(cr, at, view.silhouette, kSkin);
    DrawZones(cr, at, view, d);
    DrawLandmarks(cr, at, view);
    for (int i : d.outlines) DrawMuscle(cr, at, view.muscles[i].shape, view.muscles[i].deep);
    ShapePath(cr, at, view.silhouette);
    SetColour(cr, kSkinOutline);
    cairo_set_line_width(cr, 0.8 * at.ink);
    cairo_stroke(cr);
    DrawTriggerPoints(cr, at, view, d, box);
    for (size_t i = 0; i < d.areas.size(); ++i) PaintedArea(cr, at, d.areas[i], static_cast<int>(i) == d.selected_area);
    cairo_restore(cr);
}

}  // namespace

void DrawBodyDiagram(cairo_t* cr, const Database& db, const SheetDiagram& d, const Box& box, DiagramFraming framing) {
    const Rect& body = db.atlas.views[d.view].silhouette.bounds;
    Rect shown = ToAspect(DiagramFocus(db, d, framing), box.width, box.height, 0.35 * (body.max_y - body.min_y));
    shown = SlideInside(shown, {body.min_x - 10, body.min_y - 10, body.max_x + 10, body.max_y + 10});
    DrawPlaced(cr, db, d, box, {ViewTransform::Fit(shown, box.width, box.height, 2), box.x, box.y, 1});
}

void DrawBodyDiagramAt(cairo_t* cr, const Database& db, const SheetDiagram& d, const ViewTransform& transform, const Box& box, double ink) {
    DrawPlaced(cr, db, d, box, {transform, box.x, box.y, ink});
}

void DrawLegendSwatch(cairo_t* cr, LegendSwatch swatch, const Box& box) {
    const Shape square{{{{0, 0}, {box.width, 0}, {box.width, box.height}, {0, box.height}}}, {}};
    const Placement unit{ViewTransform{1, {0, 0}}, box.x, box.y};  // swatch shapes in points
    switch (swatch) {
        case LegendSwatch::Essential:
            cairo_rectangle(cr, box.x, box.y, box.width, box.height);
            SetColour(cr, kEssential);
            cairo_fill(cr);
            break;
        case LegendSwatch::Spillover: Stipple(cr, unit, square); break;
        case LegendSwatch::TriggerPoint: TriggerPointX(cr, {box.x + box.width / 2, box.y + box.height / 2}); break;
        case LegendSwatch::Muscle: DrawMuscle(cr, unit, square, false); break;
        case LegendSwatch::DeepMuscle: DrawMuscle(cr, unit, square, true); break;
    }
}

}  // namespace ta::sheets
