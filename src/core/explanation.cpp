// Explanation text. Region names repeat when several marks share a region, so they are listed
// once each, in the order the person made the marks.
#include "explanation.hpp"

#include "mark_regions.hpp"

#include <algorithm>

namespace ta {

namespace {

std::string JoinNames(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
        out += names[i];
    }
    return out;
}

void AddUnique(std::vector<std::string>& names, const std::string& name) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

std::string PlaceCount(int n, bool areas) {
    const char* word = areas ? (n == 1 ? "area" : "areas") : (n == 1 ? "spot" : "spots");
    return std::to_string(n) + " " + word;
}

// "most of your area at the right low back" for a painted area; the region's name for a click.
std::string PlaceName(const Database& db, const PainMark& mark, const std::string& area_name, const MarkMatch& match) {
    if (area_name.empty()) return db.atlas.regions[mark.region].name;
    const char* amount = match.share >= 0.75 ? "most of" : match.share >= 0.4 ? "much of" : match.share >= 0.15 ? "part of" : "a little of";
    return std::string(amount) + " your area at the " + area_name;
}

}  // namespace

bool IsArea(const PainMark& mark) {
    return mark.strokes.size() > 1 || (mark.strokes.size() == 1 && mark.strokes[0].points.size() > 1);
}

std::string AreaName(const Database& db, const std::vector<std::pair<int, long>>& regions_under) {
    std::vector<int> regions;
    for (size_t i = 0; i < regions_under.size() && i < 2; ++i) regions.push_back(regions_under[i].first);
    return RegionListName(db, regions);
}

std::string ExplainCandidate(const Database& db, const Candidate& c, const std::vector<PainMark>& marks,
                             const std::vector<std::string>& area_names) {
    std::vector<std::string> main_zone, spill_zone, over_point;
    bool any_area = false;
    for (size_t m = 0; m < marks.size(); ++m) {
        any_area |= IsArea(marks[m]);
        const std::string name = PlaceName(db, marks[m], area_names[m], c.matches[m]);
        if (c.matches[m].zone == MatchKind::Essential) AddUnique(main_zone, name);
        if (c.matches[m].zone == MatchKind::Spillover) AddUnique(spill_zone, name);
        if (c.matches[m].over_trigger_point) AddUnique(over_point, db.atlas.regions[marks[m].region].name);
    }
    std::string text = marks.size() == 1 ? std::string(any_area ? "Explains your area" : "Explains your spot")
                                         : "Explains " + std::to_string(c.explained) + " of your " + PlaceCount(static_cast<int>(marks.size()), any_area);
    std::vector<std::string> parts;
    if (!main_zone.empty()) parts.push_back(JoinNames(main_zone) + " in its main zone");
    if (!spill_zone.empty()) parts.push_back(JoinNames(spill_zone) + " in its spillover zone");
    if (!parts.empty()) text += ": " + parts[0] + (parts.size() > 1 ? "; " + parts[1] : "");
    text += ".";
    if (!over_point.empty())
        text += std::string(" One of its trigger points lies under your ") + (any_area ? "marks" : "spot") + " at the " + JoinNames(over_point) + ".";
    return text;
}

}  // namespace ta
