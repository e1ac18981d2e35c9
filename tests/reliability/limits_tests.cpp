// Every limit on sizes and counts stops the loader with a message that says which limit was hit.
// Small limits stand in for the real ones so the tests stay fast; the defaults are checked by the
// malformed corpus (100 MB files, a million path points, 6000 marks).
#include "content_loader.hpp"
#include "pain_map.hpp"
#include "svg_path.hpp"
#include "test_support.hpp"
#include "xml_reader.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

namespace {

namespace fs = std::filesystem;
using namespace ta;

bool HasError(const Diagnostics& diagnostics, const std::string& text) {
    for (const auto& d : diagnostics.Items())
        if (d.severity == Severity::Error && d.message.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the number of muscle files read is limited") {
    test::TempDir dir;
    fs::create_directories(dir.Path() / "muscles");
    for (const char* name : {"a.xml", "b.xml", "c.xml"}) std::ofstream(dir.Path() / "muscles" / name) << "<content format=\"1\"/>";
    Diagnostics diagnostics;
    LoadContent(dir.Path(), diagnostics, ContentLimits{2});
    CHECK(HasError(diagnostics, "more than 2 muscle files; the rest are not read"));
}

TEST_CASE("the number of marks in a pain map is limited") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "map.xml";
    std::ofstream(file) << "<pain-map format=\"1\"><mark region=\"sacrum\"/><mark region=\"sacrum\"/>"
                           "<mark region=\"sacrum\"/></pain-map>";
    Diagnostics diagnostics;
    CHECK_FALSE(LoadPainMap(file.string(), diagnostics, PainMapLimits{1u << 20, 2}));
    CHECK(HasError(diagnostics, "more than 2 marks"));
    CHECK(diagnostics.ErrorCount() == 1);  // said once, not once per extra mark
}

TEST_CASE("the size of an XML file is checked before it is read") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "big.xml";
    std::ofstream(file) << "<content format=\"1\">" << std::string(2000, ' ') << "</content>";
    tinyxml2::XMLDocument document;
    Diagnostics diagnostics;
    CHECK_FALSE(LoadXmlFile(file.string(), document, diagnostics, XmlLimits{1000}));
    CHECK(HasError(diagnostics, "; the limit is 1000"));
}

TEST_CASE("the number of points in a path is limited") {
    PathParseLimits limits;
    limits.max_points = 10;
    const auto result = ParseSvgPath("M 0 0 C 1 1 2 2 3 3", limits);  // one curve is 12 segments
    CHECK_THAT(result.error, Catch::Contains("more than 10 points"));
}

TEST_CASE("an element with very many attributes is turned away in linear time") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "map.xml";
    {
        // About 2 MiB of attributes on one element: tinyxml2 alone took minutes on this.
        std::ofstream out(file);
        out << "<pain-map format=\"1\">\n<!-- a=\"1\" in a comment is no attribute -->\n<mark";
        for (int i = 0; i < 200000; ++i) out << " a" << i << "=\"1\"";
        out << "/></pain-map>";
    }
    Diagnostics diagnostics;
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(LoadPainMap(file.string(), diagnostics));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(HasError(diagnostics, "more than 64 attributes"));
    CHECK(diagnostics.Items().at(0).line == 3);
    CHECK(seconds < 1.0);
}

TEST_CASE("attributes inside quoted values comments and CDATA are not counted") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "ok.xml";
    std::string equals;
    for (int i = 0; i < 100; ++i) equals += "x=1 ";
    std::ofstream(file) << "<content format=\"1\"><!-- " << equals << " --><a b=\"" << equals << "\"><![CDATA[" << equals
                        << "]]></a></content>";
    tinyxml2::XMLDocument document;
    Diagnostics diagnostics;
    CHECK(LoadXmlFile(file.string(), document, diagnostics));
    CHECK(diagnostics.Empty());
}
