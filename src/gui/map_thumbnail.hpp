// A small picture of one view of a diary entry's map (the sheets' cairo drawing, as the body
// canvas uses), as an OpenGL texture for ImGui::Image: the Diary's "compare" shows two days' maps
// side by side with it.
#pragma once

#include "sheet_model.hpp"

#include <imgui.h>

namespace ta::gui {

class MapThumbnail {
public:
    MapThumbnail() = default;
    MapThumbnail(const MapThumbnail&) = delete;
    MapThumbnail& operator=(const MapThumbnail&) = delete;
    ~MapThumbnail();

    // Draws the whole view with the diagram's areas, `width` x `height` pixels; re-renders only
    // when the diagram or the size changes.
    void Draw(const Database& db, const SheetDiagram& diagram, int width, int height, ImVec4 background);

private:
    unsigned texture_ = 0;
    SheetDiagram diagram_;
    int width_ = 0, height_ = 0;
};

}  // namespace ta::gui
