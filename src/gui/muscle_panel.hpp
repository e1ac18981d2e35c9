// The muscle panel: everything about the selected muscle (where it is, its trigger points, what
// people notice, causes, techniques with numbered steps, dose, cautions and a hold timer, related
// muscles, self-tests and routines), plus the guide window for self-tests.
#pragma once

namespace ta::gui {

class App;

void DrawMusclePanel(App& app);
void DrawGuideWindows(App& app);  // the open self-test, as a floating window (routines: player_window)

}  // namespace ta::gui
