// Reads conditions.xml: complaints in a person's words and where they are felt.
#include "content_readers.hpp"

#include "xml_reader.hpp"

namespace ta {

namespace {

void ReadCondition(const ElementReader& e, const std::string& file, Content& content) {
    e.CheckAttributes({"id", "name"});
    auto id = e.IdAttribute();
    auto name = e.RequiredAttribute("name");
    if (!id || !name) return;
    Condition condition;
    condition.id = *id;
    condition.name = *name;
    condition.file = file;
    condition.line = e.Line();
    e.ForEachChild({
        {"alias", TextAppend(condition.aliases)},
        {"area", [&](const ElementReader& c) {
             c.CheckAttributes({"region"});
             if (auto region = c.RequiredAttribute("region")) condition.areas.push_back({*region, "right", c.Line()});
         }},
        {"note", TextInto(condition.note)},
        {"source", [&](const ElementReader& c) {
             c.CheckAttributes({"ref", "chapter"});
             if (auto ref = c.RequiredAttribute("ref"))
                 condition.sources.push_back({*ref, c.Attribute("chapter").value_or(""), c.Line()});
         }},
    });
    if (condition.areas.empty()) e.Error("condition needs at least one <area region=\"...\"/>");
    if (condition.sources.empty()) e.Error("condition needs a <source>", "cite the reference the facts come from");
    content.conditions.push_back(std::move(condition));
}

}  // namespace

void ReadConditionsFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "conditions", 1, diagnostics))
        root->ForEachChild({{"condition", [&](const ElementReader& e) { ReadCondition(e, file, content); }}});
}

}  // namespace ta
