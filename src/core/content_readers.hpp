// One reader per content file kind. Each appends what it can read to `content` and reports every
// problem; cross-references between files are checked later, by the Database.
#pragma once

#include "content.hpp"
#include "diagnostics.hpp"

#include <string>

namespace ta {

class ElementReader;

void ReadMuscleFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadGroupsFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadSourcesFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadSafetyFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadSelfTestsFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadRoutinesFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadConditionsFile(const std::string& file, Content& content, Diagnostics& diagnostics);
void ReadExercisesFile(const std::string& file, Content& content, Diagnostics& diagnostics);

// The children every technique shares (title, tool, position, steps, dose, cautions), read into
// `t` with their checks: muscles' techniques and exercises are read alike, so an element added
// here reaches both.
void ReadTechniqueBody(const ElementReader& e, Technique& t);

}  // namespace ta
