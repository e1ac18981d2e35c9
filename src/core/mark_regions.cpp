// Regions under marks, and their names.
#include "mark_regions.hpp"

namespace ta {

std::vector<int> RegionsCovered(const Database& db, const PainMark& mark) {
    if (mark.view < 0 || static_cast<size_t>(mark.view) >= db.pattern_index.size() || mark.strokes.empty()) return {mark.region};
    const RegionGrid& grid = db.pattern_index[mark.view].regions;
    std::vector<int> regions;
    for (const auto& [region, cells] : RegionsUnder(grid, MarkFootprint(grid, mark.strokes))) regions.push_back(region);
    if (regions.empty()) regions.push_back(mark.region);
    return regions;
}

std::string RegionListName(const Database& db, const std::vector<int>& regions) {
    auto name = [&](size_t i) { return db.atlas.regions[regions[i]].name; };
    if (regions.empty()) return {};
    if (regions.size() == 1) return name(0);
    if (regions.size() == 2) return name(0) + " and " + name(1);
    return name(0) + ", " + name(1) + " and more";
}

}  // namespace ta
