// The body art of the canvas as one OpenGL texture. The sheets' cairo drawing renders it again
// only when what it shows changes (view, zoom, pan, canvas size, or the muscles overlaid), so a
// frame does not re-tessellate the silhouette, landmarks, patterns, stipple and outlines; and the
// app's body looks like the printed sheet's. It reaches the screen as one textured quad in the
// window's draw list, with the shader Dear ImGui already uses: a framebuffer blit was about
// 1.5 ms cheaper per drawn frame on Mesa's llvmpipe, but its first use compiled a blit shader
// that delayed the first frame by 30-50 ms.
#pragma once

#include "coordinates.hpp"
#include "sheet_model.hpp"

#include <imgui.h>

namespace ta::gui {

class BodyTexture {
public:
    BodyTexture() = default;
    BodyTexture(const BodyTexture&) = delete;
    BodyTexture& operator=(const BodyTexture&) = delete;
    ~BodyTexture();

    // Draws the picture into the current window between `min` and `max` (screen points),
    // rendering it again first if it differs from the last one.
    void Draw(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, ImVec2 min, ImVec2 max, double ink,
              ImVec4 background);
    int Renders() const { return renders_; }   // how often it was redrawn (the state dump reports it)

private:
    unsigned texture_ = 0;
    SheetDiagram picture_;
    ViewTransform transform_;
    int width_ = 0, height_ = 0;
    double ink_ = 0;
    ImVec4 background_;
    int renders_ = 0;
};

}  // namespace ta::gui
