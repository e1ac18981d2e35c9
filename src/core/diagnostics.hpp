// Diagnostics: problems found while loading data, reported as values rather than printed,
// so the CLI can print "file:line: error: ..." and the GUI can list them.
#pragma once

#include <string>
#include <vector>

namespace ta {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;          // path as given to the loader
    int line = 0;              // 1-based; 0 when the problem concerns the whole file
    std::string element_path;  // e.g. "content/muscle[levator-scapulae]/trigger-point[angle]"
    std::string message;
    std::string hint;          // how to fix it; may be empty
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

const char* SeverityName(Severity severity);

// "file:line: error: message [element path] (hint: ...)"
std::string FormatDiagnostic(const Diagnostic& diagnostic);

class Diagnostics {
public:
    void Add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
    void Append(const Diagnostics& other);

    const std::vector<Diagnostic>& Items() const { return items_; }
    bool HasErrors() const;
    int ErrorCount() const;
    int WarningCount() const;
    bool Empty() const { return items_.empty(); }

private:
    std::vector<Diagnostic> items_;
};

}  // namespace ta
