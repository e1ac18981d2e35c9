// --screenshot FILE: the window's pixels as a PNG, read back from OpenGL before the buffer swap.
#pragma once

#include <filesystem>

namespace ta::gui {

bool WriteScreenshot(const std::filesystem::path& file, int width, int height);

}  // namespace ta::gui
