// The list of marks under the body: each spot with its intensity and quality, editable and
// removable, plus undo, redo and clear all.
#pragma once

namespace ta::gui {

class App;

void DrawMarksPanel(App& app);

}  // namespace ta::gui
