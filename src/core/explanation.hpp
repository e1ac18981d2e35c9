// Plain-language reasons for a ranked candidate: which spots fall in which zone.
#pragma once

#include "ranking.hpp"

#include <string>
#include <vector>

namespace ta {

// "Explains 2 of your 3 spots: right temple in its main zone; right top of shoulder in its
// spillover zone. One of its trigger points lies under your spot at the right top of shoulder."
// `area_names[m]`: AreaName of mark m if it is an area, else empty (named by its region). The
// ranking computes them while it has each area's cells at hand.
std::string ExplainCandidate(const Database& db, const Candidate& candidate, const std::vector<PainMark>& marks,
                             const std::vector<std::string>& area_names);

// A painted area (more than a click) is named by where most of it is.
bool IsArea(const PainMark& mark);
// "right low back and right upper buttock": the two regions with most cells (from RegionsUnder).
std::string AreaName(const Database& db, const std::vector<std::pair<int, long>>& regions_under);

}  // namespace ta
