// The candidates panel: the red flags that matter for the marked regions (emergencies first),
// the nerve warning, the ranked muscles with a score bar and the reason, and the fewest muscles
// that explain every spot. Hovering a candidate overlays its zones on the body.
#pragma once

namespace ta::gui {

class App;

void DrawCandidatesPanel(App& app);

}  // namespace ta::gui
