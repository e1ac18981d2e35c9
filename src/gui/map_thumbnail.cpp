// Rendering a map's view into a texture.
#include "map_thumbnail.hpp"

#include "image_texture.hpp"

#include <SDL_opengl.h>

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
        UploadImage(texture_, sheets::RenderBodyImage(db, diagram, fit, width, height, 1, paint));
        diagram_ = diagram;
        width_ = width;
        height_ = height;
    }
    ImGui::Image(TextureId(texture_), {static_cast<float>(width), static_cast<float>(height)});
}

}  // namespace ta::gui
