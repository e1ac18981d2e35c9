// The figure hook: no technique has a figure yet (see technique_figure.hpp).
#include "technique_figure.hpp"

namespace ta::gui {

bool DrawTechniqueFigure(App&, const Technique&, ImVec2) { return false; }

}  // namespace ta::gui
