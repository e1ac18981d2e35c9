// Muscle search: names, anatomical names, aliases and groups; case-, accent- and
// punctuation-insensitive; exact, prefix, word-prefix and substring matches; typo-tolerant.
//
// Each indexed term has a weight (name 1.0, alias 0.95, anatomical name 0.9, group 0.88, so a
// group's members rank just below a direct hit). A term scores weight x match, where match is
// 1.0 exact, 0.92 prefix, 0.85 word prefix, 0.8 every query word starts a term word, 0.75
// substring, and 0.7 - 0.1 x edits for a near miss (up to 1 edit for 5-8 letters, 2 beyond).
// A muscle's score is its best term's; ties break by prior, then name.
#pragma once

#include "database.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct SearchHit {
    int muscle = -1;
    double score = 0;
    std::string matched;  // the name, alias or group that matched, as written in the content
};

class SearchIndex {
public:
    explicit SearchIndex(const Database& db);
    std::vector<SearchHit> Find(std::string_view query, size_t limit = 20) const;

private:
    struct Term {
        std::string folded;
        std::vector<std::string> words;
        std::string original;
        std::vector<int> muscles;  // one muscle, or a group's members
        double weight = 1;
    };
    void Add(std::string_view text, std::vector<int> muscles, double weight);

    const Database* db_;
    std::vector<Term> terms_;
};

}  // namespace ta
