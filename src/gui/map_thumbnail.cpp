// Rendering a map's view into a texture.
#include "map_thumbnail.hpp"

#include "body_image.hpp"

#include <SDL_opengl.h>

#include <cstdint>

namespace ta::gui {

MapThumbnail::~MapThumbnail() {
    if (texture_) glDeleteTextures(1, &texture_);
}

void MapThumbnail::Draw(const Database& db, const SheetDiagram& diagram, int width, int height, ImVec4 background) {
    if (width <= 0 || height <= 0 || diagram.view < 0) return;
    if (!texture_ || !(diagram == diagram_) || width != width_ || height != height_) {
        const View& view = db.atlas.views[static_cast<size_t>(diagram.view)];
        const ViewTransform fit = ViewTransform::Fit(view.canvas, width, height, 4);
        const double paint[3] = {background.x, background.y, background.z};
        const sheets::BodyImage image = sheets::RenderBodyImage(db, diagram, fit, width, height, 1, paint);
        if (!texture_) glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        diagram_ = diagram;
        width_ = width;
        height_ = height;
    }
    ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture_)), {static_cast<float>(width), static_cast<float>(height)});
}

}  // namespace ta::gui
