// Building the sheet model: picks the pages, their texts and the body views to draw.
#include "sheet_model.hpp"

#include "muscle_label.hpp"
#include "presentation.hpp"
#include "point_labels.hpp"
#include "routine_steps.hpp"
#include "search.hpp"
#include "text_fold.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace ta {

namespace {

template <typename T>
void AddUnique(std::vector<T>& list, const T& value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string JoinWords(const std::vector<std::string>& words, const std::string& separator) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : separator) + w;
    return out;
}

// A group by id, name or alias ("erector-spinae", "Erector spinae", "traps").
std::optional<int> FindGroupByName(const Database& db, const std::string& text) {
    if (auto g = db.FindGroup(text)) return g;
    const std::string folded = FoldForSearch(text);
    for (size_t g = 0; g < db.content.groups.size(); ++g) {
        const Group& group = db.content.groups[g];
        if (FoldForSearch(group.name) == folded) return static_cast<int>(g);
        for (const auto& alias : group.aliases)
            if (FoldForSearch(alias) == folded) return static_cast<int>(g);
    }
    return std::nullopt;
}

// Muscles and groups, each by id, name or alias, to muscle indexes, in the order given, each
// muscle once.
std::optional<std::vector<int>> ResolveMuscles(const Database& db, const std::vector<std::string>& names, std::string& error) {
    std::vector<int> muscles;
    std::optional<SearchIndex> index;  // built only when a name is not an id
    for (const auto& text : names) {
        if (auto m = db.FindMuscle(text)) {
            AddUnique(muscles, *m);
            continue;
        }
        if (!index) index.emplace(db);
        const MuscleName name = index->ResolveMuscle(text);
        if (name.muscle) {
            AddUnique(muscles, *name.muscle);
        } else if (auto g = FindGroupByName(db, text)) {
            for (int member : db.group_muscles[*g]) AddUnique(muscles, member);
        } else {
            error = "'" + text + "' does not name one muscle or group";
            for (size_t i = 0; i < name.suggestions.size(); ++i)
                error += (i ? ", " : "; did you mean: ") + db.content.muscles[name.suggestions[i]].id;
            error += name.suggestions.empty() ? " (see: trigger-atlas-cli list)" : "?";
            return std::nullopt;
        }
    }
    return muscles;
}

// ---- Diagrams ------------------------------------------------------------------------------

// The muscle instance's zones, outline and trigger points on one view, added to `d`.
void AddInstance(const Database& db, const View& view, const ViewPatternIndex& patterns, MuscleInstance instance, SheetDiagram& d) {
    const bool drawn = patterns.instance_drawn.size() > static_cast<size_t>(instance.Index()) && patterns.instance_drawn[instance.Index()];
    for (const ZoneWeight& z : db.zones_by_instance[instance.Index()]) {
        AddUnique(d.zone_regions, z.region);
        if (drawn) continue;
        if (z.essential > 0) AddUnique(d.essential_regions, z.region);
        else if (z.spillover > 0) AddUnique(d.spillover_regions, z.region);
    }
    if (drawn)
        for (const IndexedPattern& p : patterns.patterns)
            if (p.instance == instance.Index())
                AddUnique(p.kind == PatternKind::Essential ? d.essential_patterns : d.spillover_patterns, p.source);
    const std::string& id = db.content.muscles[instance.muscle].id;
    for (size_t i = 0; i < view.muscles.size(); ++i)
        if (view.muscles[i].muscle == id && view.muscles[i].side == instance.side) AddUnique(d.outlines, static_cast<int>(i));
    for (size_t i = 0; i < view.trigger_points.size(); ++i) {
        auto point = db.FindTriggerPoint(view.trigger_points[i].trigger_point);
        if (!point || point->muscle != instance.muscle || view.trigger_points[i].side != instance.side) continue;
        if (std::find(d.trigger_points.begin(), d.trigger_points.end(), static_cast<int>(i)) != d.trigger_points.end()) continue;
        d.trigger_points.push_back(static_cast<int>(i));
        d.point_numbers.push_back(TriggerPointNumber(point->trigger_point));
    }
}

