// Window icon loading. Debian's libstb provides the stb_image implementation.
#include "window_icon.hpp"

#include <SDL.h>
#include <stb/stb_image.h>

#include <memory>

namespace ta::gui {

void SetWindowIcon(SDL_Window* window, const std::filesystem::path& images_dir) {
    const std::string file = (images_dir / "icons" / "64.png").string();
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> pixels(stbi_load(file.c_str(), &width, &height, &channels, 4),
                                                                 stbi_image_free);
    if (!pixels) return;
    // RGBA bytes in memory order, whatever the machine's endianness.
    SDL_Surface* icon = SDL_CreateRGBSurfaceWithFormatFrom(pixels.get(), width, height, 32, width * 4, SDL_PIXELFORMAT_RGBA32);
    if (!icon) return;
    SDL_SetWindowIcon(window, icon);
    SDL_FreeSurface(icon);
}

}  // namespace ta::gui
