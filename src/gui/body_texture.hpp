// The body art of the canvas as one OpenGL texture. The sheets' cairo drawing renders it again
// only when what it shows changes (view, zoom, pan, canvas size, or the muscles overlaid), so a
// frame draws one quad instead of re-tessellating the silhouette, landmarks, patterns, stipple
// and outlines; and the app's body looks like the printed sheet's.
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

    // The texture for this picture, rendered now if it differs from the last one.
    ImTextureID Get(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, int width, int height, double ink,
                    ImVec4 background);
    // Draws the texture as an opaque quad: blending off, which halves its cost on a software renderer.
    void Draw(ImDrawList* dl, ImTextureID texture, ImVec2 min, ImVec2 max) const;
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
