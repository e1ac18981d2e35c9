// Problems with the data, shown in the window rather than only on stderr: a screen of its own
// when no data was found (with where the app looked), a banner with the count when some files
// have errors or warnings, and the list of them (file:line, message, hint).
#pragma once

namespace ta::gui {

class App;

bool DrawNoDataScreen(App& app);      // true when it took the whole window
void DrawProblemsBanner(App& app);    // one line above the columns; nothing when all is well
void DrawProblemsWindow(App& app);    // the list, while app.show_problems

}  // namespace ta::gui
