// Muscle search: Ctrl+F or "/" focuses the box, results update as you type, the arrow keys move
// through them and Enter opens the highlighted one (the top one unless you moved).
#pragma once

namespace ta::gui {

class App;

void DrawSearchBox(App& app);
// True while the search box has results to show (the candidates panel then steps aside).
bool SearchHasResults(App& app);

}  // namespace ta::gui
