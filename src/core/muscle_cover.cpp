// Minimum set cover over the candidates' mark sets. Candidates with the same mark set collapse
// to the best-scoring one, which keeps the exact search small.
#include "muscle_cover.hpp"

#include <algorithm>
#include <map>

namespace ta {

namespace {

using Marks = std::vector<bool>;

struct Option {
    Marks marks;
    int candidate = -1;
    double score = 0;
};

constexpr int kExactLimit = 4;
constexpr size_t kMaxOptions = 40;

std::vector<Option> DistinctOptions(const std::vector<Candidate>& candidates, size_t mark_count) {
    std::map<Marks, Option> best;
    for (size_t i = 0; i < candidates.size(); ++i) {
        Marks marks(mark_count);
        for (size_t m = 0; m < mark_count; ++m) marks[m] = Explains(candidates[i], m);
        if (std::none_of(marks.begin(), marks.end(), [](bool b) { return b; })) continue;
        auto [it, inserted] = best.try_emplace(marks, Option{marks, static_cast<int>(i), candidates[i].score});
        if (!inserted && candidates[i].score > it->second.score) it->second = {marks, static_cast<int>(i), candidates[i].score};
    }
    std::vector<Option> options;
    for (auto& [marks, option] : best) options.push_back(option);
    std::sort(options.begin(), options.end(), [](const Option& a, const Option& b) { return a.score > b.score; });
    if (options.size() > kMaxOptions) options.resize(kMaxOptions);
    return options;
}

bool Covers(const Marks& have, const Marks& need) {
    for (size_t m = 0; m < need.size(); ++m)
        if (need[m] && !have[m]) return false;
    return true;
}

Marks Union(Marks a, const Marks& b) {
    for (size_t m = 0; m < a.size(); ++m) a[m] = a[m] || b[m];
    return a;
}

// Tries every combination of `size` options from `start` on; keeps the best-scoring cover.
void Search(const std::vector<Option>& options, const Marks& need, size_t start, int size, const Marks& have,
            double score, std::vector<int>& chosen, std::vector<int>& best, double& best_score) {
    if (size == 0) {
        if (Covers(have, need) && score > best_score) { best = chosen; best_score = score; }
        return;
    }
    for (size_t i = start; i < options.size(); ++i) {
        chosen.push_back(static_cast<int>(i));
        Search(options, need, i + 1, size - 1, Union(have, options[i].marks), score + options[i].score, chosen, best, best_score);
        chosen.pop_back();
    }
}

std::vector<int> Greedy(const std::vector<Option>& options, const Marks& need) {
    Marks have(need.size());
    std::vector<int> chosen;
    while (!Covers(have, need)) {
        int best = -1;
        size_t best_gain = 0;
        for (size_t i = 0; i < options.size(); ++i) {
            size_t gain = 0;
            for (size_t m = 0; m < need.size(); ++m) gain += (options[i].marks[m] && !have[m]) ? 1 : 0;
            if (gain > best_gain) { best_gain = gain; best = static_cast<int>(i); }
        }
        if (best < 0) break;
        chosen.push_back(best);
        have = Union(have, options[best].marks);
    }
    return chosen;
}

}  // namespace

std::vector<int> FindCover(const std::vector<Candidate>& candidates, size_t mark_count) {
    std::vector<Option> options = DistinctOptions(candidates, mark_count);
    Marks need(mark_count);
    for (const auto& o : options) need = Union(need, o.marks);
    std::vector<int> picked;
    for (int size = 1; size <= kExactLimit && picked.empty(); ++size) {
        std::vector<int> chosen;
        double best_score = -1;
        Search(options, need, 0, size, Marks(mark_count), 0, chosen, picked, best_score);
    }
    if (picked.empty()) picked = Greedy(options, need);
    std::vector<int> cover;
    for (int i : picked) cover.push_back(options[i].candidate);
    std::sort(cover.begin(), cover.end());
    return cover;
}

}  // namespace ta
