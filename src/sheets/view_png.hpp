// Renders one atlas view (silhouette and landmarks, drawn as on the sheets) to a PNG file. The
// images in images/views/ are made with it, so they never drift from the atlas.
#pragma once

#include "database.hpp"

#include <filesystem>
#include <string>

namespace ta::sheets {

bool WriteViewPng(const Database& db, int view, int width_px, const std::filesystem::path& out, std::string& error);

}  // namespace ta::sheets
