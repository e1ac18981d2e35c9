// Placing trigger-point numbers: candidate spots around each point, nearest first and turned away
// from its neighbours; the first spot that covers no mark, number or leader line wins.
#include "point_labels.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ta {

namespace {

double Distance(ViewPixel a, ViewPixel b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Distance from `p` to the segment from `a` to `b`.
double SegmentDistance(ViewPixel p, ViewPixel a, ViewPixel b) {
    const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return Distance(p, {a.x + t * dx, a.y + t * dy});
}

// Crosses shrink so they stay apart from their nearest neighbour, but never below 40 % of full
// size: a point must still read as a ✕.
std::vector<double> MarkRadii(const std::vector<ViewPixel>& points, const PointLabelStyle& style) {
    std::vector<double> radii(points.size(), style.mark_radius);
    for (size_t i = 0; i < points.size(); ++i)
        for (size_t j = 0; j < points.size(); ++j)
            if (i != j) radii[i] = std::min(radii[i], std::max(0.4 * style.mark_radius, 0.45 * Distance(points[i], points[j])));
    return radii;
}

// The way a number turns: away from the points near it (nearer ones count more), else up and
// to the right, where the charts put it.
ViewPixel AwayFromNeighbours(const std::vector<ViewPixel>& points, size_t i, double reach) {
    double x = 0, y = 0;
    for (size_t j = 0; j < points.size(); ++j) {
        const double d = Distance(points[i], points[j]);
        if (j == i || d >= reach) continue;
        if (d < 1e-9) {  // the same spot: any way out will do, but a different one for each
            x += std::cos(static_cast<double>(i)), y += std::sin(static_cast<double>(i));
            continue;
        }
        const double weight = (reach - d) / reach;
        x += weight * (points[i].x - points[j].x) / d;
        y += weight * (points[i].y - points[j].y) / d;
    }
    const double length = std::hypot(x, y);
    if (length < 1e-9) return {std::sqrt(0.5), -std::sqrt(0.5)};
    return {x / length, y / length};
}

ViewPixel Turned(ViewPixel direction, double degrees) {
    const double a = degrees * M_PI / 180, c = std::cos(a), s = std::sin(a);
    return {direction.x * c - direction.y * s, direction.x * s + direction.y * c};
}

class Placer {
public:
    Placer(const std::vector<ViewPixel>& points, const PointLabelStyle& style, const LabelArea& area)
        : points_(points), radii_(MarkRadii(points, style)), style_(style), area_(area) {}

    std::vector<PointLabel> PlaceAll() {
        const double reach = 4 * (style_.mark_radius + style_.label_radius);
        for (size_t i = 0; i < points_.size(); ++i) Place(i, AwayFromNeighbours(points_, i, reach));
        return placed_;
    }

private:
    // Rings of spots, nearest first; on each ring the preferred way first, then alternately
    // either side of it. Beyond the first ring a number needs its leader line.
    void Place(size_t i, ViewPixel way) {
        static constexpr double kRings[] = {1, 1.8, 2.6, 3.6};
        static constexpr double kTurns[] = {0, 30, -30, 60, -60, 90, -90, 120, -120, 150, -150, 180};
        const double near = radii_[i] + style_.label_radius + style_.gap;
        std::optional<PointLabel> fallback;
        for (double ring : kRings)
            for (double turn : kTurns) {
                const ViewPixel d = Turned(way, turn);
                const PointLabel label{points_[i], radii_[i], {points_[i].x + d.x * near * ring, points_[i].y + d.y * near * ring}, ring > 1};
                if (!Inside(label.label) || CoversLabels(label)) continue;
                if (!CoversPoints(label, i)) return placed_.push_back(label);
                if (!fallback) fallback = label;
            }
        // Nowhere clear: beside the point on the preferred side, or the first spot clear of numbers.
        placed_.push_back(fallback.value_or(PointLabel{points_[i], radii_[i], {points_[i].x + way.x * near, points_[i].y + way.y * near}, false}));
    }

    bool Inside(ViewPixel c) const {
        const double b = style_.label_radius;
        return c.x - b >= area_.min_x && c.x + b <= area_.max_x && c.y - b >= area_.min_y && c.y + b <= area_.max_y;
    }

    // The disc or its leader over another point's cross.
    bool CoversPoints(const PointLabel& label, size_t own) const {
        for (size_t j = 0; j < points_.size(); ++j) {
            if (j == own) continue;
            if (Distance(label.label, points_[j]) < style_.label_radius + radii_[j] + style_.gap) return true;
            if (label.leader && SegmentDistance(points_[j], label.label, label.point) < radii_[j] + style_.gap) return true;
        }
        return false;
    }

    // The disc or its leader over a number already placed, or the disc over an earlier leader.
    bool CoversLabels(const PointLabel& label) const {
        const double b = style_.label_radius, gap = style_.gap;
        for (const PointLabel& other : placed_) {
            if (Distance(label.label, other.label) < 2 * b + gap) return true;
            if (label.leader && SegmentDistance(other.label, label.label, label.point) < b + gap) return true;
            if (other.leader && SegmentDistance(label.label, other.label, other.point) < b + gap) return true;
        }
        return false;
    }

    const std::vector<ViewPixel>& points_;
    std::vector<double> radii_;
    PointLabelStyle style_;
    LabelArea area_;
    std::vector<PointLabel> placed_;
};

}  // namespace

std::vector<PointLabel> PlacePointLabels(const std::vector<ViewPixel>& points, const PointLabelStyle& style, const LabelArea& area) {
    return Placer(points, style, area).PlaceAll();
}

}  // namespace ta
