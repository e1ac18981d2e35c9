// Handing a file or folder to the desktop's own handler (xdg-open): the exported sheet opens in
// the person's PDF viewer, its folder in their file manager.
#pragma once

#include <filesystem>
#include <string>

namespace ta::gui {

// Starts `xdg-open target` detached (the app never waits for the viewer). False with `error`
// when it could not be started.
bool OpenWithDesktop(const std::filesystem::path& target, std::string& error);

}  // namespace ta::gui
