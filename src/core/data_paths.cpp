// Locating the data directories and confining references to them.
#include "data_paths.hpp"

#include <algorithm>
#include <cstdlib>

namespace ta {

namespace fs = std::filesystem;

fs::path ExecutableDirectory(const char* argv0) {
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec || self.empty()) self = fs::absolute(argv0 ? argv0 : ".", ec);
    return self.parent_path();
}

DataPaths FindDataPaths(const char* argv0) {
    fs::path root;
    if (const char* env = std::getenv("TRIGGER_ATLAS_DATA_DIR"); env && *env) {
        root = env;
    } else {
        root = ExecutableDirectory(argv0).parent_path() / "share" / "trigger-atlas";
    }
    return {root / "content", root / "atlas", root / "images"};
}

std::optional<fs::path> ResolveInside(const fs::path& root, const std::string& relative) {
    fs::path rel(relative);
    if (relative.empty() || rel.is_absolute() || rel.has_root_name()) return std::nullopt;
    for (const auto& part : rel)
        if (part == "..") return std::nullopt;
    std::error_code ec;
    fs::path canonical_root = fs::weakly_canonical(root, ec);
    if (ec) return std::nullopt;
    fs::path resolved = fs::weakly_canonical(root / rel, ec);
    if (ec) return std::nullopt;
    auto [root_end, unused] = std::mismatch(canonical_root.begin(), canonical_root.end(), resolved.begin(), resolved.end());
    if (root_end != canonical_root.end()) return std::nullopt;
    return root / rel;
}

}  // namespace ta
