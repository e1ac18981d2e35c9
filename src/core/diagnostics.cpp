// Diagnostics: formatting and counting.
#include "diagnostics.hpp"

#include <algorithm>
#include <cstdio>

namespace ta {

namespace {

// Quoted values come from files other people wrote: a raw escape byte printed to a terminal could
// rewrite the screen, so control characters are shown as \xNN.
std::string EscapeControlCharacters(const std::string& text) {
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7f) {
            out += c;
            continue;
        }
        char escaped[5];
        std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
        out += escaped;
    }
    return out;
}

}  // namespace

const char* SeverityName(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

std::string FormatDiagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    out += ": ";
    out += SeverityName(d.severity);
    out += ": " + d.message;
    if (!d.element_path.empty()) out += " [" + d.element_path + "]";
    if (!d.hint.empty()) out += " (hint: " + d.hint + ")";
    return EscapeControlCharacters(out);
}

void Diagnostics::Append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

int Diagnostics::ErrorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(),
        [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int Diagnostics::WarningCount() const {
    return static_cast<int>(items_.size()) - ErrorCount();
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

}  // namespace ta
