// JSON conversion of muscles, rankings, search results and diagnostics.
#include "json_export.hpp"

#include "mark_regions.hpp"
#include "muscle_label.hpp"
#include "point_labels.hpp"
#include "presentation.hpp"
#include "technique_figure.hpp"

#include <algorithm>
#include <cmath>

namespace ta::cli {

using nlohmann::json;

namespace {

json DoseJson(const Dose& dose) {
    json j = json::object();
    if (dose.hold_seconds) j["hold_seconds"] = *dose.hold_seconds;
    if (dose.reps) j["reps"] = *dose.reps;
    if (dose.sets) j["sets"] = *dose.sets;
    if (dose.per_day) j["per_day"] = *dose.per_day;
    if (dose.minutes) j["minutes"] = *dose.minutes;
    j["text"] = dose.Describe();
    return j;
}

// The names from the content and the drawable shapes in figure space (y down, floor at 0).
json FigureJson(const std::optional<FigureSpec>& spec) {
    if (!spec) return nullptr;
    const FigureDrawing drawing = DrawFigure(*spec);
    json shapes = json::array();
    for (const auto& shape : drawing.shapes) {
        json points = json::array();
        for (const auto& p : shape.points) points.push_back({std::round(p.x * 100) / 100, std::round(p.y * 100) / 100});
        shapes.push_back({{"role", FigureRoleName(shape.role)}, {"form", FigureFormName(shape.form)}, {"points", points}, {"width", shape.width}});
    }
    const FigureBox& box = drawing.view_box;
    return {{"pose", spec->pose}, {"tool", spec->tool}, {"place", spec->place}, {"arrow", spec->arrow}, {"arrow_at", spec->arrow_at},
            {"view_box", {box.min_x, box.min_y, box.Width(), box.Height()}}, {"shapes", shapes}};
}

json TechniqueJson(const Technique& t) {
    return {{"id", t.id},       {"kind", TechniqueKindName(t.kind)}, {"title", t.title},
            {"tool", t.tool},   {"position", t.position},            {"steps", t.steps},
            {"dose", DoseJson(t.dose)}, {"cautions", t.cautions}, {"figure", FigureJson(t.figure)}};
}

json SelfTestJson(const SelfTest& t) {
    return {{"id", t.id},         {"title", t.title},       {"position", t.position}, {"steps", t.steps},
            {"result", t.result}, {"cautions", t.cautions}, {"figure", FigureJson(t.figure)}};
}

json ZonesJson(const TriggerPoint& tp) {
    json zones = json::array();
    for (const auto& z : tp.zones) {
        const char* side = z.side == ZoneSide::Same ? "same" : z.side == ZoneSide::Opposite ? "opposite" : "both";
        zones.push_back({{"kind", z.kind == ZoneKind::Essential ? "essential" : "spillover"},
                         {"region", z.region}, {"weight", z.weight}, {"side", side}});
    }
    return zones;
}

json TriggerPointJson(const Database& db, const Muscle& m, int index) {
    const TriggerPoint& tp = m.trigger_points[index];
    json positions = json::array(), patterns = json::array();
    const std::string full_id = m.id + "." + tp.id;
    for (const auto& view : db.atlas.views) {
        for (const auto& mark : view.trigger_points)
            if (mark.trigger_point == full_id)
                positions.push_back({{"view", view.id}, {"side", SideName(mark.side)},
                                     {"x", mark.position.x}, {"y", mark.position.y}});
        for (const auto& pattern : view.patterns)
            if (pattern.trigger_point == full_id)
                patterns.push_back({{"view", view.id}, {"side", SideName(pattern.side)}, {"kind", PatternKindName(pattern.kind)},
                                    {"path", FormatSvgPath(pattern.shape)}});
    }
    return {{"id", full_id}, {"number", TriggerPointNumber(index)}, {"find", tp.find}, {"zones", ZonesJson(tp)}, {"positions", positions}, {"patterns", patterns}};
}

json MarkMatchJson(const MarkMatch& match) {
    const char* zone = match.zone == MatchKind::Essential ? "essential" : match.zone == MatchKind::Spillover ? "spillover" : "none";
    return {{"zone", zone}, {"weight", match.zone_weight}, {"over_trigger_point", match.over_trigger_point}};
}

json CandidateJson(const Database& db, const Candidate& c) {
    json matches = json::array();
    for (const auto& m : c.matches) matches.push_back(MarkMatchJson(m));
    return {{"muscle", db.content.muscles[c.muscle].id}, {"name", db.content.muscles[c.muscle].name},
            {"heading", MuscleHeading(db, c.muscle)}, {"title", CandidateTitle(db, c)}, {"groups", GroupNames(db, c.muscle)},
            {"side", CandidateSideName(c.side)}, {"score", std::round(c.score * 10) / 10},
            {"explanation", c.explanation}, {"explained", c.explained}, {"fit", c.fit},
            {"local", c.local}, {"matches", matches}};
}

}  // namespace

json MuscleSummaryJson(const Database& db, int muscle) {
    const Muscle& m = db.content.muscles[muscle];
    json group_ids = json::array();
    for (int g : db.GroupsOf(muscle)) group_ids.push_back(db.content.groups[g].id);
    return {{"id", m.id}, {"name", m.name}, {"heading", MuscleHeading(db, muscle)}, {"anatomical_name", m.anatomical_name},
            {"aliases", m.aliases}, {"groups", GroupNames(db, muscle)}, {"group_ids", group_ids}, {"prior", m.prior},
            {"trigger_point_count", m.trigger_points.size()}};
}

json MuscleJson(const Database& db, int muscle) {
    const Muscle& m = db.content.muscles[muscle];
    json j = MuscleSummaryJson(db, muscle);
    j["location"] = m.location;
    j["trigger_points"] = json::array();
    for (size_t i = 0; i < m.trigger_points.size(); ++i) j["trigger_points"].push_back(TriggerPointJson(db, m, static_cast<int>(i)));
    j["symptoms"] = m.symptoms;
    j["causes"] = m.causes;
    j["techniques"] = json::array();
    for (const auto& t : m.techniques) j["techniques"].push_back(TechniqueJson(t));
    j["self_tests"] = json::array();
    for (const auto& t : db.content.self_tests)
        if (std::find(t.muscles.begin(), t.muscles.end(), m.id) != t.muscles.end()) j["self_tests"].push_back(SelfTestJson(t));
    j["not_at_home"] = json::array();
    for (const auto& n : m.not_at_home) j["not_at_home"].push_back({{"kind", TechniqueKindName(n.kind)}, {"reason", n.reason}});
    j["sources"] = json::array();
    for (const auto& s : m.sources) {
        std::string text;
        for (const auto& r : db.content.references)
            if (r.id == s.reference) text = r.text;
        j["sources"].push_back({{"ref", s.reference}, {"chapter", s.chapter}, {"reference", text}});
    }
    return j;
}

nlohmann::ordered_json WarningsJson(const Database& db, const std::vector<WarningLine>& warnings) {
    auto out = nlohmann::ordered_json::array();
    for (const WarningLine& w : warnings) {
        std::vector<std::string> regions;
        for (int r : w.regions) regions.push_back(db.atlas.regions[r].id);
        out.push_back(nlohmann::ordered_json{{"id", w.id}, {"urgency", UrgencyName(w.urgency)}, {"tag", w.tag}, {"summary", w.summary},
                                             {"title", w.title}, {"text", w.text}, {"general", w.general}, {"regions", regions}});
    }
    return out;
}

nlohmann::ordered_json RankJson(const Database& db, const std::vector<PainMark>& marks, const RankResult& result,
                                const std::vector<WarningLine>& warnings) {
    nlohmann::ordered_json j;
    j["red_flags"] = WarningsJson(db, warnings);
    j["marks"] = json::array();
    for (const auto& m : marks) {
        std::vector<std::string> covered;
        for (int r : RegionsCovered(db, m)) covered.push_back(db.atlas.regions[r].id);
        const char* kind = m.strokes.empty() ? "region" : m.strokes.size() == 1 && m.strokes[0].points.size() == 1 ? "click" : "area";
        j["marks"].push_back(nlohmann::ordered_json{{"kind", kind}, {"view", m.view >= 0 ? db.atlas.views[m.view].id : ""},
                                                    {"region", db.atlas.regions[m.region].id}, {"regions", covered}, {"intensity", m.intensity}});
    }
    j["candidates"] = json::array();
    for (const auto& c : result.candidates) j["candidates"].push_back(nlohmann::ordered_json(CandidateJson(db, c)));
    j["cover"] = json::array();
    for (int i : result.cover) {
        const Candidate& c = result.candidates[i];
        j["cover"].push_back({{"muscle", db.content.muscles[c.muscle].id}, {"name", db.content.muscles[c.muscle].name},
                              {"side", CandidateSideName(c.side)}});
    }
    j["unexplained"] = json::array();
    for (int m : result.unexplained_marks) j["unexplained"].push_back(db.atlas.regions[marks[m].region].id);
    return j;
}

nlohmann::ordered_json SearchJson(const Database& db, const SearchIndex& index, const SearchResults& found,
                                  const std::vector<WarningLine>& warnings) {
    nlohmann::ordered_json j;
    j["red_flags"] = WarningsJson(db, warnings);
    j["conditions"] = nlohmann::ordered_json::array();
    for (const auto& h : found.conditions) {
        const Condition& c = db.content.conditions[h.condition];
        std::vector<std::string> areas, muscles;
        for (const auto& a : c.areas) areas.push_back(a.region);
        for (int m : index.ConditionMuscles(h.condition)) muscles.push_back(db.content.muscles[m].id);
        j["conditions"].push_back(nlohmann::ordered_json{{"id", c.id}, {"name", c.name}, {"score", std::round(h.score * 1000) / 1000},
                                                         {"matched", h.matched}, {"note", c.note}, {"areas", areas}, {"muscles", muscles}});
    }
    j["results"] = nlohmann::ordered_json::array();
    for (const auto& h : found.muscles)
        j["results"].push_back(nlohmann::ordered_json{
            {"muscle", db.content.muscles[h.muscle].id}, {"name", db.content.muscles[h.muscle].name},
            {"heading", MuscleHeading(db, h.muscle)}, {"groups", GroupNames(db, h.muscle)},
            {"score", std::round(h.score * 1000) / 1000}, {"matched", h.matched},
            {"condition", h.condition >= 0 ? db.content.conditions[h.condition].id : ""}});
    return j;
}

json DiagnosticJson(const Diagnostic& d) {
    return {{"severity", SeverityName(d.severity)}, {"file", d.file}, {"line", d.line},
            {"path", d.element_path}, {"message", d.message}, {"hint", d.hint}};
}

}  // namespace ta::cli
