// Fixes found while hardening the loaders, each pinned by a test: a corrupt pain map is never
// overwritten, quoted file contents cannot put control characters on a terminal, and a harmless
// <!DOCTYPE> is still read (the malformed corpus covers the rejected encodings and entities).
#include "pain_map.hpp"
#include "test_support.hpp"
#include "xml_reader.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace ta;

std::string ReadAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

PainMap OneMark() {
    PainMap map;
    map.marks.push_back({"", {}, "sacrum", 4, PainQuality::Aching});
    return map;
}

}  // namespace

TEST_CASE("saving over a corrupt pain map is refused and the file is left as it was") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "my-pain.xml";
    const std::string damaged = "<pain-map format=\"1\"><mark region=\"sacrum\" intensity=\"6\"/><mark reg";
    std::ofstream(file, std::ios::binary) << damaged;
    std::string error;
    CHECK_FALSE(SavePainMap(OneMark(), file, error));
    CHECK_THAT(error, Catch::Contains("is not a readable pain map, so it was left as it is"));
    CHECK_THAT(error, Catch::Contains("malformed XML"));
    CHECK(ReadAll(file) == damaged);
}

TEST_CASE("saving over some other kind of file is refused") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "notes.txt";
    std::ofstream(file) << "shopping: milk, eggs\n";
    std::string error;
    CHECK_FALSE(SavePainMap(OneMark(), file, error));
    CHECK(ReadAll(file) == "shopping: milk, eggs\n");
}

TEST_CASE("saving over a readable pain map replaces it") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "my-pain.xml";
    std::string error;
    REQUIRE(SavePainMap({}, file, error));
    REQUIRE(SavePainMap(OneMark(), file, error));
    Diagnostics diagnostics;
    CHECK(LoadPainMap(file.string(), diagnostics) == OneMark());
}

TEST_CASE("control characters quoted from a file are escaped when a diagnostic is printed") {
    const Diagnostic d{Severity::Error, "muscles/x.xml", 3, {}, "'id' \"a\x1b[2Jb\" is not a valid id", {}};
    const std::string text = FormatDiagnostic(d);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK_THAT(text, Catch::Contains("\"a\\x1b[2Jb\""));
}

TEST_CASE("a <!DOCTYPE> without entity declarations, as drawing programs write, is still read") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "view.svg";
    std::ofstream(file) << "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                           "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg/>\n";
    tinyxml2::XMLDocument document;
    Diagnostics diagnostics;
    CHECK(LoadXmlFile(file.string(), document, diagnostics));
    CHECK(diagnostics.Empty());
}
