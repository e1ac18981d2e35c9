// The muscle panel: everything about the selected muscle (where it is, its trigger points, what
// people notice, causes, techniques with numbered steps, dose, cautions and a hold timer, related
// muscles, self-tests and routines), plus the guide windows for self-tests and routines.
#pragma once

namespace ta::gui {

class App;

void DrawMusclePanel(App& app);
void DrawGuideWindows(App& app);  // the open self-test and routine, as floating windows
void DrawTimer(App& app);         // the running hold timer, with a stop button

}  // namespace ta::gui
