// The safety screen: shown at first run and reachable from Help at any time. It says what the
// program is (education, not diagnosis), what the evidence is, and lists the red flags.
#pragma once

namespace ta::gui {

class App;

void DrawSafetyScreen(App& app);

}  // namespace ta::gui
