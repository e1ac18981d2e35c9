// Reading a whole file in chunks of 64 KiB straight into the string (no stream copy).
#include "read_file.hpp"

#include <fstream>

namespace ta {

std::optional<std::string> ReadFileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string text;
    std::error_code ec;
    if (const auto size = std::filesystem::file_size(path, ec); !ec) text.reserve(static_cast<size_t>(size));
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, static_cast<size_t>(in.gcount()));
    if (!in.is_open() || in.bad()) return std::nullopt;
    return text;
}

}  // namespace ta
