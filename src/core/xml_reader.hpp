// Helpers shared by every XML loader: reading a file within size limits, and an ElementReader
// that knows its file, line and element path so each check can report a precise diagnostic.
// Loaders follow one pattern: one Read<Thing>() function per element, which checks its
// attributes, then walks its children by name; anything unexpected becomes a warning.
#pragma once

#include "diagnostics.hpp"

#include <tinyxml2.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ta {

struct XmlLimits {
    size_t max_file_bytes = 8u << 20;  // content files are small; a huge file is a mistake or an attack
    // tinyxml2 checks each attribute against every earlier one of its element, so parsing costs
    // the square of an element's attribute count; ours have a handful.
    size_t max_attributes = 64;
};

// Parses `path` into `document`. On failure adds a diagnostic and returns false.
bool LoadXmlFile(const std::string& path, tinyxml2::XMLDocument& document, Diagnostics& diagnostics,
                 const XmlLimits& limits = {});
// The same checks for text already in memory; `name` is what diagnostics call it.
bool ParseXmlText(const std::string& name, const std::string& text, tinyxml2::XMLDocument& document, Diagnostics& diagnostics,
                  const XmlLimits& limits = {});

// Collapses runs of white space to one space and trims the ends.
std::string FoldWhitespace(std::string_view text);
// Nothing but white space (or nothing): what a required attribute may not be.
bool IsBlank(std::string_view text);

class ElementReader {
public:
    ElementReader(const tinyxml2::XMLElement& element, std::string file, std::string path,
                  Diagnostics& diagnostics);

    // Starts a reader for a document's root, which must be named `expected`.
    static std::optional<ElementReader> Root(const tinyxml2::XMLDocument& document,
                                             const std::string& file, std::string_view expected,
                                             Diagnostics& diagnostics);

    const tinyxml2::XMLElement& Element() const { return *element_; }
    const std::string& File() const { return file_; }
    const std::string& Path() const { return path_; }
    int Line() const { return element_->GetLineNum(); }
    std::string_view Name() const { return element_->Name(); }

    void Error(std::string message, std::string hint = {}) const;
    void Warning(std::string message, std::string hint = {}) const;

    // Warns about attributes not in `known` (typos must not pass silently).
    void CheckAttributes(std::initializer_list<std::string_view> known) const;
    // Requires format="1" (or another supported version) on a root element.
    bool CheckFormat(int supported) const;
    bool CheckFormatIn(int oldest, int newest) const;  // any version from oldest to newest

    std::optional<std::string> Attribute(const char* name) const;
    std::optional<std::string> RequiredAttribute(const char* name) const;  // error if missing/empty
    // An attribute that must be a plain decimal in [min, max]; `fallback` when absent.
    std::optional<double> DecimalAttribute(const char* name, double min, double max,
                                           std::optional<double> fallback) const;
    std::optional<int> WholeAttribute(const char* name, int min, int max) const;
    // An attribute whose value must be one of `choices`; `fallback` when absent.
    std::optional<std::string> ChoiceAttribute(const char* name,
                                               std::initializer_list<std::string_view> choices,
                                               std::optional<std::string> fallback) const;
    std::optional<std::string> ChoiceAttribute(const char* name, const std::vector<std::string_view>& choices,
                                               std::optional<std::string> fallback) const;
    // A required id: lower-case letters, digits and hyphens.
    std::optional<std::string> IdAttribute(const char* name = "id") const;

    std::string Text() const;               // folded text, possibly empty
    std::optional<std::string> RequiredText() const;  // error if empty

    using ChildHandler = std::function<void(const ElementReader&)>;
    // Calls the handler registered for each child's name; warns about other children.
    void ForEachChild(std::initializer_list<std::pair<std::string_view, ChildHandler>> handlers) const;

private:
    ElementReader Child(const tinyxml2::XMLElement& child) const;
    void Report(Severity severity, std::string message, std::string hint) const;

    const tinyxml2::XMLElement* element_;
    std::string file_;
    std::string path_;
    Diagnostics* diagnostics_;
};

bool IsValidId(std::string_view id);

// Child handlers for text-only elements: store the required text, or append it to a list.
ElementReader::ChildHandler TextInto(std::string& out);
ElementReader::ChildHandler TextAppend(std::vector<std::string>& out);

// Loads `file` into `document` and checks that its root is <root_name format="<format>">, with no
// other attributes. The returned reader points into `document`, which must outlive it.
std::optional<ElementReader> OpenDocument(const std::string& file, tinyxml2::XMLDocument& document,
                                          std::string_view root_name, int format, Diagnostics& diagnostics);

}  // namespace ta
