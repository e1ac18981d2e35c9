// Minimum set cover over the candidates' mark sets. Candidates with the same mark set collapse
// to the best-scoring one, which keeps the exact search small.
#include "muscle_cover.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <map>

namespace ta {

namespace {

// Which marks an option explains, 64 to a word: the exact search unions and compares these
// hundreds of thousands of times, so a word-wide OR beats a bit at a time.
using Marks = std::vector<std::uint64_t>;

Marks NoMarks(size_t mark_count) { return Marks((mark_count + 63) / 64, 0); }
void Set(Marks& marks, size_t m) { marks[m / 64] |= std::uint64_t{1} << (m % 64); }
bool Empty(const Marks& marks) { return std::all_of(marks.begin(), marks.end(), [](std::uint64_t w) { return w == 0; }); }

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
        Marks marks = NoMarks(mark_count);
        for (size_t m = 0; m < mark_count; ++m)
            if (Explains(candidates[i], m)) Set(marks, m);
        if (Empty(marks)) continue;
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
    for (size_t w = 0; w < need.size(); ++w)
        if ((need[w] & ~have[w]) != 0) return false;
    return true;
}

bool CoversTogether(const Marks& a, const Marks& b, const Marks& need) {
    for (size_t w = 0; w < need.size(); ++w)
        if ((need[w] & ~(a[w] | b[w])) != 0) return false;
    return true;
}

Marks Union(Marks a, const Marks& b) {
    for (size_t w = 0; w < a.size(); ++w) a[w] |= b[w];
    return a;
}

size_t NewMarks(const Marks& option, const Marks& have) {
    size_t gain = 0;
    for (size_t w = 0; w < option.size(); ++w) gain += static_cast<size_t>(std::popcount(option[w] & ~have[w]));
    return gain;
}

// The exact search: every combination of `size` options, the marks so far kept per depth (no
// allocation in the loop), and a branch dropped as soon as the options left cannot cover.
class ExactSearch {
public:
    ExactSearch(const std::vector<Option>& options, const Marks& need) : options_(options), need_(need), reach_(options.size() + 1, need) {
        std::fill(reach_.back().begin(), reach_.back().end(), 0);
        for (size_t i = options.size(); i-- > 0;) reach_[i] = Union(reach_[i + 1], options[i].marks);
    }

    std::vector<int> Best(int size) {
        have_.assign(static_cast<size_t>(size) + 1, Marks(need_.size(), 0));
        best_.clear();
        best_score_ = -1;
        Visit(0, size, 0, 0);
        return best_;
    }

private:
    void Visit(size_t start, int left, int depth, double score) {
        const Marks& have = have_[static_cast<size_t>(depth)];
        if (left == 0) {
            if (Covers(have, need_) && score > best_score_) best_ = chosen_, best_score_ = score;
            return;
        }
        for (size_t i = start; i + static_cast<size_t>(left) <= options_.size(); ++i) {
            if (!CoversTogether(have, reach_[i], need_)) return;  // nothing from i on can finish the cover
            Marks& next = have_[static_cast<size_t>(depth) + 1];
            for (size_t w = 0; w < next.size(); ++w) next[w] = have[w] | options_[i].marks[w];
            chosen_.push_back(static_cast<int>(i));
            Visit(i + 1, left - 1, depth + 1, score + options_[i].score);
            chosen_.pop_back();
        }
    }

    const std::vector<Option>& options_;
    const Marks& need_;
    std::vector<Marks> reach_;   // reach_[i]: the marks options i.. explain together
    std::vector<Marks> have_;    // per depth
    std::vector<int> chosen_, best_;
    double best_score_ = -1;
};

std::vector<int> Greedy(const std::vector<Option>& options, const Marks& need) {
    Marks have(need.size(), 0);
    std::vector<int> chosen;
    while (!Covers(have, need)) {
        int best = -1;
        size_t best_gain = 0;
        for (size_t i = 0; i < options.size(); ++i) {
            const size_t gain = NewMarks(options[i].marks, have);
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
    Marks need = NoMarks(mark_count);
    for (const auto& o : options) need = Union(need, o.marks);
    std::vector<int> picked;
    ExactSearch exact(options, need);
    for (int size = 1; size <= kExactLimit && picked.empty(); ++size) picked = exact.Best(size);
    if (picked.empty()) picked = Greedy(options, need);
    std::vector<int> cover;
    for (int i : picked) cover.push_back(options[i].candidate);
    std::sort(cover.begin(), cover.end());
    return cover;
}

}  // namespace ta
