// Reads self-tests.xml and routines.xml: the guides that sit on top of single muscles.
#include "content_readers.hpp"

#include "figure_reader.hpp"
#include "xml_reader.hpp"

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

void ReadRoutineStep(const ElementReader& e, Routine& routine) {
    e.CheckAttributes({"muscle", "technique", "minutes", "note"});
    auto muscle = e.RequiredAttribute("muscle");
    auto technique = e.RequiredAttribute("technique");
    auto minutes = e.DecimalAttribute("minutes", 0.25, 60, std::nullopt);
    if (muscle && technique && minutes)
        routine.steps.push_back({*muscle, *technique, e.Attribute("note").value_or(""), *minutes, e.Line()});
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
