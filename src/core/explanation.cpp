// Explanation text. Region names repeat when several marks share a region, so they are listed
// once each, in the order the person made the marks.
#include "explanation.hpp"

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

std::string SpotCount(int n) { return n == 1 ? "1 spot" : std::to_string(n) + " spots"; }

}  // namespace

std::string ExplainCandidate(const Database& db, const Candidate& c, const std::vector<PainMark>& marks) {
    std::vector<std::string> main_zone, spill_zone, over_point;
    for (size_t m = 0; m < marks.size(); ++m) {
        const std::string& name = db.atlas.regions[marks[m].region].name;
        if (c.matches[m].zone == MatchKind::Essential) AddUnique(main_zone, name);
        if (c.matches[m].zone == MatchKind::Spillover) AddUnique(spill_zone, name);
        if (c.matches[m].over_trigger_point) AddUnique(over_point, name);
    }
    std::string text = marks.size() == 1 ? std::string("Explains your spot")
                                         : "Explains " + std::to_string(c.explained) + " of your " + SpotCount(static_cast<int>(marks.size()));
    std::vector<std::string> parts;
    if (!main_zone.empty()) parts.push_back(JoinNames(main_zone) + " in its main zone");
    if (!spill_zone.empty()) parts.push_back(JoinNames(spill_zone) + " in its spillover zone");
    if (!parts.empty()) text += ": " + parts[0] + (parts.size() > 1 ? "; " + parts[1] : "");
    text += ".";
    if (!over_point.empty())
        text += " One of its trigger points lies under your spot at the " + JoinNames(over_point) + ".";
    return text;
}

}  // namespace ta
