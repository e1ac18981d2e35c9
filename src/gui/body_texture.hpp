// The body art of the canvas as one OpenGL texture. The sheets' cairo drawing renders it again
// only when what it shows changes (view, zoom, pan, canvas size, or the muscles overlaid), so a
// frame does not re-tessellate the silhouette, landmarks, patterns, stipple and outlines; and the
// app's body looks like the printed sheet's. The texture reaches the screen by a framebuffer blit
// before Dear ImGui draws, a plain copy even on a software renderer, where drawing it as a
// textured quad cost a third of a frame.
#pragma once

#include "coordinates.hpp"
#include "sheet_model.hpp"

#include <imgui.h>

#include <cstdint>

namespace ta::gui {

class BodyTexture {
public:
    BodyTexture() = default;
    BodyTexture(const BodyTexture&) = delete;
    BodyTexture& operator=(const BodyTexture&) = delete;
    ~BodyTexture();

    // Renders the picture into the texture now if it differs from the last one.
    void Prepare(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, int width, int height, double ink,
                    ImVec4 background);
    // Where this frame's art goes (screen pixels); BlitQueued copies it there, under the UI.
    void QueueBlit(ImVec2 min, ImVec2 max);
    uint64_t QueuedPlace() const;  // a fingerprint of where the art goes this frame; 0 if nowhere
    // Call after clearing and before rendering ImGui's draw data, with the frame's framebuffer
    // bound for drawing; `pixels_per_point` is the drawable's size over the window's (HiDPI).
    void BlitQueued(int framebuffer_height, float pixels_per_point);
    int Renders() const { return renders_; }   // how often it was redrawn (the state dump reports it)

private:
    unsigned texture_ = 0, framebuffer_ = 0;
    bool queued_ = false;
    ImVec2 queued_min_, queued_max_;
    SheetDiagram picture_;
    ViewTransform transform_;
    int width_ = 0, height_ = 0;
    double ink_ = 0;
    ImVec4 background_;
    int renders_ = 0;
};

}  // namespace ta::gui
