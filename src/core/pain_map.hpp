// A pain map: the areas a person painted or clicked, saved as a small XML document (a person's
// own record: written atomically, never overwritten when it could not be read).
//
//   <pain-map format="2">
//     <area view="back" region="right-low-paraspinal" intensity="6" quality="aching">
//       <stroke radius="14" points="310.5,702 312,730 318,760"/>
//       <stroke radius="10" erase="yes" points="318,760"/>
//     </area>
//     <mark region="right-groin" intensity="5" quality="sharp"/>
//     <note>Worse after sitting.</note>
//   </pain-map>
//
// An area is a set of brush strokes on one view (atlas units), painted and erased in order; a
// click is an area of one point. A mark without a view is just a region. The region an area
// mostly lies in is stored too, so a map still reads after the art is redrawn. Format 1 maps
// (<mark view x y>, one point each) still open, as clicks.
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
// Every quality, in the order the app offers them.
inline constexpr PainQuality kPainQualities[] = {PainQuality::Aching, PainQuality::Sharp, PainQuality::Burning, PainQuality::Tingling,
                                                 PainQuality::Numb};
const char* PainQualityName(PainQuality quality);
std::optional<PainQuality> ParsePainQuality(std::string_view name);
// Burning, tingling and numb pain point to nerves rather than trigger points.
inline bool SuggestsNerve(PainQuality q) { return q == PainQuality::Burning || q == PainQuality::Tingling || q == PainQuality::Numb; }

struct PainMapMark {
    std::string view;                  // empty for a region-only mark
    std::vector<Stroke> strokes;       // in the view's atlas units; empty for a region-only mark
    std::string region;                // region id, e.g. "right-low-paraspinal"
    int intensity = 5;                 // 1 .. 10
    PainQuality quality = PainQuality::Aching;

    bool Drawn() const { return !view.empty() && !strokes.empty(); }
    std::optional<AtlasPoint> Anchor() const;   // the first point drawn
    friend bool operator==(const PainMapMark&, const PainMapMark&) = default;
};

// A click: one point with the click radius.
std::vector<Stroke> ClickStrokes(AtlasPoint point);

struct PainMap {
    std::vector<PainMapMark> marks;
    std::string note;
    friend bool operator==(const PainMap&, const PainMap&) = default;
};

// One set of limits for reading and writing, so every map the app saves it can open again.
struct PainMapLimits {
    size_t max_file_bytes = 4u << 20;
    size_t max_marks = 5000;
    size_t max_points = 100000;   // over all strokes
};

// Why a map cannot be saved (too many marks or points for the reader), or nothing.
std::optional<std::string> PainMapTooLarge(const PainMap& map, const PainMapLimits& limits = {});

std::string PainMapToXml(const PainMap& map);
std::optional<PainMap> LoadPainMap(const std::string& file, Diagnostics& diagnostics, const PainMapLimits& limits = {});
// The same for XML already in memory (a diary entry's map); `name` is what diagnostics call it.
std::optional<PainMap> ParsePainMap(const std::string& name, const std::string& xml, Diagnostics& diagnostics,
                                    const PainMapLimits& limits = {});
// Writes atomically. Refuses (with `error`) to replace an existing file that does not load as a
// pain map: a corrupt record is never overwritten.
bool SavePainMap(const PainMap& map, const std::filesystem::path& path, std::string& error);

// Turns marks into ranking input; marks whose region is unknown are reported and skipped.
std::vector<PainMark> ResolvePainMap(const Database& db, const PainMap& map, Diagnostics& diagnostics);

}  // namespace ta
