// Screenshot: glReadPixels, flipped to top-down rows, written with stb_image_write (libstb holds
// its implementation) to a temporary file that is then renamed, so readers never see half a PNG.
#include "screenshot.hpp"

#include <SDL_opengl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <vector>

namespace ta::gui {

bool WriteScreenshot(const std::filesystem::path& file, int width, int height) {
    if (width <= 0 || height <= 0) return false;
    const size_t row = static_cast<size_t>(width) * 3;
    std::vector<unsigned char> pixels(row * static_cast<size_t>(height)), flipped(pixels.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.data() + row * static_cast<size_t>(height - 1 - y), row, flipped.data() + row * static_cast<size_t>(y));
    const std::filesystem::path temporary = file.string() + ".tmp";
    if (!stbi_write_png(temporary.c_str(), width, height, 3, flipped.data(), static_cast<int>(row))) return false;
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    return !ec;
}

}  // namespace ta::gui
