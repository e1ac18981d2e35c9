// Ranking implementation: an inverted index pass (region -> instances), scoring, side merging,
// explanations, and the cover.
#include "ranking.hpp"

#include "explanation.hpp"
#include "muscle_cover.hpp"

#include <algorithm>
#include <unordered_map>

namespace ta {

namespace {

constexpr double kSpilloverFactor = 0.4;
constexpr double kMinOverlap = 0.02;  // less of a mark than this in a pattern does not explain it
constexpr double kFitWeight = 0.70, kLocalWeight = 0.20, kPriorWeight = 0.10;

double MarkWeight(const PainMark& mark) { return 0.5 + std::clamp(mark.intensity, 1, 10) / 20.0; }

// Where a muscle's patterns are drawn on the mark's view, the drawing decides, not the region.
template <typename Slot>
void MatchDrawnMark(const Database& db, const PainMark& mark, size_t m, Slot& slot, std::unordered_map<int, std::vector<MarkMatch>>& matches,
                    std::string& area_name) {
    if (static_cast<size_t>(mark.view) >= db.pattern_index.size()) return;
    const ViewPatternIndex& index = db.pattern_index[mark.view];
    for (auto& [instance, list] : matches)
        if (index.instance_drawn[instance]) list[m].zone = MatchKind::None, list[m].zone_weight = 0;
    const CellWeights area = MarkFootprint(index.regions, mark.strokes);
    if (IsArea(mark)) area_name = AreaName(db, RegionsUnder(index.regions, area));
    for (const PatternOverlap& o : PatternOverlaps(db, mark.view, area)) {
        const double value = std::min(1.0, o.essential + kSpilloverFactor * o.spillover);
        if (value < kMinOverlap) continue;
        MarkMatch& match = slot(o.instance, m);
        match.zone = o.essential >= kSpilloverFactor * o.spillover ? MatchKind::Essential : MatchKind::Spillover;
        match.zone_weight = value;
        match.share = match.zone == MatchKind::Essential ? o.essential : o.spillover;
    }
}

// Also names each painted area (area_names), while its cells are at hand.
std::unordered_map<int, std::vector<MarkMatch>> MatchMarks(const Database& db, const std::vector<PainMark>& marks,
                                                           std::vector<std::string>& area_names) {
    area_names.assign(marks.size(), {});
    std::unordered_map<int, std::vector<MarkMatch>> matches;
    auto slot = [&](int instance, size_t mark) -> MarkMatch& {
        auto& list = matches[instance];
        if (list.empty()) list.resize(marks.size());
        return list[mark];
    };
    for (size_t m = 0; m < marks.size(); ++m) {
        const int region = marks[m].region;
        if (region < 0 || static_cast<size_t>(region) >= db.postings_by_region.size()) continue;  // explains nothing
        for (const ZonePosting& p : db.postings_by_region[region]) {
            MarkMatch& match = slot(p.instance, m);
            const double spill = kSpilloverFactor * p.spillover;
            match.zone = p.essential >= spill ? MatchKind::Essential : MatchKind::Spillover;
            match.zone_weight = std::max(p.essential, spill);
        }
        for (int instance : db.trigger_point_instances_by_region[region]) slot(instance, m).over_trigger_point = true;
        if (marks[m].view >= 0 && !marks[m].strokes.empty()) MatchDrawnMark(db, marks[m], m, slot, matches, area_names[m]);
    }
    return matches;
}

Candidate Score(const Database& db, int instance, std::vector<MarkMatch> matches, const std::vector<PainMark>& marks) {
    double total = 0, fit = 0, local = 0;
    for (size_t m = 0; m < marks.size(); ++m) {
        const double w = MarkWeight(marks[m]);
        total += w;
        fit += w * matches[m].zone_weight;
        local += matches[m].over_trigger_point ? w : 0;
        
    }
    MuscleInstance inst = MuscleInstance::FromIndex(instance);
    Candidate c;
    c.muscle = inst.muscle;
    c.side = inst.side == Side::Left ? CandidateSide::Left : CandidateSide::Right;
    c.fit = fit / total;
    c.local = local / total;
    c.score = 100 * (kFitWeight * c.fit + kLocalWeight * c.local + kPriorWeight * db.content.muscles[inst.muscle].prior);
    c.matches = std::move(matches);
    for (size_t m = 0; m < marks.size(); ++m) c.explained += Explains(c, m) ? 1 : 0;
    return c;
}

bool SameMatches(const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return false;
    for (size_t i = 0; i < a.matches.size(); ++i)
        if (a.matches[i].zone != b.matches[i].zone || a.matches[i].zone_weight != b.matches[i].zone_weight ||
            a.matches[i].over_trigger_point != b.matches[i].over_trigger_point)
            return false;
    return true;
}

// Midline pain is explained equally by both sides of a muscle; show such pairs once.
void MergeSides(std::vector<Candidate>& candidates) {
    std::vector<Candidate> merged;
    std::unordered_map<int, size_t> right_of_muscle;
    for (size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i].side == CandidateSide::Right) right_of_muscle[candidates[i].muscle] = i;
    std::vector<bool> drop(candidates.size(), false);
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].side != CandidateSide::Left) continue;
        auto it = right_of_muscle.find(candidates[i].muscle);
        if (it != right_of_muscle.end() && SameMatches(candidates[i], candidates[it->second])) {
            candidates[it->second].side = CandidateSide::Both;
            drop[i] = true;
        }
    }
    for (size_t i = 0; i < candidates.size(); ++i)
        if (!drop[i]) merged.push_back(std::move(candidates[i]));
    candidates = std::move(merged);
}

}  // namespace

