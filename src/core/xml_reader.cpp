// ElementReader and file loading for the XML loaders.
#include "xml_reader.hpp"

#include "numbers.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ta {

namespace {

std::string ElementLabel(const tinyxml2::XMLElement& element) {
    std::string label = element.Name();
    if (const char* id = element.Attribute("id")) label += std::string("[") + id + "]";
    return label;
}

std::string ShortNumber(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : std::to_string(value);
}

std::string JoinChoices(std::initializer_list<std::string_view> choices) {
    std::string out;
    for (auto c : choices) out += (out.empty() ? "" : ", ") + std::string(c);
    return out;
}

}  // namespace

bool LoadXmlFile(const std::string& path, tinyxml2::XMLDocument& document, Diagnostics& diagnostics,
                 const XmlLimits& limits) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::is_regular_file(status)) {
        diagnostics.Add({Severity::Error, path, 0, {}, "cannot read file: not a regular file or missing", {}});
        return false;
    }
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits.max_file_bytes) {
        diagnostics.Add({Severity::Error, path, 0, {},
                         "file is " + std::to_string(size) + " bytes; the limit is " +
                             std::to_string(limits.max_file_bytes),
                         "split the file, or check that it is the file you meant"});
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        diagnostics.Add({Severity::Error, path, 0, {}, "cannot read file", "check its permissions"});
        return false;
    }
    const std::string text = buffer.str();
    if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
        std::string message = document.ErrorStr() ? document.ErrorStr() : "malformed XML";
        diagnostics.Add({Severity::Error, path, document.ErrorLineNum(), {},
                         "malformed XML: " + message, "check that every tag is closed and quoted"});
        return false;
    }
    return true;
}

