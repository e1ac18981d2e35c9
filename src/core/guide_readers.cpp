// Reads self-tests.xml and routines.xml: the guides that sit on top of single muscles.
#include "content_readers.hpp"

#include "figure_reader.hpp"
#include "xml_reader.hpp"

#include <cmath>

namespace ta {

namespace {

void ReadSelfTest(const ElementReader& e, const std::string& file, Content& content) {
    e.CheckAttributes({"id"});
    auto id = e.IdAttribute();
    if (!id) return;
    SelfTest test;
    test.id = *id;
    test.file = file;
    test.line = e.Line();
    e.ForEachChild({
        {"title", TextInto(test.title)},
        {"checks", [&](const ElementReader& c) {
             c.CheckAttributes({"muscle"});
             if (auto m = c.RequiredAttribute("muscle")) test.muscles.push_back(*m);
         }},
        {"position", TextInto(test.position)},
        {"step", TextAppend(test.steps)},
        {"result", TextInto(test.result)},
        {"caution", TextAppend(test.cautions)},
        {"figure", [&](const ElementReader& c) { ReadFigure(c, test.figure); }},
    });
    if (test.title.empty() || test.steps.empty() || test.result.empty() || test.muscles.empty())
        e.Error("self-test needs <title>, <checks>, <step> and <result>");
    content.self_tests.push_back(std::move(test));
}

// The step's own timing: hold-seconds, holds, rest-seconds and sides="each".
void ReadStepTiming(const ElementReader& e, RoutineStep& step) {
    StepTiming& timing = step.timing;
    if (e.Attribute("hold-seconds")) timing.hold_seconds = e.WholeAttribute("hold-seconds", 1, 600);
    if (e.Attribute("holds")) timing.holds = e.WholeAttribute("holds", 1, 20).value_or(1);
    if (e.Attribute("rest-seconds")) timing.rest_seconds = e.WholeAttribute("rest-seconds", 0, 120).value_or(0);
    timing.each_side = e.ChoiceAttribute("sides", {"each", "none"}, std::string("none")).value_or("none") == "each";
    if (!timing.hold_seconds) {
        if (e.Attribute("holds") || e.Attribute("rest-seconds"))
            e.Error("holds= and rest-seconds= need hold-seconds=", "say how long each hold lasts");
        return;
    }
    const int per_side = timing.holds * *timing.hold_seconds + (timing.holds - 1) * timing.rest_seconds;
    const int planned = per_side * (timing.each_side ? 2 : 1);
    if (std::abs(planned - step.minutes * 60) > 30)
        e.Warning("the step's holds take " + std::to_string(planned) + " s, but its minutes give " +
                      std::to_string(static_cast<int>(step.minutes * 60)) + " s",
                  "make hold-seconds x holds (x 2 with sides=\"each\"), plus rests, match minutes");
}

void ReadRoutineStep(const ElementReader& e, Routine& routine) {
    e.CheckAttributes({"muscle", "technique", "exercise", "minutes", "note", "hold-seconds", "holds", "rest-seconds", "sides"});
    RoutineStep step;
    step.line = e.Line();
    step.note = e.Attribute("note").value_or("");
    if (auto exercise = e.Attribute("exercise")) {
        if (e.Attribute("muscle") || e.Attribute("technique"))
            e.Error("a step names an exercise or a muscle's technique, not both", "remove muscle= and technique=, or exercise=");
        step.exercise = *exercise;
    } else {
        auto muscle = e.RequiredAttribute("muscle");
        auto technique = e.RequiredAttribute("technique");
        if (!muscle || !technique) return;
        step.muscle = *muscle;
        step.technique = *technique;
    }
    auto minutes = e.DecimalAttribute("minutes", 0.25, 60, std::nullopt);
    if (!minutes) return;
    step.minutes = *minutes;
    ReadStepTiming(e, step);
    routine.steps.push_back(std::move(step));
}

void ReadRoutine(const ElementReader& e, const std::string& file, Content& content) {
    e.CheckAttributes({"id", "minutes"});
    auto id = e.IdAttribute();
    auto minutes = e.DecimalAttribute("minutes", 1, 240, std::nullopt);
    if (!id || !minutes) return;
    Routine routine;
    routine.id = *id;
    routine.minutes = *minutes;
    routine.file = file;
    routine.line = e.Line();
    e.ForEachChild({
        {"title", TextInto(routine.title)},
        {"intro", TextInto(routine.intro)},
        {"shortcut", TextInto(routine.shortcut)},
        {"reminder", TextInto(routine.reminder)},
        {"step", [&](const ElementReader& c) { ReadRoutineStep(c, routine); }},
    });
    if (routine.title.empty() || routine.steps.empty()) e.Error("routine needs a <title> and at least one <step>");
    double total = 0;
    for (const auto& step : routine.steps) total += step.minutes;
    if (!routine.steps.empty() && std::abs(total - routine.minutes) > 0.01)
        e.Warning("the steps add up to " + std::to_string(total) + " minutes, not " + std::to_string(routine.minutes),
                  "make the step minutes add up to the routine's minutes");
    content.routines.push_back(std::move(routine));
}

}  // namespace

void ReadSelfTestsFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "self-tests", 1, diagnostics))
        root->ForEachChild({{"self-test", [&](const ElementReader& e) { ReadSelfTest(e, file, content); }}});
}

void ReadRoutinesFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "routines", 1, diagnostics))
        root->ForEachChild({{"routine", [&](const ElementReader& e) { ReadRoutine(e, file, content); }}});
}

}  // namespace ta
