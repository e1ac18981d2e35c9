// Reads groups.xml and sources.xml: the two small catalogues muscles refer to.
#include "content_readers.hpp"

#include "xml_reader.hpp"

namespace ta {

namespace {

void ReadGroupMember(const ElementReader& e, Group& group) {
    e.CheckAttributes({"muscle", "group"});
    auto muscle = e.Attribute("muscle");
    auto child_group = e.Attribute("group");
    if (muscle.has_value() == child_group.has_value()) {
        e.Error("a member names exactly one of muscle= or group=");
        return;
    }
    group.members.push_back({muscle.value_or(""), child_group.value_or(""), e.Line()});
}

void ReadGroup(const ElementReader& e, const std::string& file, Content& content) {
    e.CheckAttributes({"id", "name"});
    auto id = e.IdAttribute();
    auto name = e.RequiredAttribute("name");
    if (!id || !name) return;
    Group group{*id, *name, {}, {}, file, e.Line()};
    e.ForEachChild({
        {"alias", [&](const ElementReader& c) { if (auto t = c.RequiredText()) group.aliases.push_back(*t); }},
        {"member", [&](const ElementReader& c) { ReadGroupMember(c, group); }},
    });
    if (group.members.empty()) e.Error("group has no members", "add <member muscle=\"...\"/>");
    content.groups.push_back(std::move(group));
}

void ReadReference(const ElementReader& e, Content& content) {
    e.CheckAttributes({"id"});
    auto id = e.IdAttribute();
    auto text = e.RequiredText();
    if (id && text) content.references.push_back({*id, *text});
}

}  // namespace

void ReadGroupsFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "groups", 1, diagnostics))
        root->ForEachChild({{"group", [&](const ElementReader& e) { ReadGroup(e, file, content); }}});
}

void ReadSourcesFile(const std::string& file, Content& content, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (auto root = OpenDocument(file, document, "sources", 1, diagnostics))
        root->ForEachChild({{"reference", [&](const ElementReader& e) { ReadReference(e, content); }}});
}

}  // namespace ta
