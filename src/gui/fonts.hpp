// Fonts: DejaVu Sans (Debian's fonts-dejavu-core) found through fontconfig and rasterised by
// FreeType, rebuilt at the right pixel size whenever the UI scale changes.
#pragma once

#include <imgui.h>

#include <memory>
#include <string>

namespace ta::gui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;   // panel titles, the muscle's name
    ImFont* small = nullptr;     // explanations, captions
    ImFont* countdown = nullptr; // the routine player's large digits (digits and the colon only)
    float size = 16;             // the body size in pixels: the unit all spacing is a multiple of
};

// The font files the app uses; an empty path means fontconfig found nothing.
struct FontFiles {
    std::string regular, bold;
};

// Full path of the best match for a fontconfig pattern ("DejaVu Sans:bold"); empty if none.
std::string FindFontFile(const std::string& pattern);
// Asks fontconfig for the app's fonts. Its first call reads fontconfig's configuration and cache
// (tens of milliseconds), so it runs off the UI thread while the window opens (PrepareFonts).
FontFiles FindFontFiles();

// The fonts found and rasterised before ImGui's context exists, on another thread while the
// OpenGL context is made (about 15 ms of FreeType); the context then takes the atlas over
// (ImGui::CreateContext(atlas)), so the first frame does not wait for it.
struct PreparedFonts {
    std::unique_ptr<ImFontAtlas> atlas;  // must outlive the ImGui context that uses it
    FontFiles files;
    Fonts fonts;
    float scale = 1;                     // the display scale x the UI scale they were built for
};

// Any thread, with no ImGui context in existence yet (ImGui counts allocations in its context).
PreparedFonts PrepareFonts(float scale);

// Rebuilds ImGui's font atlas at `scale` x the base size. Falls back to ImGui's built-in font
// (ASCII only) when a font file is missing, so the app still starts.
Fonts LoadFonts(float scale, const FontFiles& files);

}  // namespace ta::gui
