// A countdown where the eye is: large minutes and seconds, what is happening now ("Hold 2 of 3,
// left side"), a progress bar and what comes next. The box flashes when a hold ends, for people
// with the sound off; the same widget serves the routine player and a technique's single hold.
#pragma once

namespace ta {
class RoutinePlayer;
}

namespace ta::gui {

class App;

enum class CountdownSize { Large, Compact };

void DrawCountdown(App& app, const RoutinePlayer& player, CountdownSize size);

}  // namespace ta::gui
