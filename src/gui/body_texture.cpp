// Uploading the cairo rendering of the body as an OpenGL texture.
#include "body_texture.hpp"

#include "body_image.hpp"

#define GL_GLEXT_PROTOTYPES 1  // glBlitFramebuffer and friends, exported by libGL
#include <SDL_opengl.h>

#include <algorithm>
#include <cstring>

namespace ta::gui {

BodyTexture::~BodyTexture() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (texture_) glDeleteTextures(1, &texture_);
}

void BodyTexture::Prepare(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, int width, int height,
                             double ink, ImVec4 background) {
    const bool same = texture_ && picture == picture_ && transform.zoom == transform_.zoom && transform.origin.x == transform_.origin.x &&
                      transform.origin.y == transform_.origin.y && width == width_ && height == height_ && ink == ink_ &&
                      background.x == background_.x && background.y == background_.y && background.z == background_.z;
    if (!same) {
        const double paint[3] = {background.x, background.y, background.z};
        sheets::BodyImage image = sheets::RenderBodyImage(db, picture, transform, width, height, ink, paint);
        // OpenGL's first row is the bottom one; flipped here, the blit is a straight copy.
        const size_t row = static_cast<size_t>(image.width) * 4;
        for (int y = 0; y < image.height / 2; ++y)
            std::swap_ranges(image.rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(y)),
                             image.rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(y + 1)),
                             image.rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<size_t>(image.height - 1 - y)));
        if (!texture_) glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        if (!framebuffer_) glGenFramebuffers(1, &framebuffer_);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
        glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
        picture_ = picture;
        transform_ = transform;
        width_ = width, height_ = height, ink_ = ink, background_ = background;
        ++renders_;
    }
}

uint64_t BodyTexture::QueuedPlace() const {
    if (!queued_) return 0;
    const float corners[4] = {queued_min_.x, queued_min_.y, queued_max_.x, queued_max_.y};
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (float c : corners) {
        uint32_t bits = 0;
        std::memcpy(&bits, &c, sizeof bits);
        h = (h ^ bits) * 0x100000001B3ull;
    }
    return h;
}

void BodyTexture::QueueBlit(ImVec2 min, ImVec2 max) {
    queued_ = true;
    queued_min_ = min;
    queued_max_ = max;
}

void BodyTexture::BlitQueued(int framebuffer_height, float pixels_per_point) {
    if (!queued_ || !framebuffer_) return;
    queued_ = false;
    const auto px = [&](float v) { return static_cast<GLint>(v * pixels_per_point + 0.5f); };
    const GLint x0 = px(queued_min_.x), x1 = px(queued_max_.x);
    const GLint y0 = framebuffer_height - px(queued_max_.y), y1 = framebuffer_height - px(queued_min_.y);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);  // into whatever is bound for drawing
    glBlitFramebuffer(0, 0, width_, height_, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
}

}  // namespace ta::gui
