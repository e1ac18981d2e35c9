// Fonts: DejaVu Sans (Debian's fonts-dejavu-core) found through fontconfig and rasterised by
// FreeType, rebuilt at the right pixel size whenever the UI scale changes.
#pragma once

#include <string>

struct ImFont;

namespace ta::gui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;   // panel titles, the muscle's name
    ImFont* small = nullptr;     // explanations, captions
    float size = 16;             // the body size in pixels: the unit all spacing is a multiple of
};

// Full path of the best match for a fontconfig pattern ("DejaVu Sans:bold"); empty if none.
std::string FindFontFile(const std::string& pattern);

// Rebuilds ImGui's font atlas at `scale` x the base size. Falls back to ImGui's built-in font
// (ASCII only) when no font file is found, so the app still starts.
Fonts LoadFonts(float scale);

}  // namespace ta::gui
