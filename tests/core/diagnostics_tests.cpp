// Data-driven loader diagnostics: each folder in tests/data/diagnostics/<case>/ overlays files
// on the fixture in tests/data/mini and lists, in expected.txt, every diagnostic it must produce,
// one per line, and nothing else may be reported (a golden list: a new cascade of follow-on
// messages, or a message that went missing, both fail):
//   <severity> <file relative to the fixture>[:<line>] <message substring>
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace ta;

namespace {

struct Expected {
    std::string severity, file, message;
    int line = 0;
};

std::vector<Expected> ReadExpected(const fs::path& file) {
    std::vector<Expected> out;
    std::ifstream in(file);
    std::string text;
    while (std::getline(in, text)) {
        if (text.empty()) continue;
        std::istringstream words(text);
        Expected e;
        std::string where;
        words >> e.severity >> where;
        std::getline(words >> std::ws, e.message);
        if (auto colon = where.find(':'); colon != std::string::npos) {
            e.line = std::stoi(where.substr(colon + 1));
            where = where.substr(0, colon);
        }
        e.file = where;
        out.push_back(e);
    }
    return out;
}

bool Matches(const Diagnostic& d, const Expected& e) {
    return SeverityName(d.severity) == e.severity && d.file.ends_with(e.file) &&
           (e.line == 0 || d.line == e.line) && d.message.find(e.message) != std::string::npos;
}

std::string Dump(const Diagnostics& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics.Items()) out += FormatDiagnostic(d) + "\n";
    return out;
}

}  // namespace

TEST_CASE("the fixture loads without diagnostics") {
    Diagnostics diagnostics;
    Database db = test::LoadMini(diagnostics);
    INFO(Dump(diagnostics));
    CHECK(diagnostics.Empty());
    CHECK(db.content.muscles.size() == 3);
    CHECK(db.atlas.regions.size() == 5);
}

TEST_CASE("each malformed case reports exactly its diagnostics") {
    const fs::path cases = test::TestData() / "diagnostics";
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(cases)) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    REQUIRE(folders.size() >= 30);
    for (const auto& folder : folders) {
        DYNAMIC_SECTION(folder.filename().string()) {
            test::TempDir dir;
            fs::copy(test::TestData() / "mini", dir.Path(), fs::copy_options::recursive);
            for (const auto& entry : fs::recursive_directory_iterator(folder)) {
                if (!entry.is_regular_file() || entry.path().filename() == "expected.txt") continue;
                fs::path target = dir.Path() / fs::relative(entry.path(), folder);
                fs::create_directories(target.parent_path());
                fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing);
            }
            Diagnostics diagnostics;
            LoadDatabase(dir.Path() / "content", dir.Path() / "atlas", diagnostics);
            INFO(Dump(diagnostics));
            const auto expected = ReadExpected(folder / "expected.txt");
            REQUIRE_FALSE(expected.empty());
            for (const auto& e : expected) {
                INFO("expected: " << e.severity << " " << e.file << ":" << e.line << " " << e.message);
                CHECK(std::any_of(diagnostics.Items().begin(), diagnostics.Items().end(),
                                  [&](const Diagnostic& d) { return Matches(d, e); }));
            }
            for (const auto& d : diagnostics.Items()) {
                INFO("reported but not expected: " << FormatDiagnostic(d));
                CHECK(std::any_of(expected.begin(), expected.end(), [&](const Expected& e) { return Matches(d, e); }));
            }
        }
    }
}

TEST_CASE("diagnostics print as file:line: severity: message") {
    Diagnostic d{Severity::Error, "content/muscles/a.xml", 12, "content/muscle[a]", "unknown region 'x'", "use a base"};
    CHECK(FormatDiagnostic(d) == "content/muscles/a.xml:12: error: unknown region 'x' [content/muscle[a]] (hint: use a base)");
}
