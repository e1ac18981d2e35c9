// Technique pictures in the app's panels.
#include "technique_figure.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace ta::gui {

bool DrawFigure(App& app, const std::optional<FigureSpec>& figure, float max_width) {
    if (!figure) return false;
    app.figure_textures.Draw(*figure, std::min(ImGui::GetContentRegionAvail().x, max_width), ImGui::GetIO().DisplayFramebufferScale.x);
    return true;
}

}  // namespace ta::gui
