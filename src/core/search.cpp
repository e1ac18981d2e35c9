// Search index and scoring.
#include "search.hpp"

#include "text_fold.hpp"

#include <algorithm>
#include <unordered_map>

namespace ta {

namespace {

int AllowedEdits(size_t length) { return length <= 4 ? 0 : length <= 8 ? 1 : 2; }

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Every query word is the start of some term word ("lev scap" finds "levator scapulae").
bool WordsPrefixMatch(const std::vector<std::string>& query_words, const std::vector<std::string>& term_words) {
    if (query_words.size() < 2) return false;
    return std::all_of(query_words.begin(), query_words.end(), [&](const std::string& q) {
        return std::any_of(term_words.begin(), term_words.end(), [&](const std::string& t) { return StartsWith(t, q); });
    });
}

double FuzzyMatch(std::string_view query, std::string_view term) {
    const int allowed = AllowedEdits(query.size());
    if (allowed == 0) return 0;
    int edits = EditDistance(query, term, allowed);
    // A typo in a half-typed word: compare with the term's start of the same length.
    if (edits > allowed && term.size() > query.size())
        edits = EditDistance(query, term.substr(0, query.size()), allowed);
    return edits <= allowed ? 0.7 - 0.1 * edits : 0;
}

double MatchTerm(std::string_view query, const std::vector<std::string>& query_words, std::string_view term,
                 const std::vector<std::string>& term_words) {
    if (query == term) return 1.0;
    if (query.size() >= 2 && StartsWith(term, query)) return 0.92;
    if (query.size() >= 3 && std::any_of(term_words.begin(), term_words.end(),
                                         [&](const std::string& w) { return StartsWith(w, query); }))
        return 0.85;
    if (WordsPrefixMatch(query_words, term_words)) return 0.8;
    if (query.size() >= 4 && term.find(query) != std::string_view::npos) return 0.75;
    double best = FuzzyMatch(query, term);
    for (const auto& w : term_words) best = std::max(best, FuzzyMatch(query, w) - 0.05);
    return best;
}

}  // namespace

SearchIndex::SearchIndex(const Database& db) : db_(&db) {
    const auto& muscles = db.content.muscles;
    for (size_t i = 0; i < muscles.size(); ++i) {
        const int m = static_cast<int>(i);
        Add(muscles[i].name, {m}, 1.0);
        Add(muscles[i].id, {m}, 0.95);
        Add(muscles[i].anatomical_name, {m}, 0.9);
        for (const auto& alias : muscles[i].aliases) Add(alias, {m}, 0.95);
    }
    for (size_t g = 0; g < db.content.groups.size(); ++g) {
        const Group& group = db.content.groups[g];
        Add(group.name, db.group_muscles[g], 0.88);
        for (const auto& alias : group.aliases) Add(alias, db.group_muscles[g], 0.88);
    }
}

void SearchIndex::Add(std::string_view text, std::vector<int> muscles, double weight) {
    std::string folded = FoldForSearch(text);
    if (folded.empty()) return;
    std::vector<std::string> words = SplitWords(folded);
    terms_.push_back({std::move(folded), std::move(words), std::string(text), std::move(muscles), weight});
}

std::vector<SearchHit> SearchIndex::Find(std::string_view query, size_t limit) const {
    const std::string folded = FoldForSearch(query);
    if (folded.empty()) return {};
    const std::vector<std::string> query_words = SplitWords(folded);
    std::unordered_map<int, SearchHit> best;
    for (const Term& term : terms_) {
        const double score = term.weight * MatchTerm(folded, query_words, term.folded, term.words);
        if (score <= 0) continue;
        for (int m : term.muscles) {
            SearchHit& hit = best.try_emplace(m, SearchHit{m, 0, {}}).first->second;
            if (score > hit.score) { hit.score = score; hit.matched = term.original; }
        }
    }
    std::vector<SearchHit> hits;
    for (auto& [m, hit] : best) hits.push_back(std::move(hit));
    const auto& muscles = db_->content.muscles;
    std::sort(hits.begin(), hits.end(), [&](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        if (muscles[a.muscle].prior != muscles[b.muscle].prior) return muscles[a.muscle].prior > muscles[b.muscle].prior;
        return muscles[a.muscle].name < muscles[b.muscle].name;
    });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace ta
