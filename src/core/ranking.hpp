// Ranking: from the spots where it hurts to the muscles whose trigger points refer pain there.
//
// For each muscle instance c (one side of one muscle) and each pain mark m (a region r_m with an
// intensity i_m from 1 to 10, default 5, and where it was drawn: a click or painted strokes):
//   w_m        = 0.5 + i_m / 20                          how much the mark counts (0.55 .. 1.0)
//   zone(c, m) = for a drawn mark, on a view where c's referral patterns are drawn: for c's best
//                trigger point, min(1, E + 0.4 * S), E and S the fractions of the mark's area in
//                its essential and spillover shapes (pattern_index.hpp; a soft margin counts a
//                spot just outside a border a little, mark_footprint.hpp);
//                otherwise, by region: max(essential(c, r_m), 0.4 * spillover(c, r_m))
//   tender(c, m) = 1 if one of c's trigger points lies in r_m, else 0
//   fit(c)     = sum_m w_m * zone(c, m)   / sum_m w_m    how much of the pain c explains
//   local(c)   = sum_m w_m * tender(c, m) / sum_m w_m    pain over c's own trigger points
//   score(c)   = 100 * (0.70 * fit + 0.20 * local + 0.10 * prior(c))
// So essential beats spillover, explaining more marks beats explaining fewer, and the prior and
// local tenderness separate muscles that explain the same spots. Ties break by prior, then id.
// When the left and right instances explain exactly the same marks equally (midline pain),
// they are shown once, as "both sides".
#pragma once

#include "database.hpp"
#include "mark_footprint.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct PainMark {
    int region = -1;              // resolved region (for a drawn mark, the region at its first point)
    int intensity = 5;            // 1 .. 10
    int view = -1;                // where it was drawn; -1 for a mark given by region only
    std::vector<Stroke> strokes;  // a click is one stroke of one point
};

enum class MatchKind { None, Essential, Spillover };

struct MarkMatch {
    MatchKind zone = MatchKind::None;
    double zone_weight = 0;   // the weighted zone value used in fit
    double share = 1;         // for a drawn area: the fraction of it in that zone (for the reason text)
    bool over_trigger_point = false;
};

enum class CandidateSide { Right, Left, Both };
const char* CandidateSideName(CandidateSide side);

struct Candidate {
    int muscle = -1;
    CandidateSide side = CandidateSide::Right;
    double score = 0;
    double fit = 0, local = 0;
    int explained = 0;                 // marks with a zone match or a trigger point under them
    std::vector<MarkMatch> matches;    // one per input mark
    std::string explanation;           // plain language
};

inline bool Explains(const Candidate& c, size_t mark) {
    return c.matches[mark].zone != MatchKind::None || c.matches[mark].over_trigger_point;
}

struct RankResult {
    std::vector<Candidate> candidates;   // best first
    std::vector<int> cover;              // indexes into candidates: fewest that explain every explainable mark
    std::vector<int> unexplained_marks;  // marks no kept candidate explains (the same set the cover uses)
};

struct RankOptions {
    size_t max_candidates = 50;
};

RankResult Rank(const Database& db, const std::vector<PainMark>& marks, const RankOptions& options = {});

// Resolves a point on a view to a mark; nothing if the point is off the body.
std::optional<PainMark> MarkAtPoint(const Database& db, int view, AtlasPoint point, int intensity);

}  // namespace ta
