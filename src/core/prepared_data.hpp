// The database as read and checked, kept between runs: the atlas's SVG views, the content's XML
// files, and the referral patterns rasterised against the content. The app keeps it in its cache
// folder so that it starts without repeating that work (the content alone took 14 ms of the
// 22 ms that were left once the atlas was kept, on a 2-core machine that also opens the window). A kept file is used only when its fingerprint (every data file's name and bytes, and the
// program that wrote it) matches; a missing, stale or damaged file is ignored and replaced.
#pragma once

#include "atlas.hpp"
#include "content.hpp"
#include "diagnostics.hpp"
#include "pattern_index.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct Database;

// The diagnostics of the prepared parts, apart, so that kept data repeats them in their places:
// the atlas's, the content's, then (after the cross-reference checks, made again) the patterns'.
struct PreparedDiagnostics {
    Diagnostics atlas;
    Diagnostics content;
    Diagnostics patterns;
};

struct PreparedData {
    Atlas atlas;
    Content content;
    std::vector<ViewPatternIndex> pattern_index;
    PreparedDiagnostics diagnostics;
};

// A fingerprint of the data: the name and bytes of every file under the two folders, and
// `program`, which names the build (a rebuilt program may read or rasterise differently).
std::string DataFingerprint(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                            std::string_view program);

std::string SerializePreparedData(const Database& db, const PreparedDiagnostics& diagnostics, std::string_view fingerprint);
// Nothing when the bytes are not prepared data with this fingerprint, or are damaged.
std::optional<PreparedData> ParsePreparedData(std::string_view bytes, std::string_view fingerprint);

}  // namespace ta
