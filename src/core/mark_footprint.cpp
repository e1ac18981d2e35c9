// Rasterising strokes into weighted cells.
#include "mark_footprint.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

double DistanceToSegment(AtlasPoint p, AtlasPoint a, AtlasPoint b) {
    const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double DistanceToStroke(AtlasPoint p, const Stroke& stroke) {
    if (stroke.points.size() == 1) return std::hypot(p.x - stroke.points[0].x, p.y - stroke.points[0].y);
    double best = 1e300;
    for (size_t i = 1; i < stroke.points.size(); ++i) best = std::min(best, DistanceToSegment(p, stroke.points[i - 1], stroke.points[i]));
    return best;
}

// Strokes apply in order: paint raises a cell's weight, the eraser clears it.
float CellWeight(AtlasPoint centre, const std::vector<Stroke>& strokes) {
    float weight = 0;
    for (const Stroke& s : strokes) {
        const double beyond = DistanceToStroke(centre, s) - s.radius;
        if (s.erase) {
            if (beyond <= 0) weight = 0;
        } else if (beyond <= 0) {
            weight = 1;
        } else if (beyond < kSoftMargin) {
            weight = std::max(weight, static_cast<float>(kMarginWeight * (1 - beyond / kSoftMargin)));
        }
    }
    return weight;
}

double DistanceBetweenStrokes(const Stroke& a, const Stroke& b) {
    double best = 1e300;
    for (const AtlasPoint& p : a.points) best = std::min(best, DistanceToStroke(p, b));
    for (const AtlasPoint& p : b.points) best = std::min(best, DistanceToStroke(p, a));
    return best;
}

}  // namespace

bool StrokesCover(const std::vector<Stroke>& strokes, AtlasPoint point) {
    bool covered = false;
    for (const Stroke& s : strokes)
        if (DistanceToStroke(point, s) <= s.radius) covered = !s.erase;
    return covered;
}

// Segment-to-segment distance is approximated by point-to-polyline both ways, exact enough for
// strokes sampled a few units apart.
bool StrokesTouch(const std::vector<Stroke>& a, const std::vector<Stroke>& b) {
    for (const Stroke& sa : a) {
        if (sa.erase) continue;
        for (const Stroke& sb : b)
            if (!sb.erase && DistanceBetweenStrokes(sa, sb) <= sa.radius + sb.radius) return true;
    }
    return false;
}

std::vector<std::pair<int, long>> RegionsUnder(const RegionGrid& grid, const CellWeights& footprint) {
    std::vector<std::pair<int, long>> counts;
    for (int row = footprint.MinRow(); row < footprint.MinRow() + footprint.Rows(); ++row)
        for (int col = footprint.MinCol(); col < footprint.MinCol() + footprint.Cols(); ++col) {
            const int region = grid.At(col, row);
            if (region < 0 || footprint.At(col, row) < 1) continue;
            auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == region; });
            if (it == counts.end()) counts.emplace_back(region, 1);
            else ++it->second;
        }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return counts;
}

CellWeights MarkFootprint(const RegionGrid& grid, const std::vector<Stroke>& strokes) {
    Rect bounds = Rect::Nothing();
    for (const Stroke& s : strokes)
        for (const AtlasPoint& p : s.points) {
            const double reach = s.radius + kSoftMargin;
            bounds.Include(AtlasPoint{p.x - reach, p.y - reach});
            bounds.Include(AtlasPoint{p.x + reach, p.y + reach});
        }
    if (bounds.Empty()) return CellWeights(0, 0, 0, 0);
    const int min_col = std::max(0, CellColumn(bounds.min_x)), min_row = std::max(0, CellRow(bounds.min_y));
    const int max_col = std::min(grid.cols - 1, CellColumn(bounds.max_x)), max_row = std::min(grid.rows - 1, CellRow(bounds.max_y));
    CellWeights weights(min_col, min_row, max_col - min_col + 1, max_row - min_row + 1);
    for (int row = min_row; row <= max_row; ++row)
        for (int col = min_col; col <= max_col; ++col)
            if (grid.At(col, row) >= 0) weights.Set(col, row, CellWeight(CellCentre(col, row), strokes));
    weights.Finish();
    return weights;
}

}  // namespace ta
