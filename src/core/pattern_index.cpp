// Rasterising the views' regions and patterns, and measuring a marked area against them.
#include "pattern_index.hpp"

#include "database.hpp"

#include <algorithm>
#include <unordered_map>

namespace ta {

namespace {

int GridCols(const View& view) { return std::max(0, CellColumn(view.canvas.max_x)); }
int GridRows(const View& view) { return std::max(0, CellRow(view.canvas.max_y)); }

}  // namespace

RegionGrid RasterizeRegions(const View& view) {
    RegionGrid grid;
    grid.cols = GridCols(view);
    grid.rows = GridRows(view);
    grid.labels.assign(static_cast<size_t>(grid.cols) * grid.rows, -1);
    for (const RegionShape& region : view.regions)
        for (const CellRun& run : RasterizeShape(region.shape, view.canvas).runs)
            for (int col = std::max(run.first, 0); col <= run.last && col < grid.cols; ++col)
                if (run.row >= 0 && run.row < grid.rows) grid.labels[static_cast<size_t>(run.row) * grid.cols + col] = static_cast<std::int16_t>(region.region);
    return grid;
}

void IndexPatterns(Database& db) {
    db.pattern_index.clear();
    const size_t instances = db.content.muscles.size() * 2;
    for (const View& view : db.atlas.views) {
        ViewPatternIndex index;
        index.regions = RasterizeRegions(view);
        index.instance_drawn.assign(instances, false);
        for (size_t i = 0; i < view.patterns.size(); ++i) {
            const ReferralPattern& pattern = view.patterns[i];
            auto point = db.FindTriggerPoint(pattern.trigger_point);
            if (!point) continue;
            const int instance = MuscleInstance{point->muscle, pattern.side}.Index();
            index.instance_drawn[instance] = true;
            index.patterns.push_back({static_cast<int>(i), instance, point->trigger_point, pattern.kind, RasterizeShape(pattern.shape, view.canvas)});
        }
        db.pattern_index.push_back(std::move(index));
    }
}

std::vector<PatternOverlap> PatternOverlaps(const Database& db, int view, const CellWeights& area) {
    std::vector<PatternOverlap> out;
    if (view < 0 || static_cast<size_t>(view) >= db.pattern_index.size() || area.Total() <= 0) return out;
    // Per (instance, trigger point): the fractions in its essential and spillover shapes.
    std::unordered_map<long, PatternOverlap> by_point;
    for (const IndexedPattern& p : db.pattern_index[view].patterns) {
        const double under = area.Under(p.cells);
        if (under <= 0) continue;
        PatternOverlap& o = by_point.try_emplace(static_cast<long>(p.instance) * 4096 + p.trigger_point, PatternOverlap{p.instance, 0, 0}).first->second;
        (p.kind == PatternKind::Essential ? o.essential : o.spillover) += under / area.Total();
    }
    // Per instance, its best trigger point: essential counts fully, spillover at 0.4 (ranking.hpp).
    std::unordered_map<int, PatternOverlap> best;
    auto value = [](const PatternOverlap& o) { return o.essential + 0.4 * o.spillover; };
    for (const auto& [key, o] : by_point) {
        auto [it, inserted] = best.try_emplace(o.instance, o);
        if (!inserted && value(o) > value(it->second)) it->second = o;
    }
    for (auto& [instance, o] : best) out.push_back({instance, std::min(o.essential, 1.0), std::min(o.spillover, 1.0)});
    std::sort(out.begin(), out.end(), [](const PatternOverlap& a, const PatternOverlap& b) { return a.instance < b.instance; });
    return out;
}

}  // namespace ta
