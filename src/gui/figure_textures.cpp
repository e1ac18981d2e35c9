// Rendering a figure with the sheets' code and uploading it; the cache key names the figure
// and its size, so a new size (a UI scale change) renders again.
#include "figure_textures.hpp"

#include "figure_render.hpp"
#include "image_texture.hpp"

#include <SDL_opengl.h>

#include <algorithm>
#include <cmath>

namespace ta::gui {

FigureTextures::~FigureTextures() {
    for (auto& [key, texture] : textures_) glDeleteTextures(1, &texture.id);
}

void FigureTextures::Draw(const FigureSpec& figure, float width, float pixels_per_point) {
    const int w = static_cast<int>(std::lround(width * pixels_per_point));
    if (w <= 0) return;
    const std::string key = figure.pose + "|" + figure.tool + "|" + figure.place + "|" + figure.arrow + "|" + figure.arrow_at + "|" +
                            std::to_string(w);
    auto found = textures_.find(key);
    if (found == textures_.end()) {
        static const double card[3] = {0.985, 0.985, 0.98};
        const FigureDrawing drawing = DrawFigure(figure);
        if (drawing.view_box.Width() <= 0) return;
        // A standing figure gets a taller card than one lying down, within limits.
        const float aspect = std::clamp(static_cast<float>(drawing.view_box.Height() / drawing.view_box.Width()), 0.45f, 0.85f);
        const int h = static_cast<int>(std::lround(static_cast<float>(w) * aspect));
        const sheets::BodyImage image = sheets::RenderFigureImage(drawing, w, h, card);
        if (image.rgba.empty()) return;
        unsigned texture = 0;
        UploadImage(texture, image);
        found = textures_.emplace(key, Texture{texture, aspect}).first;
        ++renders_;
    }
    ImGui::Image(TextureId(found->second.id), ImVec2(width, width * found->second.aspect));
}

}  // namespace ta::gui
