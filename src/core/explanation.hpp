// Plain-language reasons for a ranked candidate: which spots fall in which zone.
#pragma once

#include "ranking.hpp"

#include <string>
#include <vector>

namespace ta {

// "Explains 2 of your 3 spots: right temple in its main zone; right top of shoulder in its
// spillover zone. One of its trigger points lies under your spot at the right top of shoulder."
std::string ExplainCandidate(const Database& db, const Candidate& candidate, const std::vector<PainMark>& marks);

}  // namespace ta
