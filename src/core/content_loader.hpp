// Reads the whole content/ directory: the catalogue files and every muscles/*.xml.
#pragma once

#include "content.hpp"
#include "diagnostics.hpp"

#include <filesystem>

namespace ta {

struct ContentLimits {
    size_t max_muscle_files = 20000;  // far beyond any real database; stops a runaway directory
};

Content LoadContent(const std::filesystem::path& content_dir, Diagnostics& diagnostics,
                    const ContentLimits& limits = {});

}  // namespace ta
