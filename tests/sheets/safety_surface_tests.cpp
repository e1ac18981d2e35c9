// Warning signs first on every surface, and never missing: `rank` text and JSON, the cover page,
// muscle and routine sheets on the real content; and refusal when safety.xml cannot be read.
#include "pdf_tools.hpp"
#include "sheet_model.hpp"
#include "sheet_pdf.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace ta {

namespace {

std::string RealData() {
    return std::string(" --content ") + TA_SOURCE_DIR + "/content --atlas " + TA_SOURCE_DIR + "/atlas";
}

std::vector<std::string> WarningIds(const std::vector<WarningLine>& lines) {
    std::vector<std::string> ids;
    for (const auto& w : lines) ids.push_back(w.id);
    return ids;
}

// A copy of the sheet test data whose safety.xml is replaced by `safety` (nothing: removed).
std::filesystem::path DataWithSafety(const test::ScratchDir& dir, const std::optional<std::string>& safety) {
    const auto root = dir / "data";
    std::filesystem::copy(TA_SHEET_DATA_DIR, root, std::filesystem::copy_options::recursive);
    std::filesystem::remove(root / "content" / "safety.xml");
    if (safety) std::ofstream(root / "content" / "safety.xml") << *safety;
    return root;
}

}  // namespace

TEST_CASE("rank for the left upper chest: the cardiac warning comes before any muscle") {
    const auto text = test::RunCommand(std::string(TA_CLI) + " rank --region left-upper-chest-inner" + RealData());
    REQUIRE(text.exit_code == 0);
    const auto warning = text.output.find("Emergency: Chest pain");
    REQUIRE(warning != std::string::npos);
    CHECK(warning < text.output.find(" 1. "));

    const auto json = test::RunCommand(std::string(TA_CLI) + " rank --json --region left-upper-chest-inner" + RealData());
    REQUIRE(json.exit_code == 0);
    CHECK(json.output.find("\"red_flags\"") < json.output.find("\"candidates\""));
    const auto parsed = nlohmann::json::parse(json.output);
    REQUIRE_FALSE(parsed["red_flags"].empty());
    CHECK(parsed["red_flags"][0]["id"] == "cardiac");
    CHECK(parsed["red_flags"][0]["urgency"] == "emergency");
    CHECK(parsed["red_flags"][0]["regions"] == nlohmann::json::array({"left-upper-chest-inner"}));
}

TEST_CASE("the cover page opens with the warning signs, before the marked body and the muscles") {
    const Database& db = test::RealSheetDatabase();
    PainMap map;
    map.marks.push_back({"", {}, "left-upper-chest-inner", 6, PainQuality::Aching});
    map.marks.push_back({"", {}, "left-inner-upper-arm-middle", 4, PainQuality::Aching});
    test::ScratchDir dir;
    const auto pdf = dir / "chest.pdf";
    std::string error;
    REQUIRE(WriteSheetPdf(db, {{}, map, "", Paper::A4, "2026-11-30"}, pdf, error));
    const std::string text = test::PdfText(pdf);
    const auto warnings = text.find("Check these first");
    REQUIRE(warnings != std::string::npos);
    CHECK(warnings < text.find("Chest pain or pressure"));
    CHECK(text.find("Chest pain or pressure") < text.find("Muscles to look at first"));
    CHECK(text.find("Chest pain or pressure") < text.find("Pectoralis major"));
}