SheetDiagram DiagramOn(const Database& db, int view_index, int muscle, Side side) {
    SheetDiagram d = OverlayDiagram(db, view_index, {{muscle, side}});
    d.side = side;
    return d;
}

int ZonesShown(const View& view, const SheetDiagram& d, const std::set<int>& wanted) {
    int shown = 0;
    for (int r : d.zone_regions) shown += wanted.count(r) && view.ShowsRegion(r);
    return shown;
}

std::set<int> AllZones(const SheetDiagram& d) { return {d.zone_regions.begin(), d.zone_regions.end()}; }

// The outline counts most, then the trigger points, then how many zones the view shows.
int DiagramScore(const Database& db, const SheetDiagram& d) {
    const View& view = db.atlas.views[d.view];
    const bool drawn = !d.essential_patterns.empty();
    return (d.outlines.empty() ? 0 : 10000) + (d.trigger_points.empty() ? 0 : 1000) + (drawn ? 500 : 0) + ZonesShown(view, d, AllZones(d));
}

std::optional<SheetDiagram> BestDiagram(const Database& db, int muscle, Side side) {
    std::optional<SheetDiagram> best;
    int best_score = 0;
    for (size_t v = 0; v < db.atlas.views.size(); ++v) {
        SheetDiagram d = DiagramOn(db, static_cast<int>(v), muscle, side);
        int score = DiagramScore(db, d);
        if (score > best_score) best = std::move(d), best_score = score;
    }
    return best;
}

// The view that shows most of the zones the first view misses, if any.
std::optional<SheetDiagram> SecondDiagram(const Database& db, const SheetDiagram& first, int muscle) {
    std::set<int> missing;
    for (int r : AllZones(first))
        if (!db.atlas.views[first.view].ShowsRegion(r)) missing.insert(r);
    std::optional<SheetDiagram> best;
    int best_shown = 0;
    for (size_t v = 0; v < db.atlas.views.size() && !missing.empty(); ++v) {
        SheetDiagram d = DiagramOn(db, static_cast<int>(v), muscle, first.side);
        int shown = ZonesShown(db.atlas.views[v], d, missing);
        if (shown > best_shown) best = std::move(d), best_shown = shown;
    }
    return best;
}

// ---- Muscle pages --------------------------------------------------------------------------

// A technique's blocks in the order they are done; `dose` is the muscle sheet's general dose or
// a routine's own dose for its time slot.
std::vector<SheetBlock> TechniqueBlocks(const Technique& t, const std::string& dose_label, const std::string& dose) {
    std::vector<SheetBlock> blocks;
    if (!t.tool.empty()) blocks.push_back({BlockStyle::Label, t.tool, "You need", 0});
    if (!t.position.empty()) blocks.push_back({BlockStyle::Label, t.position, "Position", 0});
    for (size_t i = 0; i < t.steps.size(); ++i) blocks.push_back({BlockStyle::Step, t.steps[i], "", static_cast<int>(i + 1)});
    if (!dose.empty()) blocks.push_back({BlockStyle::Label, dose, dose_label, 0});
    for (const auto& c : t.cautions) blocks.push_back({BlockStyle::Caution, c, "", 0});
    return blocks;
}

// One section per technique of the kind, or the reason it is not for home.
void AddTechniqueSections(const Muscle& m, TechniqueKind kind, const std::string& label, MusclePage& page) {
    for (const Technique& t : m.techniques) {
        if (t.kind != kind) continue;
        SheetSection section{label + ": " + t.title, TechniqueBlocks(t, "Dose", t.dose.Describe()), true, t.figure};
        page.sections.push_back(std::move(section));
        page.grid.rows.push_back(label + ": " + t.title);
    }
    for (const NotAtHome& n : m.not_at_home)
        if (n.kind == kind) page.sections.push_back({label + ": not at home", {{BlockStyle::Paragraph, n.reason, "", 0}}});
}

