// How large the desktop wants things drawn, read once at start: GDK_SCALE (an explicit choice of
// the person's desktop), then Xft.dpi from the X resources (what GNOME, KDE and Xfce set for
// their text-scaling setting), then the DPI SDL reports for the display. 1 means 96 DPI.
#pragma once

#include <optional>
#include <string_view>

struct SDL_Window;

namespace ta::gui {

float DisplayScale(SDL_Window* window);
// The best guess before a window exists: GDK_SCALE when set, else 1 (most desktops).
float ExpectedDisplayScale();

// The pieces, separated for tests: "Xft.dpi:\t144" in an X resource string gives 1.5; values
// outside 0.5 .. 4 are ignored.
std::optional<float> ScaleFromXResources(std::string_view resources);
std::optional<float> ScaleFromGdkScale(const char* value);

}  // namespace ta::gui
