// Writing a file that must always leave a good copy behind (the autosaved session): the new
// contents are written in full first, and only then do the older copies move down a line of
// backups, by renames that need no disk space. A full disk therefore costs the newest state,
// never the last good one.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace ta {

// Writes `data` atomically; the injectable form lets tests fail the write as a full disk would.
using FileWriter = std::function<bool(const std::filesystem::path&, std::string_view, std::string&)>;

// FILE.bak, FILE.bak.2, ... FILE.bak.N: the backup of generation `n` (1 is the newest).
std::filesystem::path BackupPath(const std::filesystem::path& file, int n);

// Writes FILE through a temporary FILE.new; on success FILE becomes FILE.bak, FILE.bak becomes
// FILE.bak.2 and so on up to `backups` copies, then FILE.new becomes FILE. On failure nothing
// that was there before changes.
bool WriteKeepingBackups(const std::filesystem::path& file, std::string_view data, int backups, std::string& error,
                         const FileWriter& writer);
bool WriteKeepingBackups(const std::filesystem::path& file, std::string_view data, int backups, std::string& error);

}  // namespace ta
