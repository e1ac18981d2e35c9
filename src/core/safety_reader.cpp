// Reads safety.xml: disclaimer, evidence note, nerve warning, red flags and general advice.
#include "content_readers.hpp"

#include "xml_reader.hpp"

namespace ta {

namespace {

void ReadRedFlag(const ElementReader& e, Safety& safety) {
    e.CheckAttributes({"id", "urgency"});
    auto id = e.IdAttribute();
    auto urgency = e.ChoiceAttribute("urgency", {"emergency", "doctor"}, std::nullopt);
    if (!id || !urgency) return;
    RedFlag flag;
    flag.id = *id;
    flag.emergency = *urgency == "emergency";
    flag.line = e.Line();
    e.ForEachChild({
        {"title", TextInto(flag.title)},
        {"text", TextInto(flag.text)},
        {"region", [&](const ElementReader& c) {
             c.CheckAttributes({"ref", "side"});
             auto ref = c.RequiredAttribute("ref");
             auto side = c.ChoiceAttribute("side", {"both", "right", "left"}, std::string("both"));
             if (ref && side) flag.regions.push_back({*ref, *side, c.Line()});
         }},
    });
    if (flag.title.empty() || flag.text.empty()) e.Error("red flag needs <title> and <text>");
    safety.red_flags.push_back(std::move(flag));
}

void ReadAdvice(const ElementReader& e, Safety& safety) {
    e.CheckAttributes({"id"});
    auto id = e.IdAttribute();
    if (!id) return;
    Advice advice{*id, {}, {}, {}};
    e.ForEachChild({{"title", TextInto(advice.title)}, {"text", TextInto(advice.text)}, {"why", TextInto(advice.why)}});
    if (advice.title.empty() || advice.text.empty() || advice.why.empty())
        e.Error("advice needs <title>, <text> and <why>", "say what to do and why it helps");
    safety.advice.push_back(std::move(advice));
}

}  // namespace

void ReadSafetyFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    auto root = OpenDocument(file, document, "safety", 1, diagnostics);
    if (!root) return;
    Safety& safety = content.safety;
    safety.file = file;
    root->ForEachChild({
        {"disclaimer", TextInto(safety.disclaimer)},
        {"evidence", TextInto(safety.evidence)},
        {"nerve-warning", TextInto(safety.nerve_warning)},
        {"red-flag", [&](const ElementReader& e) { ReadRedFlag(e, safety); }},
        {"advice", [&](const ElementReader& e) { ReadAdvice(e, safety); }},
    });
    if (safety.disclaimer.empty()) root->Error("safety.xml has no <disclaimer>");
    if (safety.red_flags.empty()) root->Error("safety.xml has no <red-flag>");
}

}  // namespace ta
