// One case of the malformed-input corpus (tests/data/malformed/<case>/): which loader reads it,
// what to generate at test time (big files are never committed), and the diagnostic expected.
//
// expected.txt holds "key: value" lines; '#' starts a comment line.
//   loader:   content | muscle | atlas | view | pain-map | svg-path
//   input:    the file or directory handed to the loader, relative to the case (defaults per loader)
//   generate: an optional generator with its arguments (see GenerateInput in the .cpp)
//   severity: error | warning
//   message:  a substring of the expected diagnostic's message
//   line:     optional; the expected diagnostic's line
#pragma once

#include "diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta::test {

struct MalformedCase {
    std::string name;
    std::string loader;
    std::string input;
    std::vector<std::string> generate;  // generator name then its arguments
    Severity severity = Severity::Error;
    std::string message;
    std::optional<int> line;
};

// Reads <dir>/expected.txt; throws std::runtime_error naming the problem if it is malformed itself.
MalformedCase ReadMalformedCase(const std::filesystem::path& dir);

// Runs the case on a copy of its folder inside `work_dir`; returns what the loader reported.
// Sets `skipped` (with a reason) when the machine cannot reproduce the situation, e.g. an
// unreadable file when running as root.
Diagnostics RunMalformedCase(const MalformedCase& c, const std::filesystem::path& case_dir,
                             const std::filesystem::path& work_dir, std::string& skipped);

}  // namespace ta::test
