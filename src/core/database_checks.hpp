// Checks of every reference between content files and between content and atlas.
#pragma once

#include "database.hpp"

namespace ta {

void CheckUniqueIds(Database& db, Diagnostics& diagnostics);          // also fills the id indexes
void CheckContentReferences(const Database& db, Diagnostics& diagnostics);
std::vector<std::vector<int>> FlattenGroups(const Database& db, Diagnostics& diagnostics);  // reports cycles
void CheckAtlasAgainstContent(const Database& db, Diagnostics& diagnostics);
// The drawn referral patterns against the content's zones (pattern_checks.cpp); needs db.pattern_index.
void CheckPatterns(const Database& db, Diagnostics& diagnostics);

}  // namespace ta
