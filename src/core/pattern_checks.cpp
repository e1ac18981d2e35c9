// Checks that the drawn referral patterns and the content's zones say the same thing: every
// pattern names a real trigger point, every trigger point is drawn, each shape lies within the
// regions its zones list (with a margin, since shapes are organic and regions are not) and
// touches each of them on some view. The content's words feed the text, the red flags and the
// CLI; the drawings feed the body map and ranking; a mismatch would make them disagree.
#include "database_checks.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ta {

namespace {

constexpr double kMaxOutside = 0.15;  // of a shape's cells may lie beyond the margin of its regions
constexpr int kMarginCells = 3;       // 12 atlas units

void Report(Diagnostics& d, const std::string& file, int line, std::string path, std::string message, std::string hint = {}) {
    d.Add({Severity::Error, file, line, std::move(path), std::move(message), std::move(hint)});
}

// The regions a trigger point's zones name for the person's right-side muscle, by kind.
struct ZoneRegions {
    std::map<int, int> essential, spillover;  // region -> the zone's line in the muscle file
};

ZoneRegions RightSideZones(const Database& db, const TriggerPoint& tp) {
    ZoneRegions out;
    for (const ZoneArea& zone : tp.zones) {
        auto base = db.atlas.FindBase(zone.region);
        if (!base) continue;
        std::vector<Side> sides = zone.side == ZoneSide::Same ? std::vector<Side>{Side::Right}
                                  : zone.side == ZoneSide::Opposite ? std::vector<Side>{Side::Left}
                                                                    : std::vector<Side>{Side::Right, Side::Left};
        for (Side side : sides) (zone.kind == ZoneKind::Essential ? out.essential : out.spillover)[db.atlas.RegionFor(*base, side)] = zone.line;
    }
    return out;
}

bool NearAllowed(const RegionGrid& grid, int col, int row, const std::set<int>& allowed) {
    for (int dr = -kMarginCells; dr <= kMarginCells; ++dr)
        for (int dc = -kMarginCells; dc <= kMarginCells; ++dc)
            if (allowed.count(grid.At(col + dc, row + dr))) return true;
    return false;
}

// Checks one shape's cells; records which regions it touches.
void CheckShape(const Database& db, const View& view, const ViewPatternIndex& index, const IndexedPattern& p,
                const std::set<int>& allowed, std::set<int>& touched, Diagnostics& d) {
    long cells = 0, outside = 0;
    std::map<int, long> stray;
    for (const CellRun& run : p.cells.runs)
        for (int col = run.first; col <= run.last; ++col) {
            const int region = index.regions.At(col, run.row);
            if (region < 0) continue;
            ++cells;
            touched.insert(region);
            if (!allowed.count(region) && !NearAllowed(index.regions, col, run.row, allowed)) ++outside, ++stray[region];
        }
    if (cells == 0 || static_cast<double>(outside) / static_cast<double>(cells) <= kMaxOutside) return;
    const int worst = std::max_element(stray.begin(), stray.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
    const ReferralPattern& pattern = view.patterns[p.source];
    Report(d, view.file, pattern.line, "svg/pattern[" + pattern.trigger_point + "]",
           std::string(PatternKindName(p.kind)) + " pattern of '" + pattern.trigger_point + "' on view '" + view.id + "' lies " +
               std::to_string(100 * outside / cells) + "% outside the regions its zones name, most in " + db.atlas.regions[worst].id,
           "add the region to the trigger point's zones in its muscle file, or redraw the pattern");
}

void CheckTriggerPoint(const Database& db, TriggerPointRef ref, Diagnostics& d) {
    const Muscle& muscle = db.content.muscles[ref.muscle];
    const TriggerPoint& tp = muscle.trigger_points[ref.trigger_point];
    const std::string id = muscle.id + "." + tp.id;
    const int instance = MuscleInstance{ref.muscle, Side::Right}.Index();
    const ZoneRegions zones = RightSideZones(db, tp);
    std::set<int> essential, any;
    for (auto& [r, line] : zones.essential) essential.insert(r), any.insert(r);
    for (auto& [r, line] : zones.spillover) any.insert(r);
    std::set<int> touched_essential, touched_any;
    bool drawn = false;
    for (size_t v = 0; v < db.atlas.views.size(); ++v)
        for (const IndexedPattern& p : db.pattern_index[v].patterns) {
            if (p.instance != instance || p.trigger_point != ref.trigger_point) continue;
            drawn |= p.kind == PatternKind::Essential;
            std::set<int> touched;
            CheckShape(db, db.atlas.views[v], db.pattern_index[v], p, p.kind == PatternKind::Essential ? essential : any, touched, d);
            if (p.kind == PatternKind::Essential) touched_essential.insert(touched.begin(), touched.end());
            touched_any.insert(touched.begin(), touched.end());
        }
    if (!drawn) {
        Report(d, muscle.file, muscle.line, "muscle[" + muscle.id + "]/trigger-point[" + tp.id + "]",
               "trigger point '" + id + "' has no essential pattern drawn in the atlas",
               "draw its pattern in tools/atlas-draft (atlas/README.md, \"Referral patterns\")");
        return;
    }
    for (auto& [region, line] : zones.essential)
        if (!touched_essential.count(region))
            Report(d, muscle.file, line, "muscle[" + muscle.id + "]/trigger-point[" + tp.id + "]/essential",
                   "the essential zone '" + db.atlas.regions[region].id + "' of '" + id + "' is not covered by its drawn essential pattern on any view",
                   "extend the drawn pattern into that region, or change the zone");
    for (auto& [region, line] : zones.spillover)
        if (!touched_any.count(region))
            Report(d, muscle.file, line, "muscle[" + muscle.id + "]/trigger-point[" + tp.id + "]/spillover",
                   "the spillover zone '" + db.atlas.regions[region].id + "' of '" + id + "' is not covered by its drawn pattern on any view",
                   "extend the drawn pattern into that region, or change the zone");
}

}  // namespace

void CheckPatterns(const Database& db, Diagnostics& d) {
    for (const View& view : db.atlas.views)
        for (const ReferralPattern& pattern : view.patterns)
            if (!db.FindTriggerPoint(pattern.trigger_point) &&
                !db.UnreadableMuscle(Database::MuscleIdOf(pattern.trigger_point)))
                Report(d, view.file, pattern.line, "svg/pattern", "unknown trigger point '" + pattern.trigger_point + "'",
                       "write <muscle>.<point>, as in the muscle's file");
    if (db.pattern_index.size() != db.atlas.views.size()) return;
    // An atlas without any drawn pattern (a test fixture, an early draft) ranks by regions alone.
    const bool any = std::any_of(db.atlas.views.begin(), db.atlas.views.end(), [](const View& v) { return !v.patterns.empty(); });
    if (!any) return;
    for (size_t m = 0; m < db.content.muscles.size(); ++m)
        for (size_t t = 0; t < db.content.muscles[m].trigger_points.size(); ++t)
            CheckTriggerPoint(db, {static_cast<int>(m), static_cast<int>(t)}, d);
}

}  // namespace ta
