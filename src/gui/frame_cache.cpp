// The offscreen copy of the last frame and the fingerprint that decides whether to redraw it.
#include "frame_cache.hpp"

#define GL_GLEXT_PROTOTYPES 1  // framebuffer objects, exported by libGL
#include <SDL_opengl.h>

#include <cstring>

namespace ta::gui {

namespace {

// A 64-bit multiply-xor hash over bytes, eight at a time: a few hundred microseconds at most
// for a full frame's vertices, against milliseconds to rasterise them in software.
class Hasher {
public:
    void Add(const void* data, size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            uint64_t word = 0;
            std::memcpy(&word, bytes + i, 8);
            Mix(word);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, bytes + i, size - i);
        Mix(tail ^ size);
    }
    template <typename T> void AddValue(const T& value) { Add(&value, sizeof value); }
    uint64_t Value() const { return h_; }

private:
    void Mix(uint64_t word) {
        h_ ^= word;
        h_ *= 0x9E3779B97F4A7C15ull;
        h_ ^= h_ >> 29;
    }
    uint64_t h_ = 0xCBF29CE484222325ull;
};

uint64_t Fingerprint(const ImDrawData& draw, uint64_t art_state, int width, int height) {
    Hasher h;
    h.AddValue(art_state);
    h.AddValue(width);
    h.AddValue(height);
    h.AddValue(draw.DisplayPos);
    h.AddValue(draw.DisplaySize);
    h.AddValue(draw.FramebufferScale);
    for (int i = 0; i < draw.CmdListsCount; ++i) {
        const ImDrawList& list = *draw.CmdLists[i];
        h.Add(list.VtxBuffer.Data, static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        h.Add(list.IdxBuffer.Data, static_cast<size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            h.AddValue(cmd.ClipRect);
            h.AddValue(cmd.TextureId);
            h.AddValue(cmd.VtxOffset);
            h.AddValue(cmd.IdxOffset);
            h.AddValue(cmd.ElemCount);
            // A callback draws something the lists do not show: never reuse such a frame.
            if (cmd.UserCallback) h.AddValue(reinterpret_cast<uintptr_t>(&cmd) ^ static_cast<uint64_t>(ImGui::GetFrameCount()));
        }
    }
    return h.Value();
}

}  // namespace

FrameCache::~FrameCache() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (texture_) glDeleteTextures(1, &texture_);
}

bool FrameCache::BeginFrame(const ImDrawData& draw, uint64_t art_state, int width, int height) {
    const uint64_t fingerprint = Fingerprint(draw, art_state, width, height);
    if (valid_ && fingerprint == fingerprint_ && width == width_ && height == height_) return false;
    fingerprint_ = fingerprint;
    valid_ = true;
    ++draws_;
    if (back_buffer_kept_) {
        width_ = width, height_ = height;
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return true;
    }
    if (!texture_ || width != width_ || height != height_) {
        if (!texture_) glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_BGRA, GL_UNSIGNED_BYTE, nullptr);
        if (!framebuffer_) glGenFramebuffers(1, &framebuffer_);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
        width_ = width, height_ = height;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    return true;
}

void FrameCache::Present() {
    if (back_buffer_kept_) return;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace ta::gui
