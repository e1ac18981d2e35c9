// `trigger-atlas-cli sheet`: exit codes and the file it writes; `show`: the numbered points.
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

namespace ta {

namespace {

test::CommandResult RunCli(const std::string& command, const std::string& arguments) {
    const std::string data = std::string(" --content ") + TA_SHEET_DATA_DIR + "/content --atlas " + TA_SHEET_DATA_DIR + "/atlas";
    return test::RunCommand(std::string(TA_CLI) + " " + command + " " + arguments + data + " 2>/dev/null");
}

int RunSheet(const std::string& arguments) { return RunCli("sheet", arguments).exit_code; }

}  // namespace

TEST_CASE("sheet writes a PDF and checks its command line") {
    test::ScratchDir dir;
    const auto pdf = dir / "cli.pdf";
    CHECK(RunSheet("test-shoulder -o " + test::Quote(pdf) + " --paper letter") == 0);
    CHECK(test::QpdfCheckPasses(pdf));
    CHECK(test::PageSize(pdf) == "612 x 792 pts (letter)");
    CHECK(RunSheet("--routine test-routine -o " + test::Quote(dir / "r.pdf")) == 0);
    CHECK(RunSheet("test-shoulder") == 2);                                            // no -o
    CHECK(RunSheet("-o " + test::Quote(pdf)) == 2);                                   // nothing to print
    CHECK(RunSheet("test-shoulder -o " + test::Quote(pdf) + " --paper a3") == 2);
    CHECK(RunSheet("no-such-muscle -o " + test::Quote(dir / "u.pdf")) == 1);
    CHECK(RunSheet("--pain-map " + test::Quote(dir / "missing.xml") + " -o " + test::Quote(dir / "m.pdf")) == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "u.pdf"));
}

TEST_CASE("show numbers the trigger points as the diagrams do, in text and JSON") {
    const std::string text = RunCli("show", "test-shoulder").output;
    CHECK_THAT(text, Catch::Contains("Trigger point 1 (test-shoulder.upper)"));
    CHECK_THAT(text, Catch::Contains("Trigger point 2 (test-shoulder.lower)"));
    const auto json = nlohmann::json::parse(RunCli("show", "test-shoulder --json").output);
    REQUIRE(json["trigger_points"].size() == 2);
    CHECK(json["trigger_points"][0]["number"] == 1);
    CHECK(json["trigger_points"][1]["id"] == "test-shoulder.lower");
    CHECK(json["trigger_points"][1]["number"] == 2);
}

}  // namespace ta

namespace ta {

TEST_CASE("a query on data with errors still answers but never exits 0") {
    test::ScratchDir dir;
    std::filesystem::copy(TA_SHEET_DATA_DIR, dir / "data", std::filesystem::copy_options::recursive);
    const auto broken = dir / "data" / "content" / "routines.xml";  // not safety: that one refuses outright
    { std::ofstream(broken) << "<routines format=\"1\"><routine id=\"x\" minutes=\"ten\"/></routines>"; }
    const std::string data = " --content " + test::Quote(dir / "data" / "content") + " --atlas " + test::Quote(dir / "data" / "atlas");
    const auto rank = test::RunCommand(std::string(TA_CLI) + " rank --region right-shoulder" + data + " 2>/dev/null");
    CHECK(rank.exit_code == 1);
    CHECK(rank.output.find("Test shoulder muscle") != std::string::npos);  // the answer is still given
    const auto clean = test::RunCommand(std::string(TA_CLI) + " rank --region right-shoulder --content " + TA_SHEET_DATA_DIR +
                                        "/content --atlas " + TA_SHEET_DATA_DIR + "/atlas 2>/dev/null");
    CHECK(clean.exit_code == 0);
}

}  // namespace ta
