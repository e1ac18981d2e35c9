// Reads content/muscles/<id>.xml: one Read function per element.
#include "content_readers.hpp"

#include "figure_reader.hpp"
#include "xml_reader.hpp"

#include <filesystem>

namespace ta {

namespace {

TechniqueKind ToTechniqueKind(const std::string& kind) {
    if (kind == "stretch") return TechniqueKind::Stretch;
    if (kind == "self-test") return TechniqueKind::SelfTest;
    return TechniqueKind::Massage;
}

void ReadZone(const ElementReader& e, ZoneKind kind, TriggerPoint& tp) {
    e.CheckAttributes({"region", "weight", "side"});
    auto region = e.RequiredAttribute("region");
    auto weight = e.DecimalAttribute("weight", 0.01, 1.0, 1.0);
    auto side = e.ChoiceAttribute("side", {"same", "opposite", "both"}, std::string("same"));
    if (!region || !weight || !side) return;
    ZoneSide zone_side = *side == "opposite" ? ZoneSide::Opposite : *side == "both" ? ZoneSide::Both : ZoneSide::Same;
    tp.zones.push_back({kind, *region, *weight, zone_side, e.Line()});
}

void ReadTriggerPoint(const ElementReader& e, Muscle& muscle) {
    e.CheckAttributes({"id"});
    auto id = e.IdAttribute();
    if (!id) return;
    if (muscle.FindTriggerPoint(*id)) {
        e.Error("duplicate trigger point id '" + *id + "'", "ids must be unique within the muscle");
        return;
    }
    TriggerPoint tp;
    tp.id = *id;
    bool has_referral = false;
    e.ForEachChild({
        {"find", [&](const ElementReader& c) { c.CheckAttributes({}); tp.find = c.RequiredText().value_or(""); }},
        {"referral", [&](const ElementReader& c) {
             has_referral = true;
             c.CheckAttributes({});
             c.ForEachChild({
                 {"essential", [&](const ElementReader& z) { ReadZone(z, ZoneKind::Essential, tp); }},
                 {"spillover", [&](const ElementReader& z) { ReadZone(z, ZoneKind::Spillover, tp); }},
             });
         }},
    });
    if (tp.find.empty()) e.Error("trigger point has no <find> text", "say how a person finds it");
    bool has_essential = std::any_of(tp.zones.begin(), tp.zones.end(),
                                     [](const ZoneArea& z) { return z.kind == ZoneKind::Essential; });
    if (!has_referral || !has_essential)
        e.Error("trigger point has no essential referral zone", "add <referral><essential region=\"...\"/></referral>");
    muscle.trigger_points.push_back(std::move(tp));
}

void ReadDose(const ElementReader& e, Dose& dose) {
    e.CheckAttributes({"hold-seconds", "reps", "sets", "per-day", "minutes"});
    auto read = [&](const char* name, int max, std::optional<int>& out) {
        if (e.Attribute(name)) out = e.WholeAttribute(name, 1, max);
    };
    read("hold-seconds", 600, dose.hold_seconds);
    read("reps", 100, dose.reps);
    read("sets", 20, dose.sets);
    read("per-day", 24, dose.per_day);
    read("minutes", 120, dose.minutes);
    if (!dose.hold_seconds && !dose.reps && !dose.minutes) e.Error("dose gives none of hold-seconds, reps or minutes");
}

}  // namespace

void ReadTechniqueBody(const ElementReader& e, Technique& t) {
    bool has_dose = false;
    e.ForEachChild({
        {"title", TextInto(t.title)},
        {"tool", TextInto(t.tool)},
        {"position", TextInto(t.position)},
        {"step", TextAppend(t.steps)},
        {"dose", [&](const ElementReader& c) { has_dose = true; ReadDose(c, t.dose); }},
        {"caution", TextAppend(t.cautions)},
        {"figure", [&](const ElementReader& c) { ReadFigure(c, t.figure); }},
    });
    if (t.title.empty()) e.Error("technique has no <title>");
    if (t.position.empty()) e.Error("technique has no <position>", "say how to sit, stand or lie");
    if (t.steps.empty()) e.Error("technique has no <step>", "write the steps in order");
    if (!has_dose) e.Error("technique has no <dose>", "add <dose hold-seconds=\"30\" reps=\"3\" per-day=\"2\"/>");
}

namespace {

void ReadTechnique(const ElementReader& e, Muscle& muscle) {
    e.CheckAttributes({"kind", "id"});
    auto kind = e.ChoiceAttribute("kind", {"massage", "stretch", "self-test"}, std::nullopt);
    auto id = e.IdAttribute();
    if (!kind || !id) return;
    if (muscle.FindTechnique(*id)) {
        e.Error("duplicate technique id '" + *id + "'", "ids must be unique within the muscle");
        return;
    }
    Technique t;
    t.id = *id;
    t.kind = ToTechniqueKind(*kind);
    ReadTechniqueBody(e, t);
    muscle.techniques.push_back(std::move(t));
}

void ReadNotAtHome(const ElementReader& e, Muscle& muscle) {
    e.CheckAttributes({"kind"});
    auto kind = e.ChoiceAttribute("kind", {"massage", "stretch"}, std::nullopt);
    auto reason = e.RequiredText();
    if (kind && reason) muscle.not_at_home.push_back({ToTechniqueKind(*kind), *reason});
}

void ReadSource(const ElementReader& e, Muscle& muscle) {
    e.CheckAttributes({"ref", "chapter"});
    auto ref = e.RequiredAttribute("ref");
    if (ref) muscle.sources.push_back({*ref, e.Attribute("chapter").value_or(""), e.Line()});
}

void CheckMuscleComplete(const ElementReader& e, const Muscle& m) {
    auto require = [&](bool ok, const char* what, const char* hint) {
        if (!ok) e.Error(std::string("muscle has no ") + what, hint);
    };
    require(!m.name.empty(), "<name>", "add the display name");
    require(!m.anatomical_name.empty(), "<anatomical-name>", "add the anatomical name");
    require(!m.location.empty(), "<location>", "say where the muscle runs");
    require(!m.trigger_points.empty(), "<trigger-point>", "add at least one trigger point");
    require(!m.symptoms.empty(), "<symptom>", "say what a person notices");
    require(!m.causes.empty(), "<cause>", "say what starts or keeps it going");
    require(!m.sources.empty(), "<source>", "cite the reference the facts come from");
    for (TechniqueKind kind : {TechniqueKind::Massage, TechniqueKind::Stretch}) {
        bool has = std::any_of(m.techniques.begin(), m.techniques.end(), [&](const Technique& t) { return t.kind == kind; }) ||
                   std::any_of(m.not_at_home.begin(), m.not_at_home.end(), [&](const NotAtHome& n) { return n.kind == kind; });
        if (!has)
            e.Error(std::string("muscle has no ") + TechniqueKindName(kind) + " technique",
                    std::string("add one, or <not-at-home kind=\"") + TechniqueKindName(kind) + "\"> saying why");
    }
}

void ReadMuscle(const ElementReader& e, const std::string& file, Content& content) {
    e.CheckAttributes({"id", "prior"});
    auto id = e.IdAttribute();
    auto prior = e.DecimalAttribute("prior", 0.0, 1.0, std::nullopt);
    if (!id || !prior) return;
    Muscle m;
    m.id = *id;
    m.prior = *prior;
    m.file = file;
    m.line = e.Line();
    e.ForEachChild({
        {"name", TextInto(m.name)},
        {"anatomical-name", TextInto(m.anatomical_name)},
        {"alias", TextAppend(m.aliases)},
        {"location", TextInto(m.location)},
        {"trigger-point", [&](const ElementReader& c) { ReadTriggerPoint(c, m); }},
        {"symptom", TextAppend(m.symptoms)},
        {"cause", TextAppend(m.causes)},
        {"technique", [&](const ElementReader& c) { ReadTechnique(c, m); }},
        {"not-at-home", [&](const ElementReader& c) { ReadNotAtHome(c, m); }},
        {"source", [&](const ElementReader& c) { ReadSource(c, m); }},
    });
    CheckMuscleComplete(e, m);
    const std::string expected_name = m.id + ".xml";
    if (std::filesystem::path(file).filename() != expected_name)
        e.Warning("muscle '" + m.id + "' is in a file not named after it", "rename the file to " + expected_name);
    content.muscles.push_back(std::move(m));
}

}  // namespace

void ReadMuscleFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    auto root = OpenDocument(file, document, "content", 1, diagnostics);
    if (!root) return;
    root->ForEachChild({{"muscle", [&](const ElementReader& e) { ReadMuscle(e, file, content); }}});
}

}  // namespace ta
