// Which regions a mark covers, and how an area is named in lists and reasons: by the regions it
// mostly lies in, as a person would say it ("right low back and right upper buttock").
#pragma once

#include "ranking.hpp"

#include <string>
#include <vector>

namespace ta {

// Under a drawn mark's footprint, most cells first; a region-only mark covers its one region.
std::vector<int> RegionsCovered(const Database& db, const PainMark& mark);

// The first two region names joined ("A and B"), "A, B and more" beyond that.
std::string RegionListName(const Database& db, const std::vector<int>& regions);

}  // namespace ta
