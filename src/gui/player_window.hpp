// The routine player: the steps listed with the current one highlighted, its picture, a large
// countdown with the hold, side and what comes next, previous / pause / next, and the step's
// position, instructions, the routine's dose and cautions. The core's RoutinePlayer decides what
// happens when; this window only lays it out.
#pragma once

namespace ta::gui {

class App;

void DrawPlayerWindow(App& app);

}  // namespace ta::gui
