// ElementReader and file loading for the XML loaders.
#include "xml_reader.hpp"

#include "numbers.hpp"
#include "read_file.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

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

template <class Choices>
std::string JoinChoices(const Choices& choices) {
    std::string out;
    for (auto c : choices) out += (out.empty() ? "" : ", ") + std::string(c);
    return out;
}

int LineAt(const std::string& text, size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Length of the UTF-8 sequence starting at text[i], or 0 if it is not valid UTF-8 (overlong forms,
// surrogates and code points beyond U+10FFFF included).
size_t Utf8SequenceLength(const std::string& text, size_t i) {
    const auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
    const unsigned lead = byte(i);
    if (lead < 0x80) return 1;
    size_t length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (length == 0 || lead > 0xf4) return 0;
    for (size_t k = 1; k < length; ++k)
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
    const unsigned second = byte(i + 1);
    if ((lead == 0xe0 && second < 0xa0) || (lead == 0xed && second > 0x9f) || (lead == 0xf0 && second < 0x90) ||
        (lead == 0xf4 && second > 0x8f))
        return 0;
    return length;
}

// Data files are UTF-8 without NUL bytes; anything else would be read as garbage (tinyxml2 does not
// check) or cut short, and could not be shown or exported as JSON later.
bool CheckEncoding(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
    const std::string_view start(text.data(), std::min<size_t>(text.size(), 4));
    if (start.starts_with("\xff\xfe") || start.starts_with("\xfe\xff")) {
        diagnostics.Add({Severity::Error, path, 0, {}, "the file is UTF-16 (or UTF-32); only UTF-8 is read",
                         "save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)"});
        return false;
    }
    for (size_t i = 0; i < text.size();) {
        if (const auto c = static_cast<unsigned char>(text[i]); c > 0 && c < 0x80) {  // ASCII, nearly every byte
            ++i;
            continue;
        }
        const size_t length = text[i] == '\0' ? 0 : Utf8SequenceLength(text, i);
        if (length == 0) {
            diagnostics.Add({Severity::Error, path, LineAt(text, i), {},
                             text[i] == '\0' ? "the file contains a NUL byte (byte " + std::to_string(i) + ")"
                                              : "the file is not valid UTF-8 (byte " + std::to_string(i) + ")",
                             "save it again as UTF-8 text"});
            return false;
        }
        i += length;
    }
    return true;
}

// A <!DOCTYPE [...]> with an internal subset declares entities; tinyxml2 never expands them, so a
// file using them would silently show "&name;" instead of its text. A plain <!DOCTYPE svg PUBLIC ...>,
// as some drawing programs write, declares nothing and is let through.
bool CheckNoEntityDeclarations(const std::string& path, const tinyxml2::XMLDocument& document,
                               Diagnostics& diagnostics) {
    for (auto* node = document.FirstChild(); node; node = node->NextSibling()) {
        if (!node->ToUnknown() || std::string_view(node->Value()).find('[') == std::string_view::npos) continue;
        diagnostics.Add({Severity::Error, path, node->GetLineNum(), {},
                         "entity declarations (<!DOCTYPE ... [...]>) are not supported",
                         "remove the <!DOCTYPE ...> block and write the text out in full"});
        return false;
    }
    return true;
}

// The line of the first element with more than `limit` attributes, or 0. One pass over the text,
// skipping quoted values, comments and CDATA, so a hostile file is turned away in linear time
// before tinyxml2's quadratic duplicate-attribute check sees it (a 2 MiB pain map of attributes
// took 154 s).
int ElementWithTooManyAttributes(std::string_view text, size_t limit) {
    int line = 1, tag_line = 0;
    size_t attributes = 0;
    bool in_tag = false;
    char quote = 0;
    const auto skip_to = [&](size_t& i, std::string_view end) {
        const size_t found = text.find(end, i);
        const size_t stop = found == std::string_view::npos ? text.size() : found + end.size();
        line += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
        i = stop - 1;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (quote) {
            // A whole value at once: path data makes most of an atlas view's bytes.
            const size_t close = text.find(quote, i);
            const size_t stop = close == std::string_view::npos ? text.size() : close;
            line += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(stop), '\n'));
            i = stop;
            quote = 0;
        } else if (!in_tag) {
            if (c != '<') continue;
            if (text.compare(i, 4, "<!--") == 0) skip_to(i, "-->");
            else if (text.compare(i, 9, "<![CDATA[") == 0) skip_to(i, "]]>");
            else in_tag = true, attributes = 0, tag_line = line;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=' && ++attributes > limit) {
            return tag_line;
        } else if (c == '>') {
            in_tag = false;
        }
    }
    return 0;
}

