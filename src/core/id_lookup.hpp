// Finding an index by id in the id -> index maps that the Atlas and the Database keep.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ta {

inline std::optional<int> LookupId(const std::unordered_map<std::string, int>& index, std::string_view id) {
    auto it = index.find(std::string(id));
    if (it == index.end()) return std::nullopt;
    return it->second;
}

}  // namespace ta
