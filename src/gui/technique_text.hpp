// How a technique's texts are laid out, shared by the muscle panel, the guide windows and the
// routine player, so steps and cautions look the same wherever they appear.
#pragma once

#include <string>
#include <vector>

namespace ta::gui {

class App;

void NumberedSteps(const std::vector<std::string>& steps);
void Cautions(App& app, const std::vector<std::string>& cautions);   // in a warning-coloured box

}  // namespace ta::gui
