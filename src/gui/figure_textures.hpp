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

    // Draws the figure as an image `width` points wide and as tall as the figure needs, within
    // limits (a card, light in either theme);
    // `pixels_per_point` renders it sharp on HiDPI screens.
    void Draw(const FigureSpec& figure, float width, float pixels_per_point);
    int Renders() const { return renders_; }

private:
    struct Texture {
        unsigned id = 0;
        float aspect = 1;  // height over width
    };
    std::map<std::string, Texture> textures_;  // by figure names and pixel width
    int renders_ = 0;
};

}  // namespace ta::gui