// tinyxml2's own messages ("Error=XML_ERROR_PARSING ErrorID=15 (0xf) Line number=2") mean
// nothing to a person editing a file; say what is wrong instead (the line is reported separately).
const char* ParseErrorInWords(tinyxml2::XMLError error) {
    switch (error) {
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT: return "the file is empty";
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: return "a closing tag does not match the tag it closes";
    case tinyxml2::XML_ERROR_PARSING_ELEMENT: return "a tag is not well formed";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: return "an attribute is not well formed (name=\"value\", quoted)";
    case tinyxml2::XML_ERROR_PARSING_TEXT: return "text with a stray '<' or '&' (write &lt; or &amp;)";
    case tinyxml2::XML_ERROR_PARSING_CDATA: return "a CDATA section is not closed";
    case tinyxml2::XML_ERROR_PARSING_COMMENT: return "a comment is not closed with -->";
    case tinyxml2::XML_ERROR_PARSING_DECLARATION: return "the <?xml ...?> declaration is not well formed";
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN: return "a <! ...> declaration is not well formed";
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: return "elements are nested too deeply";
    default: return "the text is not well-formed XML (an unclosed tag or a stray character)";
    }
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
    const std::optional<std::string> text = ReadFileBytes(path);
    if (!text) {
        diagnostics.Add({Severity::Error, path, 0, {}, "cannot read file", "check its permissions"});
        return false;
    }
    return ParseXmlText(path, *text, document, diagnostics, limits);
}

bool ParseXmlText(const std::string& path, const std::string& text, tinyxml2::XMLDocument& document, Diagnostics& diagnostics,
                  const XmlLimits& limits) {
    if (!CheckEncoding(path, text, diagnostics)) return false;
    if (int line = ElementWithTooManyAttributes(text, limits.max_attributes)) {
        diagnostics.Add({Severity::Error, path, line, {},
                         "an element has more than " + std::to_string(limits.max_attributes) + " attributes",
                         "check that it is the file you meant; no element of ours needs that many"});
        return false;
    }
    if (const tinyxml2::XMLError error = document.Parse(text.data(), text.size()); error != tinyxml2::XML_SUCCESS) {
        diagnostics.Add({Severity::Error, path, document.ErrorLineNum(), {}, "malformed XML: " + std::string(ParseErrorInWords(error)),
                         "check that every tag is closed and every attribute value quoted"});
        return false;
    }
    return CheckNoEntityDeclarations(path, document, diagnostics);
}

bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\n\r") == std::string_view::npos; }

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

bool ElementReader::CheckFormat(int supported) const { return CheckFormatIn(supported, supported); }

bool ElementReader::CheckFormatIn(int oldest, int newest) const {
    auto format = WholeAttribute("format", 1, 1000);
    if (!format) return false;
    if (*format < oldest || *format > newest) {
        const std::string range = oldest == newest ? std::to_string(newest) : std::to_string(oldest) + " to " + std::to_string(newest);
        Error("unsupported format version " + std::to_string(*format), "this program reads format " + range);
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
    if (IsBlank(*value)) {
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
    return ChoiceAttribute(name, std::vector<std::string_view>(choices), std::move(fallback));
}

std::optional<std::string> ElementReader::ChoiceAttribute(const char* name, const std::vector<std::string_view>& choices,
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
