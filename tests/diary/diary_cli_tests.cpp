// `trigger-atlas-cli diary`: add, list --json (with the activity the app logged), export --csv
// (which reads back as what add stored, with the activity in a second file beside it), chart, and
// the exit codes for a bad command line.
#include "diary_csv.hpp"
#include "diary_fixtures.hpp"
#include "diary_store.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ta;

namespace {

test::CommandResult Diary(const test::ScratchDir& dir, const std::string& arguments) {
    return test::RunCommand(std::string(TA_CLI) + " diary " + arguments + " --diary " + test::Quote(dir / "d.sqlite") + " 2>/dev/null");
}

}  // namespace

TEST_CASE("diary add stores what export --csv gives back") {
    test::ScratchDir dir;
    std::string error;
    PainMap map = test::DayEntry(0, 5).map;
    map.note = "from the app";
    REQUIRE(SavePainMap(map, dir / "map.xml", error));
    const std::string map_arg = " --pain-map " + test::Quote(dir / "map.xml");
    CHECK(Diary(dir, "add" + map_arg + " --overall 6 --did low-back-15 --did iliopsoas.kneeling-lunge --note 'stiff, \"bad\" day' --at 2026-11-02T07:45").exit_code == 0);
    CHECK(Diary(dir, "add --overall 2 --at 2026-11-03T21:10").exit_code == 0);

    auto listed = Diary(dir, "list --json");
    REQUIRE(listed.exit_code == 0);
    const auto json = nlohmann::json::parse(listed.output);
    REQUIRE(json["entries"].size() == 2);
    CHECK(json["entries"][0]["overall"] == 6);
    CHECK(json["entries"][0]["areas"][0]["region"] == "right-low-paraspinal");
    CHECK(json["entries"][0]["did"][1] == "iliopsoas.kneeling-lunge");

    REQUIRE(Diary(dir, "export --csv " + test::Quote(dir / "d.csv")).exit_code == 0);
    auto exported = DiaryFromCsv(test::ReadBytes(dir / "d.csv"), error);
    INFO(error);
    REQUIRE(exported);
    const std::vector<DiaryEntry> expected = {{1, "2026-11-02T07:45", map, 6, {"low-back-15", "iliopsoas.kneeling-lunge"}, "stiff, \"bad\" day"},
                                              {2, "2026-11-03T21:10", {}, 2, {}, ""}};
    CHECK(*exported == expected);

    CHECK(Diary(dir, "chart -o " + test::Quote(dir / "p.pdf")).exit_code == 0);
    CHECK(test::QpdfCheckPasses(dir / "p.pdf"));
}

TEST_CASE("diary list shows what the app logged as done, apart from the entries") {
    test::ScratchDir dir;
    {
        Diagnostics diagnostics;
        auto store = DiaryStore::Open(dir / "d.sqlite", diagnostics);
        REQUIRE(store);
        DiaryActivity done{0, "2026-11-30T10:05", "desk-break-2"};
        std::string error;
        REQUIRE(store->Record(done, error));
    }
    auto listed = Diary(dir, "list --json");
    REQUIRE(listed.exit_code == 0);
    const auto json = nlohmann::json::parse(listed.output);
    CHECK(json["entries"].empty());
    REQUIRE(json["activity"].size() == 1);
    CHECK(json["activity"][0]["at"] == "2026-11-30T10:05");
    CHECK(json["activity"][0]["item"] == "desk-break-2");
    CHECK_THAT(Diary(dir, "list").output, Catch::Contains("2026-11-30 10:05  done (logged by the app): desk-break-2"));
}

TEST_CASE("diary export --csv writes what the app logged beside the entries and names both files") {
    test::ScratchDir dir;
    const std::vector<DiaryActivity> logged = {{1, "2026-11-02T09:30", "levator-scapulae.pressure"}, {2, "2026-11-02T10:05", "desk-break-2"}};
    {
        Diagnostics diagnostics;
        auto store = DiaryStore::Open(dir / "d.sqlite", diagnostics);
        REQUIRE(store);
        std::string error;
        for (DiaryActivity done : logged) REQUIRE(store->Record(done, error));
    }
    REQUIRE(Diary(dir, "add --overall 4 --at 2026-11-02T20:00").exit_code == 0);

    auto exported = Diary(dir, "export --json --csv " + test::Quote(dir / "d.csv"));
    REQUIRE(exported.exit_code == 0);
    const auto json = nlohmann::json::parse(exported.output);
    CHECK(json["entries"]["file"] == (dir / "d.csv").string());
    CHECK(json["entries"]["rows"] == 1);
    CHECK(json["activity"]["file"] == (dir / "d-activity.csv").string());
    CHECK(json["activity"]["rows"] == 2);
    std::string error;
    auto activity = ActivityFromCsv(test::ReadBytes(dir / "d-activity.csv"), error);
    INFO(error);
    REQUIRE(activity);
    REQUIRE(activity->size() == logged.size());
    for (size_t i = 0; i < logged.size(); ++i) {
        CHECK((*activity)[i].at == logged[i].at);
        CHECK((*activity)[i].item == logged[i].item);
    }
    auto entries = DiaryFromCsv(test::ReadBytes(dir / "d.csv"), error);
    REQUIRE(entries);
    CHECK(entries->size() == 1);

    const std::string text = Diary(dir, "export --csv " + test::Quote(dir / "again.csv")).output;
    CHECK_THAT(text, Catch::Contains("entries to " + (dir / "again.csv").string()) &&
                     Catch::Contains("2 logged activities to " + (dir / "again-activity.csv").string()));
    CHECK(test::ReadBytes(dir / "again-activity.csv") == test::ReadBytes(dir / "d-activity.csv"));
}

TEST_CASE("diary refuses a bad command line and keeps the diary as it was") {
    test::ScratchDir dir;
    CHECK(Diary(dir, "add --overall 11").exit_code == 2);
    CHECK(Diary(dir, "add").exit_code == 2);
    CHECK(Diary(dir, "add --overall 3 --did no-such-routine").exit_code == 2);
    CHECK(Diary(dir, "add --overall 3 --at yesterday").exit_code == 2);
    CHECK(Diary(dir, "add --overall 3 --pain-map " + test::Quote(dir / "missing.xml")).exit_code == 1);
    CHECK(Diary(dir, "frobnicate").exit_code == 2);
    CHECK(Diary(dir, "export").exit_code == 2);
    CHECK(Diary(dir, "chart").exit_code == 2);
    CHECK(Diary(dir, "chart -o " + test::Quote(dir / "p.pdf")).exit_code == 1);  // no entries yet
    auto listed = Diary(dir, "list --json");
    CHECK(nlohmann::json::parse(listed.output)["entries"].empty());
}
