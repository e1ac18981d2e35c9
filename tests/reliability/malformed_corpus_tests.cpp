// Walks tests/data/malformed/: every case must give its expected diagnostic, and no loader may
// crash, hang or accept the input silently. The case list is the folder list; nothing is listed twice.
#include "malformed_case.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace {

namespace fs = std::filesystem;
using namespace ta;

std::vector<fs::path> CaseDirs() {
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator(test::TestData() / "malformed"))
        if (entry.is_directory()) dirs.push_back(entry.path());
    std::sort(dirs.begin(), dirs.end());
    return dirs;
}

bool Matches(const Diagnostic& d, const test::MalformedCase& c) {
    return d.severity == c.severity && d.message.find(c.message) != std::string::npos &&
           (!c.line || d.line == *c.line);
}

std::string Describe(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.Items()) out += "  " + FormatDiagnostic(d) + "\n";
    return out.empty() ? "  (no diagnostics)\n" : out;
}

}  // namespace

TEST_CASE("the malformed-input corpus has at least 30 cases") {
    CHECK(CaseDirs().size() >= 30);
}

TEST_CASE("every malformed input gives its expected diagnostic") {
    test::TempDir work;
    for (const auto& dir : CaseDirs()) {
        const auto c = test::ReadMalformedCase(dir);
        std::string skipped;
        const Diagnostics diagnostics = test::RunMalformedCase(c, dir, work.Path(), skipped);
        INFO("case " << c.name << " (" << c.loader << ") expects " << SeverityName(c.severity) << " \""
                     << c.message << "\"; got:\n" << Describe(diagnostics));
        if (!skipped.empty()) {
            WARN(c.name << " skipped: " << skipped);
            continue;
        }
        CHECK(std::any_of(diagnostics.Items().begin(), diagnostics.Items().end(),
                          [&](const Diagnostic& d) { return Matches(d, c); }));
    }
}
