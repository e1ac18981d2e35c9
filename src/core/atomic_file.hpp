// Writing a file so that a crash or a kill mid-write never leaves it half written: write a
// temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ta {

// Returns false and sets `error` on failure; the previous file is then untouched.
bool WriteFileAtomically(const std::filesystem::path& path, std::string_view data, std::string& error);

// Removes the temporary files an interrupted write of one of `names` left in `dir`
// (".NAME.XXXXXX", as WriteFileAtomically makes them) once they are older than `min_age`, so a
// write still in progress elsewhere is left alone. Other files are never touched. Returns how
// many were removed.
int RemoveStaleTemporaries(const std::filesystem::path& dir, const std::vector<std::string>& names,
                           std::chrono::seconds min_age = std::chrono::minutes(10));

}  // namespace ta