MusclePage BuildMusclePage(const Database& db, int muscle, Side side) {
    const Muscle& m = db.content.muscles[muscle];
    MusclePage page;
    page.muscle = muscle;
    page.title = MuscleHeading(db, muscle);
    page.subtitle = m.anatomical_name + (m.aliases.empty() ? "" : "  \u00b7  also called " + JoinWords(m.aliases, ", "));
    page.running_header = m.name + " (continued)";
    page.diagrams = MuscleDiagrams(db, muscle, side);
    // A sheet on the fridge must point to a doctor as clearly as the app does.
    page.warnings = WarningLines(db, WarningSignsForRegions(db, ReferralRegions(db, {{muscle, side}})));
    page.sections.push_back({"Where it is", {{BlockStyle::Paragraph, m.location, "", 0}}});
    SheetSection find{m.trigger_points.size() == 1 ? "Finding the trigger point" : "Finding the trigger points", {}};
    for (size_t i = 0; i < m.trigger_points.size(); ++i)
        find.blocks.push_back({BlockStyle::Point, m.trigger_points[i].find, "", TriggerPointNumber(static_cast<int>(i))});
    page.sections.push_back(std::move(find));
    AddTechniqueSections(m, TechniqueKind::Massage, "Self-massage", page);
    AddTechniqueSections(m, TechniqueKind::Stretch, "Stretch", page);
    return page;
}

// ---- Cover page ----------------------------------------------------------------------------

void AddRanking(const Database& db, const RankResult& result, const std::vector<int>& on_sheet, CoverPage& cover) {
    for (size_t i = 0; i < result.candidates.size() && i < kShownCandidates; ++i) {
        const Candidate& c = result.candidates[i];
        const bool printed = std::find(on_sheet.begin(), on_sheet.end(), c.muscle) != on_sheet.end();
        cover.ranked.push_back({CandidateTitle(db, c), c.explanation, printed});
    }
}

// ---- Routine page --------------------------------------------------------------------------

std::string ClockTime(double minutes) {
    const long seconds = std::lround(minutes * 60);
    const long s = seconds % 60;
    return std::to_string(seconds / 60) + ":" + (s < 10 ? "0" : "") + std::to_string(s);
}

// "2 minutes", "1 minute", "1:30 minutes": a routine step's time when its note gives no dose.
std::string Duration(double minutes) {
    if (minutes == std::floor(minutes)) return std::to_string(std::lround(minutes)) + (minutes == 1 ? " minute" : " minutes");
    return ClockTime(minutes) + " minutes";
}

std::optional<RoutinePage> BuildRoutinePage(const Database& db, const std::string& id, std::string& error) {
    auto routine = std::find_if(db.content.routines.begin(), db.content.routines.end(), [&](const Routine& r) { return r.id == id; });
    if (routine == db.content.routines.end()) {
        error = "unknown routine '" + id + "'";
        return std::nullopt;
    }
    RoutinePage page{routine->title, routine->intro, routine->title + " (continued)", {}, {}, {14, {"Routine done"}}};
    std::vector<MuscleInstance> involved;
    double start = 0;
    for (const RoutineStep& step : routine->steps) {
        const ResolvedStep resolved = ResolveStep(db, step);
        if (!resolved.technique) continue;  // the loader reported the broken reference
        if (resolved.muscle) {
            involved.push_back({*resolved.muscle, Side::Right});
            involved.push_back({*resolved.muscle, Side::Left});
        }
        // The routine's own timing is the step's dose (or, without one, its note, or else its time
        // slot); the technique's general dose beside it would contradict it ("two 30-second holds
        // each side" against "6 holds, 3 times a day").
        const std::string dose = !resolved.dose.empty() ? resolved.dose : !step.note.empty() ? step.note : Duration(step.minutes);
        std::vector<SheetBlock> blocks = TechniqueBlocks(*resolved.technique, "In this routine", dose);
        if (!resolved.dose.empty() && !step.note.empty()) blocks.insert(blocks.begin(), {BlockStyle::Label, step.note, "Note", 0});
        RoutineStepEntry entry{ClockTime(start) + " \u2013 " + ClockTime(start + step.minutes), resolved.heading, std::move(blocks),
                               resolved.technique->figure};
        page.steps.push_back(std::move(entry));
        start += step.minutes;
    }
    page.warnings = WarningLines(db, WarningSignsForRegions(db, ReferralRegions(db, involved)));
    return page;
}

