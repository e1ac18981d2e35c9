// `list`, `regions`, `search` and `show`: looking things up in the database.
#include "commands.hpp"
#include "json_export.hpp"

#include "muscle_label.hpp"
#include "point_labels.hpp"
#include "presentation.hpp"
#include "search.hpp"

#include <iomanip>
#include <ostream>

namespace ta::cli {

int RunList(CommandEnv& env) {
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    nlohmann::json muscles = nlohmann::json::array();
    for (size_t i = 0; i < db->content.muscles.size(); ++i) {
        if (env.args.json) muscles.push_back(MuscleSummaryJson(*db, static_cast<int>(i)));
        else env.out << std::left << std::setw(30) << db->content.muscles[i].id << MuscleHeading(*db, static_cast<int>(i)) << "\n";
    }
    if (env.args.json) env.out << nlohmann::json{{"muscles", muscles}}.dump(2) << "\n";
    return kExitOk;
}

namespace {

// A region's pieces on one view as one path (a region may fall in several pieces).
std::string RegionPath(const View& view, int region) {
    Shape all;
    for (const RegionShape& piece : view.regions)
        if (piece.region == region) all.rings.insert(all.rings.end(), piece.shape.rings.begin(), piece.shape.rings.end());
    return FormatSvgPath(all);
}

}  // namespace

int RunRegions(CommandEnv& env) {
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    if (env.args.view && !db->atlas.FindView(*env.args.view)) {
        env.err << "trigger-atlas-cli: unknown view '" << *env.args.view << "'; views:";
        for (const auto& v : db->atlas.views) env.err << " " << v.id;
        env.err << "\n";
        return kExitUsage;
    }
    nlohmann::json regions = nlohmann::json::array();
    for (const auto& view : db->atlas.views) {
        if (env.args.view && view.id != *env.args.view) continue;
        for (size_t r = 0; r < db->atlas.regions.size(); ++r) {
            if (!view.ShowsRegion(static_cast<int>(r))) continue;
            const Region& region = db->atlas.regions[r];
            if (env.args.json)
                regions.push_back({{"id", region.id}, {"name", region.name}, {"view", view.id}, {"side", SideName(region.side)},
                                   {"path", RegionPath(view, static_cast<int>(r))}});
            else
                env.out << std::left << std::setw(12) << view.id << std::setw(36) << region.id << region.name << "\n";
        }
    }
    if (env.args.json) env.out << nlohmann::json{{"regions", regions}}.dump(2) << "\n";
    return kExitOk;
}

namespace {

void PrintConditions(std::ostream& out, const Database& db, const SearchIndex& index, const SearchResults& found) {
    for (const auto& hit : found.conditions) {
        const Condition& c = db.content.conditions[hit.condition];
        out << c.name << "\n";
        if (!c.note.empty()) out << "  " << c.note << "\n";
        out << "  Muscles that commonly refer there:";
        const auto& muscles = index.ConditionMuscles(hit.condition);
        for (size_t i = 0; i < muscles.size(); ++i) out << (i ? ", " : " ") << db.content.muscles[muscles[i]].name;
        out << "\n\n";
    }
}

}  // namespace

int RunSearch(CommandEnv& env) {
    if (env.args.positional.empty()) {
        env.err << "trigger-atlas-cli: search needs TEXT (try: trigger-atlas-cli search psoas)\n";
        return kExitUsage;
    }
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    std::string query;
    for (const auto& word : env.args.positional) query += (query.empty() ? "" : " ") + word;
    const SearchIndex index(*db);
    const SearchResults found = index.Find(query);
    const auto regions = ConditionRegions(*db, found);
    const auto warnings = regions.empty() ? std::vector<WarningLine>{} : WarningLines(*db, WarningSignsForRegions(*db, regions));
    if (env.args.json) {
        env.out << SearchJson(*db, index, found, warnings).dump(2) << "\n";
    } else {
        PrintWarnings(env.out, warnings);
        PrintConditions(env.out, *db, index, found);
        for (const auto& h : found.muscles) {
            env.out << std::fixed << std::setprecision(2) << h.score << "  " << std::left << std::setw(30)
                    << db->content.muscles[h.muscle].id << MuscleHeading(*db, h.muscle);
            if (h.condition >= 0) env.out << "  (refers to: " << h.matched << ")\n";
            else env.out << "  (matched \"" << h.matched << "\")\n";
        }
        if (found.muscles.empty()) env.err << "no muscle matches \"" << query << "\"\n";
    }
    return found.muscles.empty() ? kExitDataError : kExitOk;
}

namespace {

void PrintList(std::ostream& out, const char* heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << "\n" << heading << "\n";
    for (const auto& item : items) out << "  - " << item << "\n";
}

void PrintTechnique(std::ostream& out, const Technique& t) {
    out << "\n" << TechniqueKindName(t.kind) << ": " << t.title << "\n";
    if (!t.tool.empty()) out << "  " << kToolLabel << ": " << t.tool << "\n";
    out << "  Position: " << t.position << "\n";
    for (size_t i = 0; i < t.steps.size(); ++i) out << "  " << i + 1 << ". " << t.steps[i] << "\n";
    out << "  Dose: " << t.dose.Describe() << "\n";
    for (const auto& c : t.cautions) out << "  Caution: " << c << "\n";
}

void PrintMuscle(std::ostream& out, const Database& db, int muscle) {
    const Muscle& m = db.content.muscles[muscle];
    out << MuscleHeading(db, muscle) << " (" << m.anatomical_name << ")\n";
    if (!m.aliases.empty()) {
        out << "Also called:";
        for (const auto& a : m.aliases) out << " " << a << (&a == &m.aliases.back() ? "" : ",");
        out << "\n";
    }
    out << "\nWhere it is: " << m.location << "\n";
    for (size_t i = 0; i < m.trigger_points.size(); ++i) {
        const TriggerPoint& tp = m.trigger_points[i];
        // The number the point carries on the app's body and on the sheets' diagrams.
        out << "\nTrigger point " << TriggerPointNumber(static_cast<int>(i)) << " (" << m.id << "." << tp.id << ")\n  Find it: " << tp.find
            << "\n  Refers to:";
        for (const auto& z : tp.zones) {
            auto base = db.atlas.FindBase(z.region);
            out << " " << (base ? db.atlas.bases[*base].name : z.region) << (z.kind == ZoneKind::Essential ? " (main)" : " (spillover)")
                << (&z == &tp.zones.back() ? "" : ",");
        }
        out << "\n";
    }
    PrintList(out, "Symptoms", m.symptoms);
    PrintList(out, "Causes", m.causes);
    for (const auto& t : m.techniques) PrintTechnique(out, t);
    for (const auto& n : m.not_at_home) out << "\nNot at home (" << TechniqueKindName(n.kind) << "): " << n.reason << "\n";
    out << "\nSources\n";
    for (const auto& s : m.sources) out << "  - " << s.reference << (s.chapter.empty() ? "" : ": " + s.chapter) << "\n";
}

}  // namespace

void PrintNotOneMuscle(std::ostream& err, const Database& db, std::string_view text, const MuscleName& name) {
    err << "trigger-atlas-cli: '" << text << "' does not name one muscle";
    for (size_t i = 0; i < name.suggestions.size(); ++i)
        err << (i ? ", " : "; did you mean: ") << db.content.muscles[name.suggestions[i]].id << " ("
            << db.content.muscles[name.suggestions[i]].name << ")";
    err << (name.suggestions.empty() ? " (see: trigger-atlas-cli list)\n" : "?\n");
}

int RunShow(CommandEnv& env) {
    if (env.args.positional.size() != 1) {
        env.err << "trigger-atlas-cli: show needs exactly one muscle: an id, name or alias (try: trigger-atlas-cli show psoas)\n";
        return kExitUsage;
    }
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    const auto name = SearchIndex(*db).ResolveMuscle(env.args.positional[0]);
    if (!name.muscle) {
        PrintNotOneMuscle(env.err, *db, env.args.positional[0], name);
        return kExitDataError;
    }
    const int muscle = *name.muscle;
    if (env.args.json) env.out << MuscleJson(*db, muscle).dump(2) << "\n";
    else PrintMuscle(env.out, *db, muscle);
    return kExitOk;
}

}  // namespace ta::cli
