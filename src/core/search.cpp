// Search index, scoring, and the muscles each condition lends its score to.
#include "search.hpp"

#include "ranking.hpp"
#include "text_fold.hpp"

#include <algorithm>

namespace ta {

namespace {

constexpr size_t kConditionMuscles = 8;  // how many of a condition's ranked muscles it lists
constexpr size_t kMaxConditions = 3;
constexpr double kConditionMargin = 0.1;

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
    if (query.size() >= 4 && term_words.size() == 1 && term.find(query) != std::string_view::npos) return 0.75;
    double best = FuzzyMatch(query, term);
    for (const auto& w : term_words) best = std::max(best, FuzzyMatch(query, w) - 0.05);
    return best;
}

// The muscles that refer to a condition's areas, ranked as for marks there (right side).
std::vector<int> RankConditionMuscles(const Database& db, const Condition& condition) {
    std::vector<PainMark> marks;
    for (int region : ConditionRegions(db, condition)) marks.push_back({region, 5, -1, {}});
    std::vector<int> muscles;
    if (marks.empty()) return muscles;
    for (const Candidate& c : Rank(db, marks, {kConditionMuscles * 3}).candidates) {
        if (c.explained == 0) continue;
        if (std::find(muscles.begin(), muscles.end(), c.muscle) == muscles.end()) muscles.push_back(c.muscle);
        if (muscles.size() == kConditionMuscles) break;
    }
    return muscles;
}

}  // namespace

std::vector<int> ConditionRegions(const Database& db, const Condition& condition) {
    std::vector<int> regions;
    for (const auto& area : condition.areas)
        if (auto base = db.atlas.FindBase(area.region)) regions.push_back(db.atlas.RegionFor(*base, Side::Right));
    return regions;
}

std::vector<int> ConditionRegions(const Database& db, const SearchResults& found) {
    std::vector<int> regions;
    for (const auto& hit : found.conditions)
        for (int r : ConditionRegions(db, db.content.conditions[hit.condition])) regions.push_back(r);
    return regions;
}

SearchIndex::SearchIndex(const Database& db) : db_(&db) {
    const auto& muscles = db.content.muscles;
    for (size_t i = 0; i < muscles.size(); ++i) {
        const int m = static_cast<int>(i);
        Add(muscles[i].name, {m}, -1, 1.0);
        Add(muscles[i].id, {m}, -1, 0.95);
        Add(muscles[i].anatomical_name, {m}, -1, 0.9);
        for (const auto& alias : muscles[i].aliases) Add(alias, {m}, -1, 0.95);
    }
    for (size_t g = 0; g < db.content.groups.size(); ++g) {
        const Group& group = db.content.groups[g];
        Add(group.name, db.group_muscles[g], -1, 0.88);
        for (const auto& alias : group.aliases) Add(alias, db.group_muscles[g], -1, 0.88);
    }
    for (size_t c = 0; c < db.content.conditions.size(); ++c) {
        const Condition& condition = db.content.conditions[c];
        Add(condition.name, {}, static_cast<int>(c), 1.0);
        for (const auto& alias : condition.aliases) Add(alias, {}, static_cast<int>(c), 0.95);
        condition_muscles_.push_back(RankConditionMuscles(db, condition));
    }
}

void SearchIndex::Add(std::string_view text, std::vector<int> muscles, int condition, double weight) {
    std::string folded = FoldForSearch(text);
    if (folded.empty()) return;
    std::vector<std::string> words = SplitWords(folded);
    const int index = static_cast<int>(terms_.size());
    filter_.Add(folded, index);
    if (words.size() > 1)
        for (const auto& w : words) filter_.Add(w, index);
    exact_[folded].push_back(index);
    terms_.push_back({std::move(folded), std::move(words), std::string(text), std::move(muscles), condition, weight});
}

