// Rendering the body art with cairo and drawing it as a texture.
#include "body_texture.hpp"

#include "image_texture.hpp"

#include <SDL_opengl.h>

namespace ta::gui {

BodyTexture::~BodyTexture() {
    if (texture_) glDeleteTextures(1, &texture_);
}

void BodyTexture::Draw(const Database& db, const SheetDiagram& picture, const ViewTransform& transform, ImVec2 min, ImVec2 max,
                       double ink, ImVec4 background) {
    const int width = static_cast<int>(max.x - min.x), height = static_cast<int>(max.y - min.y);
    const bool same = texture_ && picture == picture_ && transform.zoom == transform_.zoom && transform.origin.x == transform_.origin.x &&
                      transform.origin.y == transform_.origin.y && width == width_ && height == height_ && ink == ink_ &&
                      background.x == background_.x && background.y == background_.y && background.z == background_.z;
    if (!same) {
        const double paint[3] = {background.x, background.y, background.z};
        UploadImage(texture_, sheets::RenderBodyImage(db, picture, transform, width, height, ink, paint));
        picture_ = picture;
        transform_ = transform;
        width_ = width, height_ = height, ink_ = ink, background_ = background;
        ++renders_;
    }
    ImGui::GetWindowDrawList()->AddImage(TextureId(texture_), min, ImVec2(min.x + static_cast<float>(width), min.y + static_cast<float>(height)));
}

}  // namespace ta::gui
