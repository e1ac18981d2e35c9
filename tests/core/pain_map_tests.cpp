// Pain maps: round trip, locale-proof numbers, atomic saves, corrupt files.
#include "atomic_file.hpp"
#include "pain_map.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <clocale>
#include <fstream>
#include <sys/stat.h>

using namespace ta;
namespace fs = std::filesystem;

namespace {

PainMap SampleMap() {
    PainMap map;
    map.marks.push_back({"back", ClickStrokes({310.5, 702.25}), "right-low-paraspinal", 6, PainQuality::Aching});
    map.marks.push_back({"", {}, "right-groin", 3, PainQuality::Tingling});
    map.note = "Worse after sitting & driving <long>";
    return map;
}

}  // namespace

TEST_CASE("a pain map survives a save and a load unchanged") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "map.xml";
    std::string error;
    REQUIRE(SavePainMap(SampleMap(), file, error));
    Diagnostics diagnostics;
    auto loaded = LoadPainMap(file.string(), diagnostics);
    REQUIRE(loaded);
    CHECK(*loaded == SampleMap());
    CHECK(diagnostics.Empty());
    CHECK(std::distance(fs::directory_iterator(dir.Path()), fs::directory_iterator{}) == 1);  // no temp file left
}

TEST_CASE("pain map numbers do not depend on the locale") {
    const char* previous = std::setlocale(LC_NUMERIC, nullptr);
    std::string saved_locale = previous ? previous : "C";
    std::setlocale(LC_NUMERIC, "de_DE.UTF-8");  // may be missing; the test holds either way
    std::string xml = PainMapToXml(SampleMap());
    std::setlocale(LC_NUMERIC, saved_locale.c_str());
    CHECK(xml.find("points=\"310.5,702.25\"") != std::string::npos);
}

TEST_CASE("a corrupt pain map is reported and left alone") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "map.xml";
    { std::ofstream(file) << "<pain-map format=\"1\"><mark region=\"right-groin\" intensity=\"11\"/>"; }
    Diagnostics diagnostics;
    CHECK_FALSE(LoadPainMap(file.string(), diagnostics));
    CHECK(diagnostics.HasErrors());
    { std::ofstream(file) << "<pain-map format=\"1\"><mark region=\"right-groin\" intensity=\"11\"/></pain-map>"; }
    Diagnostics second;
    CHECK_FALSE(LoadPainMap(file.string(), second));
    CHECK_THAT(FormatDiagnostic(second.Items().at(0)), Catch::Contains("'intensity' must be a whole number from 1 to 10"));
}

TEST_CASE("marks resolve to ranking input; unknown regions are skipped with a warning") {
    Diagnostics load;
    Database db = test::LoadMini(load);
    PainMap map;
    map.marks.push_back({"", {}, "right-upper", 8, PainQuality::Sharp});
    map.marks.push_back({"", {}, "right-elbow", 5, PainQuality::Aching});
    Diagnostics diagnostics;
    auto marks = ResolvePainMap(db, map, diagnostics);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].intensity == 8);
    CHECK(diagnostics.WarningCount() == 1);
    CHECK(SuggestsNerve(PainQuality::Tingling));
    CHECK_FALSE(SuggestsNerve(PainQuality::Sharp));
}

TEST_CASE("atomic writes keep the target's permissions, and new files follow the umask") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "sheet.pdf";
    std::string error;
    const mode_t old_mask = ::umask(022);
    REQUIRE(WriteFileAtomically(file, "one", error));
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(WriteFileAtomically(file, "two", error));
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    ::umask(old_mask);
}
