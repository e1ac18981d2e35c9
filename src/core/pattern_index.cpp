// Rasterising the views' regions and patterns, and measuring a marked area against them.
#include "pattern_index.hpp"

#include "database.hpp"

#include <algorithm>

namespace ta {

namespace {

int GridCols(const View& view) { return std::max(0, CellColumn(view.canvas.max_x)); }
int GridRows(const View& view) { return std::max(0, CellRow(view.canvas.max_y)); }

void CombineInstances(ViewPatternIndex& index) {
    std::vector<int> drawn;
    for (const IndexedPattern& p : index.patterns)
        if (std::find(drawn.begin(), drawn.end(), p.instance) == drawn.end()) drawn.push_back(p.instance);
    std::sort(drawn.begin(), drawn.end());
    for (int instance : drawn) {
        std::vector<const CellRaster*> essential, spillover;
        for (const IndexedPattern& p : index.patterns)
            if (p.instance == instance) (p.kind == PatternKind::Essential ? essential : spillover).push_back(&p.cells);
        InstancePatterns combined{instance, UnionOf(essential), {}};
        combined.spillover = Minus(UnionOf(spillover), combined.essential);
        index.instances.push_back(std::move(combined));
    }
}

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
        CombineInstances(index);
        db.pattern_index.push_back(std::move(index));
    }
}

size_t ViewPatternIndex::Bytes() const {
    size_t bytes = regions.labels.size() * sizeof(std::int16_t) + instance_drawn.size() / 8;
    for (const IndexedPattern& p : patterns) bytes += sizeof p + p.cells.runs.size() * sizeof(CellRun);
    for (const InstancePatterns& i : instances) bytes += sizeof i + (i.essential.runs.size() + i.spillover.runs.size()) * sizeof(CellRun);
    return bytes;
}

std::vector<PatternOverlap> PatternOverlaps(const Database& db, int view, const CellWeights& area) {
    std::vector<PatternOverlap> out;
    if (view < 0 || static_cast<size_t>(view) >= db.pattern_index.size() || area.Total() <= 0) return out;
    for (const InstancePatterns& i : db.pattern_index[view].instances) {
        const double essential = area.Under(i.essential) / area.Total(), spillover = area.Under(i.spillover) / area.Total();
        if (essential > 0 || spillover > 0) out.push_back({i.instance, std::min(essential, 1.0), std::min(spillover, 1.0)});
    }
    return out;
}

}  // namespace ta
