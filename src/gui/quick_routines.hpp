// The first screen's one-click routines: the content's routines with a <shortcut> line ("My back
// hurts now: 2-minute sequence", "Stand up and move"), each opening the routine player.
#pragma once

namespace ta::gui {

class App;

void DrawQuickRoutines(App& app);

}  // namespace ta::gui
