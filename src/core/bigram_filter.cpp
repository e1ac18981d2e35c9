// Bigram postings and the shared-bigram count.
#include "bigram_filter.hpp"

#include <algorithm>

namespace ta {

namespace {

std::vector<uint16_t> DistinctBigrams(std::string_view text) {
    std::vector<uint16_t> keys;
    for (size_t i = 0; i + 1 < text.size(); ++i)
        keys.push_back(static_cast<uint16_t>(static_cast<unsigned char>(text[i]) << 8 | static_cast<unsigned char>(text[i + 1])));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

}  // namespace

void BigramFilter::Add(std::string_view text, int owner) {
    const int id = static_cast<int>(owner_of_string_.size());
    owner_of_string_.push_back(owner);
    for (uint16_t key : DistinctBigrams(text)) postings_[key].push_back(id);
}

bool BigramFilter::MarkCandidates(std::string_view probe, int edits, std::vector<char>& owners) const {
    const std::vector<uint16_t> keys = DistinctBigrams(probe);
    const int needed = static_cast<int>(keys.size()) - 3 * edits;
    if (needed <= 0) return false;
    std::vector<uint8_t> shared(owner_of_string_.size(), 0);
    for (uint16_t key : keys) {
        auto it = postings_.find(key);
        if (it == postings_.end()) continue;
        for (int id : it->second)
            if (++shared[id] == needed) owners[owner_of_string_[id]] = 1;
    }
    return true;
}

}  // namespace ta
