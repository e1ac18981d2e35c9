// The window icon: images/icons/64.png, read with stb_image and handed to SDL.
#pragma once

#include <filesystem>

struct SDL_Window;

namespace ta::gui {

// Leaves the window without an icon (the desktop's default) if the file cannot be read.
void SetWindowIcon(SDL_Window* window, const std::filesystem::path& images_dir);

}  // namespace ta::gui
