// An RGBA picture (the sheets' cairo rendering of a body, a map or a figure) as an OpenGL texture
// that Dear ImGui draws: one upload path for every picture the app shows.
#pragma once

#include "body_image.hpp"

#include <imgui.h>

namespace ta::gui {

// Creates `texture` if it is 0, then replaces its pixels with `image` (rows top-down, as ImGui's
// default texture coordinates expect).
void UploadImage(unsigned& texture, const sheets::BodyImage& image);

// The id ImGui's draw commands carry for an OpenGL texture name.
inline ImTextureID TextureId(unsigned texture) {
    return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture));
}

}  // namespace ta::gui
