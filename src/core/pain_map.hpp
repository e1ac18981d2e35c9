// A pain map: the spots a person marked, saved as a small XML document (a person's own record:
// written atomically, never overwritten when it could not be read).
//
//   <pain-map format="1">
//     <mark view="back" x="310.5" y="702" region="right-low-paraspinal" intensity="6" quality="aching"/>
//     <mark region="right-groin" intensity="5" quality="sharp"/>
//     <note>Worse after sitting.</note>
//   </pain-map>
//
// A mark is a point on a view (x, y in that view's atlas units) or just a region. The region is
// stored too, so a map still reads after the art is redrawn.
#pragma once

#include "diagnostics.hpp"
#include "geometry.hpp"
#include "ranking.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta {

enum class PainQuality { Aching, Sharp, Burning, Tingling, Numb };
const char* PainQualityName(PainQuality quality);
std::optional<PainQuality> ParsePainQuality(std::string_view name);
// Burning, tingling and numb pain point to nerves rather than trigger points.
inline bool SuggestsNerve(PainQuality q) { return q == PainQuality::Burning || q == PainQuality::Tingling || q == PainQuality::Numb; }

struct PainMapMark {
    std::string view;                  // empty for a region-only mark
    std::optional<AtlasPoint> point;   // in the view's atlas units
    std::string region;                // region id, e.g. "right-low-paraspinal"
    int intensity = 5;                 // 1 .. 10
    PainQuality quality = PainQuality::Aching;
    friend bool operator==(const PainMapMark&, const PainMapMark&) = default;
};

struct PainMap {
    std::vector<PainMapMark> marks;
    std::string note;
    friend bool operator==(const PainMap&, const PainMap&) = default;
};

struct PainMapLimits {
    size_t max_file_bytes = 4u << 20;
    size_t max_marks = 5000;
};

std::string PainMapToXml(const PainMap& map);
std::optional<PainMap> LoadPainMap(const std::string& file, Diagnostics& diagnostics, const PainMapLimits& limits = {});
// Writes atomically. Refuses (with `error`) to replace an existing file that does not load as a
// pain map: a corrupt record is never overwritten.
bool SavePainMap(const PainMap& map, const std::filesystem::path& path, std::string& error);

// Turns marks into ranking input; marks whose region is unknown are reported and skipped.
std::vector<PainMark> ResolvePainMap(const Database& db, const PainMap& map, Diagnostics& diagnostics);

}  // namespace ta