// ---- Putting it together -------------------------------------------------------------------

struct PainContext {
    std::vector<PainMark> marks;
    RankResult ranking;
};

PainContext RankPainMap(const Database& db, const PainMap& map) {
    Diagnostics ignored;  // unknown regions in a map are skipped; the front end reported them on load
    PainContext context;
    context.marks = ResolvePainMap(db, map, ignored);
    context.ranking = Rank(db, context.marks);
    return context;
}

// Without muscles asked for, the muscles that together explain the spots (or the best one).
std::vector<int> MusclesFromRanking(const RankResult& ranking) {
    std::vector<int> muscles;
    for (int i : ranking.cover) AddUnique(muscles, ranking.candidates[i].muscle);
    if (muscles.empty() && !ranking.candidates.empty()) muscles.push_back(ranking.candidates.front().muscle);
    return muscles;
}

Side SideFromRanking(const std::optional<PainContext>& pain, int muscle) {
    if (!pain) return Side::Right;
    for (const Candidate& c : pain->ranking.candidates)
        if (c.muscle == muscle) return c.side == CandidateSide::Left ? Side::Left : Side::Right;
    return Side::Right;
}

CoverPage BuildCover(const Database& db, const SheetInput& input, const std::optional<PainContext>& pain, const SheetModel& model,
                     const std::vector<int>& muscles) {
    CoverPage cover;
    cover.title = pain ? "Your pain map and what to work on" : "Your treatment sheets";
    for (const auto& page : model.muscles) cover.contents.push_back(page.title);
    std::vector<int> regions;
    if (pain) {
        cover.diagrams = PainMapDiagrams(db, *input.pain_map);
        AddRanking(db, pain->ranking, muscles, cover);
        for (const PainMark& mark : pain->marks) AddUnique(regions, mark.region);
        cover.note = input.pain_map->note;
    } else {
        // Without a map, the places these muscles send pain stand in for where it hurts.
        std::vector<MuscleInstance> instances;
        for (const auto& page : model.muscles) instances.push_back({page.muscle, page.diagrams.empty() ? Side::Right : page.diagrams.front().side});
        regions = ReferralRegions(db, instances);
    }
    cover.warnings = WarningLines(db, WarningSignsForRegions(db, regions));
    return cover;
}

}  // namespace

SheetDiagram OverlayDiagram(const Database& db, int view, const std::vector<MuscleInstance>& instances) {
    SheetDiagram d;
    d.view = view;
    static const ViewPatternIndex kNone;
    const ViewPatternIndex& patterns = static_cast<size_t>(view) < db.pattern_index.size() ? db.pattern_index[view] : kNone;
    for (const MuscleInstance& instance : instances) AddInstance(db, db.atlas.views[view], patterns, instance, d);
    // Numbers match one muscle's list of trigger points; with several muscles they would repeat.
    const bool one_muscle = std::all_of(instances.begin(), instances.end(), [&](const MuscleInstance& i) { return i.muscle == instances.front().muscle; });
    if (!one_muscle) std::fill(d.point_numbers.begin(), d.point_numbers.end(), 0);
    return d;
}

