// Export names: dated, cleaned, and never an existing file.
#include "file_naming.hpp"

#include "local_time.hpp"

namespace ta {

namespace fs = std::filesystem;

std::string DatedFileName(std::string_view base, std::string_view date, std::string_view extension) {
    std::string name;
    for (char c : base) name += (c == '/' || static_cast<unsigned char>(c) < 0x20) ? '-' : c;
    while (name.starts_with('.')) name.erase(0, 1);  // never a hidden file
    if (name.empty()) name = "pain-map";
    if (!date.empty()) name += "-" + std::string(date);
    return name + std::string(extension);
}

fs::path UnusedPath(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return path;
    const std::string stem = path.stem().string(), extension = path.extension().string();
    for (int n = 2;; ++n) {
        fs::path candidate = path.parent_path() / (stem + "-" + std::to_string(n) + extension);
        if (!fs::exists(fs::symlink_status(candidate, ec))) return candidate;
    }
}

std::string TodayIso() { return LocalTimeText("%Y-%m-%d"); }

}  // namespace ta
