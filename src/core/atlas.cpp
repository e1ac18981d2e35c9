// Atlas lookups and hit-testing.
#include "atlas.hpp"

#include "id_lookup.hpp"

namespace ta {

const char* SideName(Side side) {
    switch (side) {
    case Side::Right: return "right";
    case Side::Left: return "left";
    case Side::Midline: return "midline";
    }
    return "midline";
}

Side OppositeSide(Side side) {
    if (side == Side::Right) return Side::Left;
    if (side == Side::Left) return Side::Right;
    return Side::Midline;
}

const char* PatternKindName(PatternKind kind) { return kind == PatternKind::Essential ? "essential" : "spillover"; }

std::optional<int> View::RegionAt(AtlasPoint p) const {
    if (!silhouette.Contains(p)) return std::nullopt;
    for (const auto& r : regions)
        if (r.shape.Contains(p)) return r.region;
    return std::nullopt;
}

std::optional<AtlasPoint> View::FindAnchor(std::string_view name, Side side) const {
    for (const Anchor& a : anchors)
        if (a.name == name && (a.side == side || a.side == Side::Midline)) return a.position;
    return std::nullopt;
}

bool View::ShowsRegion(int region) const {
    for (const auto& r : regions)
        if (r.region == region) return true;
    return false;
}

void Atlas::BuildIndex() {
    region_index_.clear();
    base_index_.clear();
    right_of_base_.assign(bases.size(), -1);
    left_of_base_.assign(bases.size(), -1);
    for (size_t i = 0; i < bases.size(); ++i) base_index_.emplace(bases[i].id, static_cast<int>(i));
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        region_index_.emplace(r.id, static_cast<int>(i));
        if (r.side != Side::Left) right_of_base_[r.base] = static_cast<int>(i);
        if (r.side != Side::Right) left_of_base_[r.base] = static_cast<int>(i);
    }
}

std::optional<int> Atlas::FindRegion(std::string_view id) const { return LookupId(region_index_, id); }

std::optional<int> Atlas::ResolveRegion(std::string_view id) const {
    if (auto found = LookupId(region_index_, id)) return found;
    return LookupId(retired_index_, id);
}

bool Atlas::RetireBase(const std::string& old_base, const std::string& now_base) {
    auto base = FindBase(now_base);
    if (!base) return false;
    const bool paired = bases[*base].paired;
    retired_index_[old_base] = RegionFor(*base, Side::Right);  // an old midline id: the right one, as good a guess as any
    retired_index_["right-" + old_base] = RegionFor(*base, paired ? Side::Right : Side::Midline);
    retired_index_["left-" + old_base] = RegionFor(*base, paired ? Side::Left : Side::Midline);
    retired_bases_.emplace_back(old_base, now_base);
    return true;
}

std::optional<int> Atlas::FindBase(std::string_view id) const { return LookupId(base_index_, id); }

std::optional<int> Atlas::FindView(std::string_view id) const {
    for (size_t i = 0; i < views.size(); ++i)
        if (views[i].id == id) return static_cast<int>(i);
    return std::nullopt;
}

int Atlas::RegionFor(int base, Side side) const {
    return side == Side::Left ? left_of_base_[base] : right_of_base_[base];
}

}  // namespace ta
