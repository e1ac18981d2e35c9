// Cross-reference checks. Content files are written by hand by clinicians; each broken reference
// is reported at the line that makes it, with the names that would have been valid.
#include "database_checks.hpp"

#include <functional>
#include <set>

namespace ta {

namespace {

void Report(Diagnostics& d, Severity s, const std::string& file, int line, std::string path, std::string message,
            std::string hint = {}) {
    d.Add({s, file, line, std::move(path), std::move(message), std::move(hint)});
}

void CheckZones(const Database& db, const Muscle& m, Diagnostics& d) {
    for (const auto& tp : m.trigger_points) {
        for (const auto& zone : tp.zones) {
            const std::string path = "muscle[" + m.id + "]/trigger-point[" + tp.id + "]";
            auto base = db.atlas.FindBase(zone.region);
            if (!base) {
                Report(d, Severity::Error, m.file, zone.line, path, "unknown region '" + zone.region + "'",
                       "use a region base from atlas/regions.xml, e.g. mid-temple (not right-mid-temple)");
            } else if (!db.atlas.bases[*base].paired && zone.side != ZoneSide::Same) {
                Report(d, Severity::Error, m.file, zone.line, path, "side= on midline region '" + zone.region + "'",
                       "midline regions have no side; remove the side attribute");
            }
        }
    }
}

void CheckMuscleReferences(const Database& db, const Muscle& m, const std::set<std::string>& references,
                           Diagnostics& d) {
    CheckZones(db, m, d);
    for (const auto& citation : m.sources)
        if (!references.count(citation.reference))
            Report(d, Severity::Error, m.file, citation.line, "muscle[" + m.id + "]/source",
                   "unknown source '" + citation.reference + "'", "add it to content/sources.xml");
}

void CheckGuides(const Database& db, Diagnostics& d) {
    for (const auto& test : db.content.self_tests)
        for (const auto& muscle : test.muscles)
            if (db.UnknownMuscle(muscle))
                Report(d, Severity::Error, test.file, test.line, "self-test[" + test.id + "]",
                       "unknown muscle '" + muscle + "'");
    for (const auto& routine : db.content.routines) {
        for (const auto& step : routine.steps) {
            const std::string path = "routine[" + routine.id + "]/step";
            if (!step.exercise.empty()) {
                if (!db.content.FindExercise(step.exercise))
                    Report(d, Severity::Error, routine.file, step.line, path, "unknown exercise '" + step.exercise + "'",
                           "add it to content/exercises.xml, or name one that is there");
                continue;
            }
            auto muscle = db.FindMuscle(step.muscle);
            if (!muscle) {
                if (db.UnknownMuscle(step.muscle))
                    Report(d, Severity::Error, routine.file, step.line, path, "unknown muscle '" + step.muscle + "'");
            } else if (!db.content.muscles[*muscle].FindTechnique(step.technique))
                Report(d, Severity::Error, routine.file, step.line, path,
                       "muscle '" + step.muscle + "' has no technique '" + step.technique + "'");
        }
    }
}

void CheckRedFlags(const Database& db, Diagnostics& d) {
    const Safety& safety = db.content.safety;
    for (const auto& flag : safety.red_flags)
        for (const auto& ref : flag.regions)
            if (!db.atlas.FindBase(ref.region))
                Report(d, Severity::Error, safety.file, ref.line, "red-flag[" + flag.id + "]/region",
                       "unknown region '" + ref.region + "'", "use a region base from atlas/regions.xml");
}

void CheckConditions(const Database& db, const std::set<std::string>& references, Diagnostics& d) {
    std::set<std::string> ids;
    for (const auto& condition : db.content.conditions) {
        const std::string path = "condition[" + condition.id + "]";
        if (!ids.insert(condition.id).second)
            Report(d, Severity::Error, condition.file, condition.line, path, "duplicate condition id '" + condition.id + "'");
        for (const auto& area : condition.areas)
            if (!db.atlas.FindBase(area.region))
                Report(d, Severity::Error, condition.file, area.line, path + "/area", "unknown region '" + area.region + "'",
                       "use a region base from atlas/regions.xml");
        for (const auto& citation : condition.sources)
            if (!references.count(citation.reference))
                Report(d, Severity::Error, condition.file, citation.line, path + "/source",
                       "unknown source '" + citation.reference + "'", "add it to content/sources.xml");
    }
}

}  // namespace

void CheckUniqueIds(Database& db, Diagnostics& d) {
    for (size_t i = 0; i < db.content.muscles.size(); ++i) {
        const Muscle& m = db.content.muscles[i];
        if (!db.muscle_index.emplace(m.id, static_cast<int>(i)).second)
            Report(d, Severity::Error, m.file, m.line, "muscle[" + m.id + "]", "duplicate muscle id '" + m.id + "'",
                   "muscle ids must be unique across all files");
    }
    for (size_t i = 0; i < db.content.groups.size(); ++i) {
        const Group& g = db.content.groups[i];
        if (!db.group_index.emplace(g.id, static_cast<int>(i)).second)
            Report(d, Severity::Error, g.file, g.line, "group[" + g.id + "]", "duplicate group id '" + g.id + "'");
    }
}

void CheckContentReferences(const Database& db, Diagnostics& d) {
    std::set<std::string> references;
    for (const auto& r : db.content.references) references.insert(r.id);
    for (const auto& m : db.content.muscles) CheckMuscleReferences(db, m, references, d);
    for (const auto& g : db.content.groups)
        for (const auto& member : g.members)
            if (!member.muscle.empty() ? db.UnknownMuscle(member.muscle) : !db.FindGroup(member.group))
                Report(d, Severity::Error, g.file, member.line, "group[" + g.id + "]/member",
                       "unknown " + std::string(member.muscle.empty() ? "group '" + member.group : "muscle '" + member.muscle) + "'");
    CheckGuides(db, d);
    CheckRedFlags(db, d);
    CheckConditions(db, references, d);
}

std::vector<std::vector<int>> FlattenGroups(const Database& db, Diagnostics& d) {
    const auto& groups = db.content.groups;
    std::vector<std::vector<int>> flat(groups.size());
    enum class Mark { New, Active, Done };
    std::vector<Mark> marks(groups.size(), Mark::New);
    std::function<void(int)> visit = [&](int g) {
        marks[g] = Mark::Active;
        std::set<int> muscles;
        for (const auto& member : groups[g].members) {
            if (!member.muscle.empty()) {
                if (auto m = db.FindMuscle(member.muscle)) muscles.insert(*m);
                continue;
            }
            auto child = db.FindGroup(member.group);
            if (!child) continue;
            if (marks[*child] == Mark::Active) {
                Report(d, Severity::Error, groups[g].file, member.line, "group[" + groups[g].id + "]/member",
                       "group cycle: '" + groups[g].id + "' contains '" + member.group + "', which contains it again",
                       "a group may not contain itself, directly or through other groups");
                continue;
            }
            if (marks[*child] == Mark::New) visit(*child);
            muscles.insert(flat[*child].begin(), flat[*child].end());
        }
        flat[g].assign(muscles.begin(), muscles.end());
        marks[g] = Mark::Done;
    };
    for (size_t g = 0; g < groups.size(); ++g)
        if (marks[g] == Mark::New) visit(static_cast<int>(g));
    return flat;
}

void CheckAtlasAgainstContent(const Database& db, Diagnostics& d) {
    for (const auto& view : db.atlas.views) {
        for (const auto& outline : view.muscles)
            if (db.UnknownMuscle(outline.muscle))
                Report(d, Severity::Error, view.file, outline.line, "svg/muscle", "unknown muscle '" + outline.muscle + "'");
        for (const auto& mark : view.trigger_points) {
            const auto ref = db.FindTriggerPoint(mark.trigger_point);
            if (!ref) {
                if (!db.UnreadableMuscle(Database::MuscleIdOf(mark.trigger_point)))
                    Report(d, Severity::Error, view.file, mark.line, "svg/trigger-point",
                           "unknown trigger point '" + mark.trigger_point + "'", "write <muscle>.<point>, as in the muscle's file");
                continue;
            }
            const Muscle* m = &db.content.muscles[ref->muscle];
            bool inside = std::any_of(view.muscles.begin(), view.muscles.end(), [&](const MuscleOutline& o) {
                return o.muscle == m->id && o.side == mark.side && o.shape.Contains(mark.position);
            });
            if (!inside)
                Report(d, Severity::Error, view.file, mark.line, "svg/trigger-point",
                       "trigger point '" + mark.trigger_point + "' (" + SideName(mark.side) +
                           ") lies outside its muscle's outline on this view",
                       "move the point, or draw the outline of " + m->id + " on this view");
        }
    }
}

}  // namespace ta
