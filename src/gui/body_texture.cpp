// Uploading the cairo rendering of the body as an OpenGL texture.
#include "body_texture.hpp"

#include "body_image.hpp"

#include <SDL_opengl.h>

#include <cstdint>

namespace ta::gui {

BodyTexture::~BodyTexture() {
    if (texture_) glDeleteTextures(1, &texture_);
}

ImTextureID BodyTexture::Get(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, int width, int height,
                             double ink, ImVec4 background) {
    const bool same = texture_ && picture == picture_ && transform.zoom == transform_.zoom && transform.origin.x == transform_.origin.x &&
                      transform.origin.y == transform_.origin.y && width == width_ && height == height_ && ink == ink_ &&
                      background.x == background_.x && background.y == background_.y && background.z == background_.z;
    if (!same) {
        const double paint[3] = {background.x, background.y, background.z};
        const sheets::BodyImage image = sheets::RenderBodyImage(db, picture, transform, width, height, ink, paint);
        if (!texture_) glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        picture_ = picture;
        transform_ = transform;
        width_ = width, height_ = height, ink_ = ink, background_ = background;
        ++renders_;
    }
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_));
}

namespace {

void BlendOff(const ImDrawList*, const ImDrawCmd*) { glDisable(GL_BLEND); }

}  // namespace

void BodyTexture::Draw(ImDrawList* dl, ImTextureID texture, ImVec2 min, ImVec2 max) const {
    dl->AddCallback(BlendOff, nullptr);
    dl->AddImage(texture, min, max);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

}  // namespace ta::gui