std::string FoldWhitespace(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

bool IsValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::optional<ElementReader> OpenDocument(const std::string& file, tinyxml2::XMLDocument& document,
                                          std::string_view root_name, int format, Diagnostics& diagnostics) {
    if (!LoadXmlFile(file, document, diagnostics)) return std::nullopt;
    auto root = ElementReader::Root(document, file, root_name, diagnostics);
    if (!root || !root->CheckFormat(format)) return std::nullopt;
    root->CheckAttributes({"format"});
    return root;
}

ElementReader::ChildHandler TextInto(std::string& out) {
    return [&out](const ElementReader& c) { c.CheckAttributes({}); out = c.RequiredText().value_or(""); };
}

ElementReader::ChildHandler TextAppend(std::vector<std::string>& out) {
    return [&out](const ElementReader& c) {
        c.CheckAttributes({});
        if (auto text = c.RequiredText()) out.push_back(*text);
    };
}

ElementReader::ElementReader(const tinyxml2::XMLElement& element, std::string file, std::string path,
                             Diagnostics& diagnostics)
    : element_(&element), file_(std::move(file)), path_(std::move(path)), diagnostics_(&diagnostics) {}

std::optional<ElementReader> ElementReader::Root(const tinyxml2::XMLDocument& document,
                                                 const std::string& file, std::string_view expected,
                                                 Diagnostics& diagnostics) {
    const tinyxml2::XMLElement* root = document.RootElement();
    if (!root || expected != root->Name()) {
        diagnostics.Add({Severity::Error, file, root ? root->GetLineNum() : 0, {},
                         "expected root element <" + std::string(expected) + ">",
                         root ? "found <" + std::string(root->Name()) + ">" : "the file has no elements"});
        return std::nullopt;
    }
    return ElementReader(*root, file, root->Name(), diagnostics);
}

void ElementReader::Report(Severity severity, std::string message, std::string hint) const {
    diagnostics_->Add({severity, file_, Line(), path_, std::move(message), std::move(hint)});
}

void ElementReader::Error(std::string message, std::string hint) const {
    Report(Severity::Error, std::move(message), std::move(hint));
}

void ElementReader::Warning(std::string message, std::string hint) const {
    Report(Severity::Warning, std::move(message), std::move(hint));
}

void ElementReader::CheckAttributes(std::initializer_list<std::string_view> known) const {
    for (auto* a = element_->FirstAttribute(); a; a = a->Next()) {
        std::string_view name = a->Name();
        if (std::find(known.begin(), known.end(), name) == known.end())
            Warning("unknown attribute '" + std::string(name) + "' is ignored",
                    known.size() ? "known attributes: " + JoinChoices(known) : "this element takes no attributes");
    }
}

bool ElementReader::CheckFormat(int supported) const {
    auto format = WholeAttribute("format", 1, 1000);
    if (!format) return false;
    if (*format != supported) {
        Error("unsupported format version " + std::to_string(*format),
              "this program reads format=\"" + std::to_string(supported) + "\"");
        return false;
    }
    return true;
}

std::optional<std::string> ElementReader::Attribute(const char* name) const {
    const char* value = element_->Attribute(name);
    if (!value) return std::nullopt;
    return std::string(value);
}

std::optional<std::string> ElementReader::RequiredAttribute(const char* name) const {
    auto value = Attribute(name);
    if (!value) {
        Error(std::string("missing required attribute '") + name + "'");
        return std::nullopt;
    }
    if (FoldWhitespace(*value).empty()) {
        Error(std::string("attribute '") + name + "' is empty");
        return std::nullopt;
    }
    return value;
}

std::optional<double> ElementReader::DecimalAttribute(const char* name, double min, double max,
                                                      std::optional<double> fallback) const {
    auto text = Attribute(name);
    if (!text) {
        if (!fallback) Error(std::string("missing required attribute '") + name + "'");
        return fallback;
    }
    auto value = ParseDecimal(*text);
    if (!value) {
        Error(std::string("'") + name + "' is not a plain number: \"" + *text + "\"",
              "write a decimal such as 0.5, without units or exponents");
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        Error(std::string("'") + name + "' is " + *text + ", outside " + ShortNumber(min) + " to " + ShortNumber(max));
        return std::nullopt;
    }
    return value;
}

std::optional<int> ElementReader::WholeAttribute(const char* name, int min, int max) const {
    auto text = Attribute(name);
    if (!text) {
        Error(std::string("missing required attribute '") + name + "'");
        return std::nullopt;
    }
    auto value = ParseWholeNumber(*text);
    if (!value || *value < min || *value > max) {
        Error(std::string("'") + name + "' must be a whole number from " + std::to_string(min) + " to " +
                  std::to_string(max) + ", not \"" + *text + "\"");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> ElementReader::ChoiceAttribute(const char* name,
                                                          std::initializer_list<std::string_view> choices,
                                                          std::optional<std::string> fallback) const {
    auto value = Attribute(name);
    if (!value) {
        if (!fallback) Error(std::string("missing required attribute '") + name + "'",
                             "one of: " + JoinChoices(choices));
        return fallback;
    }
    if (std::find(choices.begin(), choices.end(), *value) == choices.end()) {
        Error(std::string("'") + name + "' is \"" + *value + "\"", "one of: " + JoinChoices(choices));
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> ElementReader::IdAttribute(const char* name) const {
    auto value = RequiredAttribute(name);
    if (!value) return std::nullopt;
    if (!IsValidId(*value)) {
        Error(std::string("'") + name + "' \"" + *value + "\" is not a valid id",
              "use lower-case letters, digits and single hyphens, at most 64 characters");
        return std::nullopt;
    }
    return value;
}

std::string ElementReader::Text() const {
    std::string text;
    for (auto* node = element_->FirstChild(); node; node = node->NextSibling())
        if (auto* t = node->ToText()) text += t->Value();
    return FoldWhitespace(text);
}

std::optional<std::string> ElementReader::RequiredText() const {
    std::string text = Text();
    if (text.empty()) {
        Error("<" + std::string(Name()) + "> is empty", "write the text between the tags");
        return std::nullopt;
    }
    return text;
}

ElementReader ElementReader::Child(const tinyxml2::XMLElement& child) const {
    return ElementReader(child, file_, path_ + "/" + ElementLabel(child), *diagnostics_);
}

void ElementReader::ForEachChild(
    std::initializer_list<std::pair<std::string_view, ChildHandler>> handlers) const {
    for (auto* child = element_->FirstChildElement(); child; child = child->NextSiblingElement()) {
        std::string_view name = child->Name();
        auto it = std::find_if(handlers.begin(), handlers.end(),
                               [&](const auto& h) { return h.first == name; });
        ElementReader reader = Child(*child);
        if (it != handlers.end()) {
            it->second(reader);
        } else {
            std::string known;
            for (const auto& h : handlers) known += (known.empty() ? "" : ", ") + std::string(h.first);
            reader.Warning("unknown element <" + std::string(name) + "> is ignored",
                           known.empty() ? "this element takes no children" : "expected one of: " + known);
        }
    }
}

}  // namespace ta