void AddMarksOnView(const Database& db, const PainMap& map, int view, std::optional<size_t> selected_mark, SheetDiagram& diagram) {
    const View& shown = db.atlas.views[static_cast<size_t>(view)];
    for (size_t i = 0; i < map.marks.size(); ++i) {
        const PainMapMark& mark = map.marks[i];
        if (mark.Drawn()) {
            if (mark.view != shown.id) continue;
            if (selected_mark == i) diagram.selected_area = static_cast<int>(diagram.areas.size());
            diagram.areas.push_back(mark.strokes);
        } else if (auto region = db.atlas.ResolveRegion(mark.region); region && shown.ShowsRegion(*region)) {
            AddUnique(diagram.marked_regions, *region);
        }
    }
}

std::vector<SheetDiagram> PainMapDiagrams(const Database& db, const PainMap& map) {
    std::vector<SheetDiagram> diagrams;
    auto diagram_for = [&](int view) -> SheetDiagram& {
        for (auto& d : diagrams)
            if (d.view == view) return d;
        diagrams.push_back({});
        diagrams.back().view = view;
        return diagrams.back();
    };
    for (const PainMapMark& mark : map.marks) {
        auto view = db.atlas.FindView(mark.view);
        auto region = db.atlas.ResolveRegion(mark.region);
        if (view && mark.Drawn()) {
            diagram_for(*view).areas.push_back(mark.strokes);
        } else if (region) {
            for (size_t v = 0; v < db.atlas.views.size(); ++v)
                if (db.atlas.views[v].ShowsRegion(*region)) {
                    AddUnique(diagram_for(static_cast<int>(v)).marked_regions, *region);
                    break;
                }
        }
    }
    std::sort(diagrams.begin(), diagrams.end(), [](const SheetDiagram& a, const SheetDiagram& b) { return a.view < b.view; });
    return diagrams;
}

std::vector<SheetDiagram> MuscleDiagrams(const Database& db, int muscle, Side side) {
    auto best = BestDiagram(db, muscle, side);
    if (!best || (best->outlines.empty() && best->trigger_points.empty())) {
        auto other = BestDiagram(db, muscle, OppositeSide(side));
        if (other && (!best || DiagramScore(db, *other) > DiagramScore(db, *best))) best = std::move(other);
    }
    if (!best) return {};
    std::vector<SheetDiagram> diagrams{*best};
    if (auto second = SecondDiagram(db, *best, muscle)) diagrams.push_back(std::move(*second));
    return diagrams;
}

std::optional<SheetModel> BuildSheetModel(const Database& db, const SheetInput& input, std::string& error) {
    if (auto problem = SafetyContentProblem(db.content.safety)) {
        error = "refusing to print sheets without their warning signs: " + *problem;
        return std::nullopt;
    }
    auto muscles = ResolveMuscles(db, input.muscles, error);
    if (!muscles) return std::nullopt;
    std::optional<PainContext> pain;
    if (input.pain_map) pain = RankPainMap(db, *input.pain_map);
    if (muscles->empty() && pain) *muscles = MusclesFromRanking(pain->ranking);
    if (muscles->empty() && input.routine.empty() && !input.diary) {
        error = input.pain_map ? "no muscle explains the marked spots" : "nothing to print: name a muscle, a pain map or a routine";
        return std::nullopt;
    }
    SheetModel model;
    model.date = input.date;
    model.disclaimer = db.content.safety.disclaimer;
    model.footer = "Trigger Atlas  \u00b7  printed " + input.date;
    if (!input.routine.empty()) {
        model.routine = BuildRoutinePage(db, input.routine, error);
        if (!model.routine) return std::nullopt;
    }
    if (input.diary) {
        const std::vector<DiaryActivity> nothing_logged;
        model.progress = BuildProgressPage(db, *input.diary, input.diary_activity ? *input.diary_activity : nothing_logged, error);
        if (!model.progress) return std::nullopt;
    }
    for (int m : *muscles) model.muscles.push_back(BuildMusclePage(db, m, SideFromRanking(pain, m)));
    if (pain || model.muscles.size() > 1) model.cover = BuildCover(db, input, pain, model, *muscles);
    return model;
}

}  // namespace ta
