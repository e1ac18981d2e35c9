// Text folding and edit distance for search.
#include "text_fold.hpp"

#include <algorithm>
#include <vector>

namespace ta {

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A); 0 = not a letter.
char FoldLatin(unsigned code) {
    static const char* const latin1 =   // U+00C0 .. U+00FF
        "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
    static const char* const extended =  // U+0100 .. U+017F, pairs of upper/lower case
        "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iijjjjkkklllllll"
        "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";
    if (code >= 0xC0 && code <= 0xFF) return latin1[code - 0xC0];
    if (code >= 0x100 && code <= 0x17F) return extended[code - 0x100];
    return 0;
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
    std::string out;
    bool space = false;
    auto put = [&](char c) {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') put(static_cast<char>(c - 'A' + 'a'));
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(static_cast<char>(c));
            else if (c == '\'') continue;  // golfer's -> golfers
            else space = true;
            continue;
        }
        // Decode a two-byte UTF-8 sequence; longer sequences (other scripts) separate words.
        if ((c & 0xE0) == 0xC0 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
            ++i;
            if (char folded = FoldLatin(code)) { put(folded); continue; }
        } else {
            while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
        }
        space = true;
    }
    return out;
}

std::vector<std::string> SplitWords(std::string_view folded) {
    std::vector<std::string> words;
    size_t start = 0;
    while (start < folded.size()) {
        size_t end = folded.find(' ', start);
        if (end == std::string_view::npos) end = folded.size();
        if (end > start) words.emplace_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > limit) return limit + 1;
    // Only cells within `limit` of the diagonal can stay within the limit, so the rows are
    // computed in that band: O(n * limit) instead of O(n * m). Search calls this per term,
    // so the three rows are reused across calls.
    const int outside = limit + 1;
    thread_local std::vector<int> prev2, prev, cur;
    prev2.assign(m + 1, outside);
    prev.assign(m + 1, outside);
    cur.assign(m + 1, outside);
    for (int j = 0; j <= std::min(m, limit); ++j) prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - limit), to = std::min(m, i + limit);
        // The rows rotate, so reset the cells just outside this row's band that the next row reads.
        cur[0] = i <= limit ? i : outside;
        cur[from - 1] = from == 1 ? cur[0] : outside;
        if (to < m) cur[to + 1] = outside;
        int row_min = cur[0];
        for (int j = from; j <= to; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = std::min(value, prev2[j - 2] + 1);
            cur[j] = std::min(value, outside);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return outside;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], outside);
}

}  // namespace ta
