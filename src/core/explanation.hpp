// Plain-language reasons for a ranked candidate: which spots fall in which zone.
#pragma once

#include "ranking.hpp"

#include <string>
#include <vector>

namespace ta {

// "Explains 2 of your 3 spots: right temple in its main zone; right top of shoulder in its
// spillover zone. One of its trigger points lies under your spot at the right top of shoulder."
// `area_names` from AreaNames, computed once per ranking: naming an area means rasterising it.
std::string ExplainCandidate(const Database& db, const Candidate& candidate, const std::vector<PainMark>& marks,
                             const std::vector<std::string>& area_names);

// For each painted area, where most of it is ("right low back and right upper buttock"); empty
// for clicks and region-only marks, which are named by their region.
std::vector<std::string> AreaNames(const Database& db, const std::vector<PainMark>& marks);

}  // namespace ta
