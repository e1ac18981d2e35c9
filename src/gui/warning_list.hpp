// The "Check these first" list of warning signs, shown before any muscle: under the marks and
// above search results for a complaint.
#pragma once

#include "warning_signs.hpp"

#include <vector>

namespace ta::gui {

class App;
void DrawWarningList(App& app, const std::vector<WarningLine>& warnings);

}  // namespace ta::gui
