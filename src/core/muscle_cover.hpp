// The fewest candidates that together explain every explainable pain mark.
#pragma once

#include "ranking.hpp"

#include <vector>

namespace ta {

// Exact for covers of up to four muscles (the usual case); greedy beyond. Among covers of the
// same size, the one with the highest total score wins. Returns indexes into `candidates`.
std::vector<int> FindCover(const std::vector<Candidate>& candidates, size_t mark_count);

}  // namespace ta
