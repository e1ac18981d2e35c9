// Names for files the app writes on the person's behalf: an export is named after the map and
// the day, and never takes the name of a file that is already there.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ta {

// "knee-2026-11-30.pdf" from the base "knee", the date "2026-11-30" and the extension ".pdf".
// A base with characters a file name should not carry ("/", control characters) is cleaned.
std::string DatedFileName(std::string_view base, std::string_view date, std::string_view extension);

// `path` if nothing is there, else "NAME-2.EXT", "NAME-3.EXT", ... the first that is free.
std::filesystem::path UnusedPath(const std::filesystem::path& path);

// Today's local date as YYYY-MM-DD.
std::string TodayIso();

}  // namespace ta
