// The fuzz entry points. Loaders read files, so the bytes go to one temporary file per process,
// rewritten for every input; that exercises the same code a person's file would.
#include "fuzz_entry_points.hpp"

#include "atlas.hpp"
#include "content_readers.hpp"
#include "pain_map.hpp"
#include "svg_path.hpp"
#include "svg_view_reader.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace ta::fuzz {

namespace {

// Aborts with a message: a broken property is as much a finding as a crash.
void Require(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

// A private directory for this process's input file, removed when the process exits.
class TempInputDir {
public:
    TempInputDir() : dir_(std::filesystem::temp_directory_path() / ("ta-fuzz-" + std::to_string(::getpid()))) {
        std::filesystem::create_directories(dir_);
    }
    ~TempInputDir() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    std::string File() const { return (dir_ / "input.xml").string(); }

private:
    std::filesystem::path dir_;
};

const std::string& TempFile() {
    static const TempInputDir dir;
    static const std::string path = dir.File();
    return path;
}

const std::string& WriteTempFile(std::string_view bytes) {
    const std::string& path = TempFile();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    Require(static_cast<bool>(out), "could not write the temporary input file");
    return path;
}

// A few regions, paired and midline, so region references in views can resolve.
const Atlas& FixedAtlas() {
    static const Atlas atlas = [] {
        Atlas a;
        a.bases = {{"temple", "temple", "", true}, {"low-back", "low back", "", true}, {"sacrum", "sacrum", "", false}};
        a.regions = {{"right-temple", "right temple", 0, Side::Right}, {"left-temple", "left temple", 0, Side::Left},
                     {"right-low-back", "right low back", 1, Side::Right}, {"left-low-back", "left low back", 1, Side::Left},
                     {"sacrum", "sacrum", 2, Side::Midline}};
        a.BuildIndex();
        return a;
    }();
    return atlas;
}

bool AllFinite(const Polygon& points) {
    for (const auto& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
    return true;
}

}  // namespace

void FuzzContentFile(std::string_view bytes) {
    const std::string& file = WriteTempFile(bytes);
    Content content;
    Diagnostics diagnostics;
    for (auto reader : {ReadMuscleFile, ReadGroupsFile, ReadSourcesFile, ReadSafetyFile, ReadSelfTestsFile,
                        ReadRoutinesFile})
        reader(file, content, diagnostics);
    // Five of the six readers expect another root element, so there is always something to say.
    Require(diagnostics.ErrorCount() >= 5, "a file with the wrong root element must be reported");
    for (const auto& d : diagnostics.Items())
        Require(!d.message.empty() && d.file == file && d.line >= 0, "every diagnostic needs a message and a place");
}

void FuzzSvgPath(std::string_view bytes) {
    PathParseLimits limits;
    limits.max_points = 5000;
    PathParseResult result = ParseSvgPath(bytes, limits);
    size_t points = 0;
    for (const auto& sub : result.subpaths) {
        points += sub.points.size();
        Require(AllFinite(sub.points), "path points must be finite");
    }
    // Each subpath may hold its starting point on top of the counted line-to points.
    Require(points <= limits.max_points + result.subpaths.size(), "path point limit exceeded");
    Require(result.error.empty() || result.error_offset <= bytes.size(), "error offset past the end of the data");
}

void FuzzSvgView(std::string_view bytes) {
    const std::string& file = WriteTempFile(bytes);
    Diagnostics diagnostics;
    auto view = ReadSvgView(file, FixedAtlas(), diagnostics);
    if (!view) {
        Require(diagnostics.HasErrors(), "a rejected view must say why");
        return;
    }
    for (const auto& region : view->regions) {
        Require(region.region >= 0 && static_cast<size_t>(region.region) < FixedAtlas().regions.size(),
                "region index out of range");
        for (const auto& ring : region.shape.rings) Require(AllFinite(ring), "region points must be finite");
    }
}

void FuzzPainMap(std::string_view bytes) {
    const std::string& file = WriteTempFile(bytes);
    Diagnostics diagnostics;
    auto map = LoadPainMap(file, diagnostics);
    if (!map) {
        Require(diagnostics.HasErrors(), "a rejected pain map must say why");
        return;
    }
    const std::string saved = PainMapToXml(*map);
    const std::string& again_file = WriteTempFile(saved);
    Diagnostics again_diagnostics;
    auto again = LoadPainMap(again_file, again_diagnostics);
    Require(again.has_value(), "a pain map that loaded must reload after saving");
    Require(*again == *map, "a pain map must survive a save and reload unchanged");
}

}  // namespace ta::fuzz
