// How a muscle is named on every surface: its name with the group a person may know it by
// ("Longissimus thoracis — erector spinae"), so the app, the CLI and the sheets agree.
#pragma once

#include "database.hpp"

#include <string>
#include <vector>

namespace ta {

// The names of the muscle's groups as they read in running text ("erector spinae",
// "paraspinals"), most specific first.
std::vector<std::string> GroupNames(const Database& db, int muscle);

// "Longissimus thoracis — erector spinae"; just the name for a muscle in no group.
std::string MuscleHeading(const Database& db, int muscle);

}  // namespace ta
