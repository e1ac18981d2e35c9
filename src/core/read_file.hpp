// Reading a whole file into memory, in one place for the XML loader and the caches.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ta {

// The file's bytes, or nothing when it cannot be opened or read.
std::optional<std::string> ReadFileBytes(const std::filesystem::path& path);

}  // namespace ta
