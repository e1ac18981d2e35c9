// The safety screen: shown at first run and reachable from Help at any time. It says what the
// program is (education, not diagnosis), what the evidence is, and lists the red flags.
#pragma once

namespace ta::gui {

class App;

void DrawSafetyScreen(App& app);

// When the safety content is missing or broken, fills the window with the reason and a Quit
// button, and returns true: the caller then draws nothing else.
bool DrawSafetyContentError(App& app);

}  // namespace ta::gui
