// The slow half of loading the database, kept between runs: the atlas's SVG views read and
// checked, and the referral patterns rasterised against the content (together about four fifths
// of the load). The app keeps it in its cache folder so that it starts without repeating that
// work. A kept file is used only when its fingerprint (every data file's name and bytes, and the
// program that wrote it) matches; a missing, stale or damaged file is ignored and replaced.
#pragma once

#include "atlas.hpp"
#include "diagnostics.hpp"
#include "pattern_index.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct Database;

// The diagnostics of the atlas half, apart from the others, so that a kept atlas repeats them
// in their places: the atlas's first, the patterns' last.
struct AtlasHalfDiagnostics {
    Diagnostics atlas;
    Diagnostics patterns;
};

struct PreparedAtlas {
    Atlas atlas;
    std::vector<ViewPatternIndex> pattern_index;
    AtlasHalfDiagnostics diagnostics;
};

// A fingerprint of the data: the name and bytes of every file under the two folders, and
// `program`, which names the build (a rebuilt program may read or rasterise differently).
std::string DataFingerprint(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                            std::string_view program);

std::string SerializePreparedAtlas(const Database& db, const AtlasHalfDiagnostics& diagnostics, std::string_view fingerprint);
// Nothing when the bytes are not a prepared atlas with this fingerprint, or are damaged.
std::optional<PreparedAtlas> ParsePreparedAtlas(std::string_view bytes, std::string_view fingerprint);

}  // namespace ta
