// Related muscles: group mates, then overlapping referral patterns.
#include "related_muscles.hpp"

#include <algorithm>
#include <unordered_map>

namespace ta {

namespace {

// Region -> strongest zone weight (essential or spillover) of the muscle's right instance.
std::unordered_map<int, double> ZoneStrengths(const Database& db, int muscle) {
    std::unordered_map<int, double> strengths;
    const auto index = static_cast<size_t>(MuscleInstance{muscle, Side::Right}.Index());
    if (index >= db.zones_by_instance.size()) return strengths;
    for (const ZoneWeight& z : db.zones_by_instance[index])
        strengths[z.region] = std::max(z.essential, z.spillover);
    return strengths;
}

}  // namespace

std::vector<int> RelatedMuscles(const Database& db, int muscle, size_t limit) {
    std::vector<int> related;
    auto add = [&](int other) {
        if (other != muscle && related.size() < limit && std::find(related.begin(), related.end(), other) == related.end())
            related.push_back(other);
    };
    for (int group : db.GroupsOf(muscle))
        for (int other : db.group_muscles[group]) add(other);

    const auto own = ZoneStrengths(db, muscle);
    std::vector<std::pair<double, int>> overlaps;
    for (int other = 0; other < static_cast<int>(db.content.muscles.size()); ++other) {
        if (other == muscle) continue;
        double overlap = 0;
        for (const auto& [region, weight] : ZoneStrengths(db, other))
            if (auto it = own.find(region); it != own.end()) overlap += std::min(weight, it->second);
        if (overlap > 0) overlaps.push_back({overlap, other});
    }
    std::stable_sort(overlaps.begin(), overlaps.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& entry : overlaps) add(entry.second);
    return related;
}

}  // namespace ta
