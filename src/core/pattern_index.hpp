// The drawn referral patterns joined to the content's trigger points and rasterised, per view,
// with each view's regions as a grid of cell labels. Ranking asks it how much of a marked area
// lies in each muscle's patterns; the loader asks it whether the art agrees with the content.
#pragma once

#include "atlas.hpp"
#include "cell_raster.hpp"

#include <cstdint>
#include <vector>

namespace ta {

struct Database;

// Region labels per cell: the region whose shape contains the cell's centre, -1 off the body.
struct RegionGrid {
    int cols = 0, rows = 0;
    std::vector<std::int16_t> labels;
    int At(int col, int row) const {
        return col < 0 || row < 0 || col >= cols || row >= rows ? -1 : labels[static_cast<size_t>(row) * cols + col];
    }
    friend bool operator==(const RegionGrid&, const RegionGrid&) = default;
};

struct IndexedPattern {
    int source = -1;          // index into view.patterns
    int instance = -1;        // MuscleInstance::Index()
    int trigger_point = -1;   // index into the muscle's trigger_points
    PatternKind kind = PatternKind::Essential;
    CellRaster cells;
    friend bool operator==(const IndexedPattern&, const IndexedPattern&) = default;
};

// All of one muscle instance's patterns on a view: the union of its trigger points' essential
// areas, and of their spillover areas less the essential ones. A painted area down the back is
// explained by the muscle's points together, not by its best single point.
struct InstancePatterns {
    int instance = -1;
    CellRaster essential, spillover;
    friend bool operator==(const InstancePatterns&, const InstancePatterns&) = default;
};

struct ViewPatternIndex {
    RegionGrid regions;
    std::vector<IndexedPattern> patterns;
    std::vector<InstancePatterns> instances;  // by instance index order, drawn ones only
    std::vector<bool> instance_drawn;  // by instance: has at least one pattern on this view
    size_t Bytes() const;              // memory held by the rasters and grid
    friend bool operator==(const ViewPatternIndex&, const ViewPatternIndex&) = default;
};

// How much of a marked area lies in one muscle instance's patterns on one view: the weighted
// fractions of the area in its essential and in its spillover areas.
struct PatternOverlap {
    int instance = -1;
    double essential = 0, spillover = 0;  // 0 .. 1
};

RegionGrid RasterizeRegions(const View& view);

// Fills db.pattern_index. Patterns naming an unknown muscle or trigger point are reported by
// CheckPatterns and skipped here.
void IndexPatterns(Database& db);

// Every instance drawn on the view with a non-zero overlap; `area` from MarkFootprint.
std::vector<PatternOverlap> PatternOverlaps(const Database& db, int view, const CellWeights& area);

}  // namespace ta
