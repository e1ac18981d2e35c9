// The last frame, kept in an offscreen framebuffer and shown again when nothing on screen changed.
//
// Why: under a software renderer (Mesa's llvmpipe, as on virtual machines and remote desktops)
// rasterising Dear ImGui's thousands of text quads costs most of a frame, yet most frames draw
// exactly what the one before drew: the pointer rests while a person reads. A frame whose draw
// lists, body art and size are identical to the last drawn frame's is not drawn again.
// Identical input gives identical pixels, so nothing can go stale, provided every texture change
// is reported (Invalidate after a font rebuild; the body art's render count is part of the state).
//
// Where the last frame is kept depends on the driver. Mesa's software renderers present by
// copying the back buffer to the window, so it still holds the last frame: the frame is simply
// not drawn (a copy of the whole window would cost as much as drawing it, about 4 ms at
// 1280x800). A GPU driver may flip buffers, leaving the back buffer undefined, so there frames
// are drawn into an offscreen framebuffer and copied to the window, which a GPU does in
// microseconds.
#pragma once

#include <imgui.h>

#include <cstdint>

namespace ta::gui {

class FrameCache {
public:
    FrameCache() = default;
    // `back_buffer_kept`: the driver presents by copying, so the back buffer keeps the last frame.
    void SetBackBufferKept(bool kept) { back_buffer_kept_ = kept; }
    FrameCache(const FrameCache&) = delete;
    FrameCache& operator=(const FrameCache&) = delete;
    ~FrameCache();

    // Whether this frame must be drawn: true if its draw data, `art_state` or size differ from
    // the cached frame's. Then the framebuffer to draw into is bound.
    bool BeginFrame(const ImDrawData& draw, uint64_t art_state, int width, int height);
    // Puts the cached frame in the window's framebuffer (a copy, unless the back buffer is kept).
    void Present();
    // Forget the cached frame: a texture it used has changed (fonts rebuilt).
    void Invalidate() { valid_ = false; }
    int Draws() const { return draws_; }  // frames actually drawn (the state dump reports it)

private:
    unsigned framebuffer_ = 0, texture_ = 0;
    int width_ = 0, height_ = 0;
    uint64_t fingerprint_ = 0;
    bool valid_ = false;
    bool back_buffer_kept_ = false;
    int draws_ = 0;
};

}  // namespace ta::gui
