// Where a mark covers the body, as cell weights: a click is a small disc, a painted stroke a
// band along its polyline. Inside, a cell weighs 1; a soft margin around the edge weighs less
// and less, so a spot just outside a pattern's border still counts a little. Cells off the body
// weigh nothing, so painting past the outline does not dilute the area.
#pragma once

#include "cell_raster.hpp"
#include "pattern_index.hpp"

#include <utility>
#include <vector>

namespace ta {

constexpr double kClickRadius = 8;   // atlas units: about a fingertip on the full-body views
constexpr double kSoftMargin = 12;   // weights fall from kMarginWeight to 0 across it
constexpr float kMarginWeight = 0.3f;

struct Stroke {
    std::vector<AtlasPoint> points;  // one point for a click
    double radius = kClickRadius;
    bool erase = false;              // the eraser: takes its band away from the strokes before it
    friend bool operator==(const Stroke&, const Stroke&) = default;
};

CellWeights MarkFootprint(const RegionGrid& grid, const std::vector<Stroke>& strokes);

// The regions under the inside of a footprint (weight 1 cells), most cells first.
std::vector<std::pair<int, long>> RegionsUnder(const RegionGrid& grid, const CellWeights& footprint);

// Whether a point lies on the painted part of the strokes (within a radius, not erased).
bool StrokesCover(const std::vector<Stroke>& strokes, AtlasPoint point);
// Whether two sets of strokes touch or overlap (painted parts only).
bool StrokesTouch(const std::vector<Stroke>& a, const std::vector<Stroke>& b);

}  // namespace ta
