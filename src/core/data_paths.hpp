// Where the data lives: content/, atlas/ and images/ are found next to the program
// (<prefix>/bin/../share/trigger-atlas), in the build tree and once installed alike.
// Also guards references inside data files from escaping their directory.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ta {

struct DataPaths {
    std::filesystem::path content;
    std::filesystem::path atlas;
    std::filesystem::path images;
};

// The program's own directory, from /proc/self/exe (falls back to argv0's directory).
std::filesystem::path ExecutableDirectory(const char* argv0);

// Data next to the executable; TRIGGER_ATLAS_DATA_DIR in the environment overrides it.
DataPaths FindDataPaths(const char* argv0);

// Joins `relative` to `root` if the result stays inside `root` (no absolute paths, no "..",
// no symlinks pointing out). Returns nothing otherwise.
std::optional<std::filesystem::path> ResolveInside(const std::filesystem::path& root, const std::string& relative);

}  // namespace ta
