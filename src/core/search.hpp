// Search: muscles by name, anatomical name, alias or group, and by what a person says
// ("sciatica", "tennis elbow", "neck"): case-, accent- and punctuation-insensitive; exact,
// prefix, word-prefix and substring matches; typo-tolerant.
//
// Each indexed term has a weight (name 1.0, alias and id 0.95, anatomical name 0.9, group 0.88,
// condition name 1.0 and alias 0.95). A term scores weight x match, where match is 1.0 exact,
// 0.92 prefix, 0.85 word prefix, 0.8 every query word starts a term word, 0.75 substring (of a
// one-word term only, so descriptions such as "inner thigh strap muscle" match as phrases, not
// "trap"), and 0.7 - 0.1 x edits for a near miss (up to 1 edit for 5-8 letters, 2 beyond).
// A muscle's score is its best term's. A condition that matches with score s lends it to the
// muscles that refer to its areas, ranked as for marks there: the k-th (from 0) gets
// s x (0.97 - 0.02 k), so a complaint said in full ("neck") lists its usual culprits above
// muscles whose descriptions merely start with its word ("neck muscle at the front"). Ties break by prior, then name.
//
// Only the terms that the bigram filter (bigram_filter.hpp) lets through are scored, which
// gives the same results as scoring every term (FindByScan, the reference for tests and bench).
#pragma once

#include "bigram_filter.hpp"
#include "database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ta {

struct SearchHit {
    int muscle = -1;
    double score = 0;
    std::string matched;  // the name, alias, group or condition that matched, as written in the content
    int condition = -1;   // when found through a condition: its index in content.conditions
};

struct ConditionHit {
    int condition = -1;
    double score = 0;
    std::string matched;
};

struct SearchResults {
    std::vector<ConditionHit> conditions;  // best first
    std::vector<SearchHit> muscles;        // best first, at most the limit asked for
};

// What a name given to `show`, `sheet` or the app refers to: one muscle, or suggestions.
struct MuscleName {
    std::optional<int> muscle;
    std::vector<int> suggestions;  // when not one muscle: the best search hits, best first
};

// The regions of a condition's areas (paired bases on the person's right side), and those of
// every condition found: what the warning signs for a search are worked out from.
std::vector<int> ConditionRegions(const Database& db, const Condition& condition);
std::vector<int> ConditionRegions(const Database& db, const SearchResults& found);

class SearchIndex {
public:
    explicit SearchIndex(const Database& db);
    SearchResults Find(std::string_view query, size_t limit = 20) const;
    SearchResults FindByScan(std::string_view query, size_t limit = 20) const;

    // An id, or a name, anatomical name or alias that belongs to exactly one muscle.
    MuscleName ResolveMuscle(std::string_view text) const;

    // The muscles that refer to a condition's areas, best first (ranked as for marks there).
    const std::vector<int>& ConditionMuscles(int condition) const { return condition_muscles_[condition]; }

private:
    struct Term {
        std::string folded;
        std::vector<std::string> words;
        std::string original;
        std::vector<int> muscles;  // one muscle, or a group's members; empty for a condition
        int condition = -1;
        double weight = 1;
    };
    void Add(std::string_view text, std::vector<int> muscles, int condition, double weight);
    std::vector<int> CandidateTerms(const std::string& folded, const std::vector<std::string>& words) const;
    SearchResults Score(const std::string& folded, const std::vector<std::string>& words,
                        const std::vector<int>& terms, size_t limit) const;

    const Database* db_;
    std::vector<Term> terms_;
    std::vector<std::vector<int>> condition_muscles_;
    BigramFilter filter_;                                  // owners are term indexes
    std::unordered_map<std::string, std::vector<int>> exact_;  // folded term -> term indexes
};

}  // namespace ta