const char* CandidateSideName(CandidateSide side) {
    switch (side) {
    case CandidateSide::Right: return "right";
    case CandidateSide::Left: return "left";
    case CandidateSide::Both: return "both";
    }
    return "right";
}

std::optional<PainMark> MarkAtPoint(const Database& db, int view, AtlasPoint point, int intensity) {
    if (view < 0 || view >= static_cast<int>(db.atlas.views.size())) return std::nullopt;
    auto region = db.atlas.views[view].RegionAt(point);
    if (!region) return std::nullopt;
    return PainMark{*region, intensity, view, {Stroke{{point}, kClickRadius}}};
}

RankResult Rank(const Database& db, const std::vector<PainMark>& marks, const RankOptions& options) {
    RankResult result;
    if (marks.empty()) return result;
    std::vector<std::string> area_names;
    for (auto& [instance, matches] : MatchMarks(db, marks, area_names))
        result.candidates.push_back(Score(db, instance, std::move(matches), marks));
    MergeSides(result.candidates);
    const auto& muscles = db.content.muscles;
    std::sort(result.candidates.begin(), result.candidates.end(), [&](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (muscles[a.muscle].prior != muscles[b.muscle].prior) return muscles[a.muscle].prior > muscles[b.muscle].prior;
        if (a.muscle != b.muscle) return muscles[a.muscle].id < muscles[b.muscle].id;
        return a.side < b.side;
    });
    if (result.candidates.size() > options.max_candidates) result.candidates.resize(options.max_candidates);
    // Over the candidates kept, as the cover is: "the fewest muscles that explain all your spots"
    // must not leave out a spot that the unexplained list does not name.
    for (size_t m = 0; m < marks.size(); ++m) {
        bool explained = std::any_of(result.candidates.begin(), result.candidates.end(),
                                     [&](const Candidate& c) { return Explains(c, m); });
        if (!explained) result.unexplained_marks.push_back(static_cast<int>(m));
    }
    for (auto& c : result.candidates) c.explanation = ExplainCandidate(db, c, marks, area_names);
    result.cover = FindCover(result.candidates, marks.size());
    return result;
}

}  // namespace ta
