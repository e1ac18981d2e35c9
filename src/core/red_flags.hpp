// Which red flags matter for the spots a person marked. Shown before any self-treatment advice:
// emergencies first (in the order safety.xml lists them, so the cardiac warning leads), then
// flags for a doctor, then the flags that apply wherever the pain is.
#pragma once

#include "database.hpp"

#include <vector>

namespace ta {

struct RelevantRedFlag {
    int flag = -1;                 // index into content.safety.red_flags
    std::vector<int> regions;      // the marked regions that triggered it; empty for general flags
};

std::vector<RelevantRedFlag> RedFlagsForRegions(const Database& db, const std::vector<int>& marked_regions);

}  // namespace ta
