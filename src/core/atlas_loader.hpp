// Reads the atlas: atlas.xml (the manifest), regions.xml and one SVG file per view.
#pragma once

#include "atlas.hpp"
#include "diagnostics.hpp"

#include <filesystem>

namespace ta {

// Loads everything under `atlas_dir`. Problems go to `diagnostics`; whatever could be read is
// returned, so a front end can still show a partly broken atlas.
Atlas LoadAtlas(const std::filesystem::path& atlas_dir, Diagnostics& diagnostics);

}  // namespace ta
