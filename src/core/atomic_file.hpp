// Writing a file so that a crash or a kill mid-write never leaves it half written: write a
// temporary file in the same directory, fsync it, rename it over the target, fsync the directory.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ta {

// Returns false and sets `error` on failure; the previous file is then untouched.
bool WriteFileAtomically(const std::filesystem::path& path, std::string_view data, std::string& error);

}  // namespace ta
