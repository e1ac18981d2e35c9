// Techniques' pictures as OpenGL textures: the sheets' cairo drawing of each figure, rendered
// once per figure and size and kept until the app closes, so a frame only draws a quad.
#pragma once

#include "content.hpp"

#include <imgui.h>

#include <map>
#include <string>

namespace ta::gui {

class FigureTextures {
public:
    FigureTextures() = default;
    FigureTextures(const FigureTextures&) = delete;
    FigureTextures& operator=(const FigureTextures&) = delete;
    ~FigureTextures();

    // Draws the figure as an image `width` points wide (a card, light in either theme);
    // `pixels_per_point` renders it sharp on HiDPI screens.
    void Draw(const FigureSpec& figure, float width, float pixels_per_point);
    int Renders() const { return renders_; }

private:
    std::map<std::string, unsigned> textures_;  // by figure names and pixel size
    int renders_ = 0;
};

}  // namespace ta::gui
