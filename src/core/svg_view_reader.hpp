// Reads one view of the atlas from an SVG file (see atlas/README.md for the format).
#pragma once

#include "atlas.hpp"
#include "diagnostics.hpp"

#include <optional>
#include <string>

namespace ta {

// `atlas` supplies the region ids; returns nothing if the file is unusable.
std::optional<View> ReadSvgView(const std::string& file, const Atlas& atlas, Diagnostics& diagnostics);

}  // namespace ta
