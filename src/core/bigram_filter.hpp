// The candidate filter behind search: which indexed strings could match a probe exactly, as a
// prefix or substring, or within a few edits, so only those are scored.
//
// Why it is safe: a string within d edits of the probe (or of a piece of the probe's length)
// still contains all but 3d of the probe's distinct bigrams, since one insertion, deletion or
// substitution touches at most two bigrams and a swap of neighbours three. Strings that share
// fewer bigrams cannot match and are never looked at; search_tests.cpp checks the filtered
// search against scoring every term.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ta {

class BigramFilter {
public:
    // Indexes `text` on behalf of `owner` (a small non-negative id; several strings may share one).
    void Add(std::string_view text, int owner);

    // Sets owners[o] for every owner of a string that could lie within `edits` edits of the probe
    // or contain it. Returns false, marking nothing, when the probe is too short or repetitive
    // to filter on: then every owner is a candidate.
    bool MarkCandidates(std::string_view probe, int edits, std::vector<char>& owners) const;

private:
    static uint16_t Key(char a, char b) {
        return static_cast<uint16_t>(static_cast<unsigned char>(a) << 8 | static_cast<unsigned char>(b));
    }

    std::unordered_map<uint16_t, std::vector<int>> postings_;  // bigram -> string ids, each once
    std::vector<int> owner_of_string_;
};

}  // namespace ta
