// The body chart: view switcher and marking tools above a canvas that draws the current view
// (silhouette, regions, marks, the zones and trigger points of the candidate under the mouse or
// the selected muscle) and turns mouse input into marks, zoom and pan.
#pragma once

namespace ta::gui {

class App;

void DrawBodyToolbar(App& app);
void DrawBodyCanvas(App& app);

}  // namespace ta::gui
