// Muscles worth a look next to a given one: those sharing a group with it, then those whose
// referral zones cover the same regions. Used by the muscle panel and the sheets.
#pragma once

#include "database.hpp"

#include <vector>

namespace ta {

// Each muscle once, never `muscle` itself: group mates first (in group order), then the others
// ranked by how much of their referral pattern overlaps (sum over shared regions of the smaller
// zone weight), at most `limit` in all.
std::vector<int> RelatedMuscles(const Database& db, int muscle, size_t limit = 8);

}  // namespace ta