std::vector<int> SearchIndex::CandidateTerms(const std::string& folded, const std::vector<std::string>& words) const {
    if (folded.size() < 2) {  // one letter matches only a term that is that letter
        auto it = exact_.find(folded);
        return it == exact_.end() ? std::vector<int>{} : it->second;
    }
    std::vector<char> marked(terms_.size(), 0);
    bool filtered = filter_.MarkCandidates(folded, AllowedEdits(folded.size()), marked);
    if (filtered && words.size() > 1) {
        // Each query word must start a term word; one word of two letters or more finds the term.
        bool any_word = false;
        for (const auto& w : words)
            if (w.size() >= 2) any_word = filter_.MarkCandidates(w, 0, marked) || any_word;
        filtered = any_word;
    }
    std::vector<int> terms;
    for (size_t t = 0; t < terms_.size(); ++t)
        if (!filtered || marked[t]) terms.push_back(static_cast<int>(t));
    return terms;
}

SearchResults SearchIndex::Find(std::string_view query, size_t limit) const {
    const std::string folded = FoldForSearch(query);
    if (folded.empty()) return {};
    const std::vector<std::string> words = SplitWords(folded);
    return Score(folded, words, CandidateTerms(folded, words), limit);
}

SearchResults SearchIndex::FindByScan(std::string_view query, size_t limit) const {
    const std::string folded = FoldForSearch(query);
    if (folded.empty()) return {};
    std::vector<int> all(terms_.size());
    for (size_t t = 0; t < all.size(); ++t) all[t] = static_cast<int>(t);
    return Score(folded, SplitWords(folded), all, limit);
}

SearchResults SearchIndex::Score(const std::string& folded, const std::vector<std::string>& words,
                                 const std::vector<int>& terms, size_t limit) const {
    const auto& muscles = db_->content.muscles;
    std::vector<SearchHit> best(muscles.size());
    std::vector<ConditionHit> conditions(db_->content.conditions.size());
    auto offer = [&](int m, double score, const Term& term, int condition) {
        if (score > best[m].score) best[m] = {m, score, term.original, condition};
    };
    for (int t : terms) {
        const Term& term = terms_[t];
        const double score = term.weight * MatchTerm(folded, words, term.folded, term.words);
        if (score <= 0) continue;
        for (int m : term.muscles) offer(m, score, term, -1);
        if (term.condition < 0) continue;
        ConditionHit& hit = conditions[term.condition];
        if (score > hit.score) hit = {term.condition, score, term.original};
        const auto& referring = condition_muscles_[term.condition];
        for (size_t k = 0; k < referring.size(); ++k) offer(referring[k], score * (0.97 - 0.02 * static_cast<double>(k)), term, term.condition);
    }
    SearchResults results;
    for (auto& hit : best)
        if (hit.score > 0) results.muscles.push_back(std::move(hit));
    std::sort(results.muscles.begin(), results.muscles.end(), [&](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        if (muscles[a.muscle].prior != muscles[b.muscle].prior) return muscles[a.muscle].prior > muscles[b.muscle].prior;
        return muscles[a.muscle].name < muscles[b.muscle].name;
    });
    if (results.muscles.size() > limit) results.muscles.resize(limit);
    for (auto& hit : conditions)
        if (hit.score > 0) results.conditions.push_back(std::move(hit));
    std::stable_sort(results.conditions.begin(), results.conditions.end(),
                     [](const ConditionHit& a, const ConditionHit& b) { return a.score > b.score; });
    // "head" half-matches several complaints; keep those close to the best, as a person meant one.
    auto& found = results.conditions;
    found.erase(std::remove_if(found.begin(), found.end(), [&](const ConditionHit& h) { return h.score < found.front().score - kConditionMargin; }),
                found.end());
    if (found.size() > kMaxConditions) found.resize(kMaxConditions);
    return results;
}

MuscleName SearchIndex::ResolveMuscle(std::string_view text) const {
    if (auto m = db_->FindMuscle(text)) return {m, {}};
    std::optional<int> only;
    bool ambiguous = false;
    if (auto it = exact_.find(FoldForSearch(text)); it != exact_.end()) {
        for (int t : it->second) {
            const Term& term = terms_[t];
            if (term.muscles.size() != 1 || (only && *only != term.muscles[0])) ambiguous = true;
            else only = term.muscles[0];
        }
    }
    if (only && !ambiguous) return {only, {}};
    MuscleName name;
    for (const auto& hit : Find(text, 5).muscles) name.suggestions.push_back(hit.muscle);
    return name;
}

}  // namespace ta