TEST_CASE("levator scapulae's sheet and the desk routine carry the cardiac warning") {
    const Database& db = test::RealSheetDatabase();
    std::string error;
    auto levator = BuildSheetModel(db, {{"levator-scapulae"}, nullptr, "", "2026-11-30"}, error);
    REQUIRE(levator);
    // Levator sends pain between the shoulder blades (spillover), where heart pain is felt too.
    CHECK_THAT(WarningIds(levator->muscles[0].warnings), Catch::VectorContains(std::string("cardiac")));
    CHECK(levator->muscles[0].warnings.front().id == "cardiac");

    bool any_routine_with_cardiac = false;
    for (const Routine& r : db.content.routines) {
        auto model = BuildSheetModel(db, {{}, nullptr, r.id, "2026-11-30"}, error);
        REQUIRE(model);
        REQUIRE(model->routine);
        CHECK_FALSE(model->routine->warnings.empty());
        const auto ids = WarningIds(model->routine->warnings);
        any_routine_with_cardiac |= std::find(ids.begin(), ids.end(), "cardiac") != ids.end();
    }
    CHECK(any_routine_with_cardiac);

    test::ScratchDir dir;
    const auto pdf = dir / "levator.pdf";
    REQUIRE(WriteSheetPdf(db, {{"levator-scapulae"}, std::nullopt, "", Paper::A4, "2026-11-30"}, pdf, error));
    const std::string text = test::PdfText(pdf);
    CHECK(text.find("Emergency: Chest pain") < text.find("Where it is"));
}

TEST_CASE("every real red flag has a one-line summary, and general flags stay last") {
    const Database& db = test::RealSheetDatabase();
    for (const RedFlag& flag : db.content.safety.red_flags) {
        INFO(flag.id);
        CHECK_FALSE(flag.summary.empty());
        CHECK(flag.summary.size() <= 64);
    }
    std::vector<int> spine;
    for (const char* id : {"right-mid-back-neck", "right-paraspinal-t4-t6", "right-paraspinal-t10-t12", "right-low-paraspinal", "sacrum"})
        spine.push_back(*db.atlas.FindRegion(id));
    const auto lines = WarningLines(db, WarningSignsForRegions(db, spine));
    REQUIRE(lines.size() >= 3);
    CHECK(lines.front().urgency == Urgency::Emergency);
    CHECK(std::is_sorted(lines.begin(), lines.end(), [](const WarningLine& a, const WarningLine& b) {
        return !a.general && b.general ? true : a.general == b.general && a.urgency < b.urgency;
    }));
}

TEST_CASE("sheets and rank refuse when safety.xml is missing or broken") {
    for (const std::optional<std::string>& safety : {std::optional<std::string>{}, std::optional<std::string>{"<safety format=\"1\"><disclaimer>x"}}) {
        test::ScratchDir dir;
        const auto data = DataWithSafety(dir, safety);
        const std::string paths = " --content " + test::Quote(data / "content") + " --atlas " + test::Quote(data / "atlas");
        const auto pdf = dir / "refused.pdf";
        const auto sheet = test::RunCommand(std::string(TA_CLI) + " sheet test-shoulder -o " + test::Quote(pdf) + paths + " 2>&1");
        CHECK(sheet.exit_code == 1);
        CHECK_THAT(sheet.output, Catch::Contains("refusing to print sheets without their warning signs"));
        CHECK_FALSE(std::filesystem::exists(pdf));
        const auto rank = test::RunCommand(std::string(TA_CLI) + " rank --region right-shoulder" + paths + " 2>&1");
        CHECK(rank.exit_code == 1);
        CHECK_THAT(rank.output, Catch::Contains("refusing to rank without the warning signs"));
    }
}

TEST_CASE("the safety fingerprint changes with the texts, so a changed warning is read again") {
    const Database& db = test::RealSheetDatabase();
    REQUIRE(db.content.safety.complete);
    REQUIRE(db.content.safety.fingerprint.size() == 16);
    test::ScratchDir dir;
    const auto data = DataWithSafety(dir, std::nullopt);
    std::filesystem::copy(std::filesystem::path(TA_SOURCE_DIR) / "content" / "safety.xml", data / "content" / "safety.xml");
    Diagnostics diagnostics;
    const std::string same = LoadDatabase(data / "content", data / "atlas", diagnostics).content.safety.fingerprint;
    std::string xml = test::ReadBytes(data / "content" / "safety.xml");
    xml.replace(xml.find("Call emergency services now"), 4, "Ring");
    std::ofstream(data / "content" / "safety.xml", std::ios::trunc) << xml;
    const std::string changed = LoadDatabase(data / "content", data / "atlas", diagnostics).content.safety.fingerprint;
    CHECK(same == db.content.safety.fingerprint);
    CHECK(changed != same);
}

}  // namespace ta
