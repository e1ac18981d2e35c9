// The sheet model: which pages, sections, texts, views and sides, without drawing anything.
#include "pdf_tools.hpp"
#include "sheet_model.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace ta {

namespace {

std::vector<std::string> Headings(const MusclePage& page) {
    std::vector<std::string> headings;
    for (const auto& s : page.sections) headings.push_back(s.heading);
    return headings;
}

std::vector<std::string> RegionIds(const Database& db, const std::vector<int>& regions) {
    std::vector<std::string> ids;
    for (int r : regions) ids.push_back(db.atlas.regions[r].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

PainMap ShoulderAndChestMap() {
    PainMap map;
    map.marks.push_back({"back", ClickStrokes({75, 105}), "left-shoulder", 7, PainQuality::Aching});
    map.marks.push_back({"", {}, "left-chest", 5, PainQuality::Aching});
    map.note = "Worse after carrying shopping.";
    return map;
}

}  // namespace

TEST_CASE("a one-muscle sheet has the muscle's texts in order, a 14-day grid and no cover") {
    const Database& db = test::SheetTestDatabase();
    std::string error;
    auto model = BuildSheetModel(db, {{"test-shoulder"}, nullptr, "", "2026-11-22"}, error);
    REQUIRE(model);
    CHECK_FALSE(model->cover);
    CHECK_FALSE(model->routine);
    REQUIRE(model->muscles.size() == 1);
    const MusclePage& page = model->muscles[0];
    CHECK(page.title == "Test shoulder muscle \u2014 test group");
    CHECK(page.subtitle == "Musculus testis humeri  \u00b7  also called shoulder tester, Schultermuskel");
    CHECK(page.running_header == "Test shoulder muscle (continued)");
    CHECK(Headings(page) == std::vector<std::string>{"Where it is", "Finding the trigger points",
                                                     "Self-massage: Ball against a wall", "Stretch: Reach across"});
    // The warning signs come before every section, general ones included.
    REQUIRE_FALSE(page.warnings.empty());
    CHECK(page.warnings.back().general);
    // The points to find carry the numbers they have on the diagram.
    const SheetSection& find = page.sections[1];
    REQUIRE(find.blocks.size() == 2);
    CHECK(find.blocks[0].style == BlockStyle::Point);
    CHECK(find.blocks[0].number == 1);
    CHECK(find.blocks[1].number == 2);
    CHECK_FALSE(find.keep_together);
    const SheetSection& massage = page.sections[2];
    CHECK(massage.keep_together);  // a technique's steps and cautions stay on one page
    REQUIRE(massage.blocks.size() == 6);
    CHECK(massage.blocks[0].label == "You need");
    CHECK(massage.blocks[2].style == BlockStyle::Step);
    CHECK(massage.blocks[3].number == 2);
    CHECK(massage.blocks[4].text == "hold 30 s, 6 times, 3 times a day");
    CHECK(massage.blocks[5].style == BlockStyle::Caution);
    CHECK(page.grid.days == 14);
    CHECK(page.grid.rows == std::vector<std::string>{"Self-massage: Ball against a wall", "Stretch: Reach across"});
    CHECK(model->footer == "Trigger Atlas  \u00b7  printed 2026-11-22");
    CHECK(model->disclaimer == "Test disclaimer: education, not diagnosis.");
}

TEST_CASE("the diagram is the view with the muscle's outline, on the right side by default") {
    const Database& db = test::SheetTestDatabase();
    auto diagrams = MuscleDiagrams(db, *db.FindMuscle("test-shoulder"), Side::Right);
    REQUIRE(diagrams.size() == 1);
    const SheetDiagram& d = diagrams[0];
    CHECK(db.atlas.views[d.view].id == "back");
    CHECK(d.side == Side::Right);
    CHECK(d.outlines.size() == 1);
    CHECK(d.trigger_points.size() == 2);
    // Each point's number is its place in the muscle's list: "upper" is 1, "lower" is 2.
    REQUIRE(d.point_numbers.size() == 2);
    for (size_t i = 0; i < d.trigger_points.size(); ++i) {
        const std::string& id = db.atlas.views[d.view].trigger_points[d.trigger_points[i]].trigger_point;
        CHECK(d.point_numbers[i] == (id == "test-shoulder.upper" ? 1 : 2));
    }
    CHECK(RegionIds(db, d.essential_regions) == std::vector<std::string>{"right-shoulder", "right-upper-back"});
    CHECK(RegionIds(db, d.spillover_regions) == std::vector<std::string>{"right-arm", "right-neck"});
}

TEST_CASE("the app's overlay numbers one muscle's points and leaves several muscles' unnumbered") {
    const Database& db = test::SheetTestDatabase();
    const int back = *db.atlas.FindView("back");
    const int shoulder = *db.FindMuscle("test-shoulder"), other = *db.FindMuscle("test-long");
    const SheetDiagram one = OverlayDiagram(db, back, {{shoulder, Side::Right}, {shoulder, Side::Left}});
    CHECK(one.trigger_points.size() == 4);
    CHECK(std::count(one.point_numbers.begin(), one.point_numbers.end(), 1) == 2);  // "upper" on both sides
    CHECK(std::count(one.point_numbers.begin(), one.point_numbers.end(), 2) == 2);
    const SheetDiagram two = OverlayDiagram(db, back, {{shoulder, Side::Right}, {other, Side::Right}});
    CHECK(two.trigger_points.size() == 3);
    CHECK(two.point_numbers == std::vector<int>{0, 0, 0});  // 1s of two lists would mislead
}

TEST_CASE("a group id prints each member, with a cover page listing them") {
    const Database& db = test::SheetTestDatabase();
    std::string error;
    auto model = BuildSheetModel(db, {{"test-group", "test-shoulder"}, nullptr, "", "2026-11-22"}, error);
    REQUIRE(model);
    REQUIRE(model->muscles.size() == 2);
    REQUIRE(model->cover);
    CHECK_THAT(model->cover->contents, Catch::VectorContains(std::string("Test shoulder muscle \u2014 test group")));
    CHECK_THAT(model->cover->contents, Catch::VectorContains(std::string("Test long muscle \u2014 test group")));
    CHECK(model->cover->ranked.empty());
    // Without a map, the general red flags still print.
    REQUIRE(model->cover->warnings.size() == 1);
    CHECK(model->cover->warnings[0].title == "Pain that wakes you every night");
}

TEST_CASE("a pain map ranks the muscles, picks the side and puts emergencies first on the cover") {
    const Database& db = test::SheetTestDatabase();
    const PainMap map = ShoulderAndChestMap();
    std::string error;
    auto model = BuildSheetModel(db, {{}, &map, "", "2026-11-22"}, error);
    REQUIRE(model);
    REQUIRE(model->cover);
    REQUIRE_FALSE(model->muscles.empty());
    CHECK(model->muscles[0].title == "Test shoulder muscle \u2014 test group");
    REQUIRE_FALSE(model->muscles[0].diagrams.empty());
    CHECK(model->muscles[0].diagrams[0].side == Side::Left);
    const CoverPage& cover = *model->cover;
    REQUIRE_FALSE(cover.ranked.empty());
    CHECK(cover.ranked[0].name == "Test shoulder muscle \u2014 test group (left)");
    CHECK(cover.ranked[0].on_sheet);
    REQUIRE(cover.warnings.size() == 2);
    CHECK(cover.warnings[0].urgency == Urgency::Emergency);
    CHECK(cover.warnings[0].title == "Chest pain with breathlessness");
    CHECK(cover.note == "Worse after carrying shopping.");
    REQUIRE_FALSE(cover.diagrams.empty());
    CHECK(db.atlas.views[cover.diagrams[0].view].id == "front");  // the chest, marked without a point
    CHECK(cover.diagrams.back().areas.size() == 1);
}

// The app's body canvas shows a map's marks with this: a mark naming only a region (an older
// map, one written by hand or by the command line) was missing from the body.
TEST_CASE("a view shows its drawn marks as areas and region-only marks as filled regions") {
    const Database& db = test::SheetTestDatabase();
    const PainMap map = ShoulderAndChestMap();
    const auto view_index = [&](const std::string& id) { return static_cast<int>(*db.atlas.FindView(id)); };
    SheetDiagram back, front;
    AddMarksOnView(db, map, view_index("back"), 0, back);
    AddMarksOnView(db, map, view_index("front"), 0, front);
    CHECK(back.areas.size() == 1);
    CHECK(back.selected_area == 0);
    CHECK(back.marked_regions.empty());
    CHECK(front.areas.empty());
    CHECK(front.selected_area == -1);
    CHECK(RegionIds(db, front.marked_regions) == std::vector<std::string>{"left-chest"});
}

TEST_CASE("a routine lists its steps with running times") {
    const Database& db = test::SheetTestDatabase();
    std::string error;
    auto model = BuildSheetModel(db, {{}, nullptr, "test-routine", "2026-11-22"}, error);
    REQUIRE(model);
    REQUIRE(model->routine);
    CHECK(model->muscles.empty());
    CHECK_FALSE(model->cover);
    const RoutinePage& routine = *model->routine;
    REQUIRE(routine.steps.size() == 3);
    CHECK(routine.steps[0].time == "0:00 \u2013 2:00");
    CHECK(routine.steps[1].time == "2:00 \u2013 3:00");
    CHECK(routine.steps[2].time == "3:00 \u2013 5:00");
    CHECK(routine.steps[0].heading == "Test shoulder muscle: Ball against a wall");
    // Each step: what is needed, the position, the steps, the routine's own dose (never the
    // technique's general one beside it) and the cautions.
    const auto& ball = routine.steps[0].blocks;
    REQUIRE(ball.size() >= 4);
    CHECK(ball[0].label == "You need");
    CHECK(ball[1].label == "Position");
    CHECK(ball[2].style == BlockStyle::Step);
    const auto dose = std::find_if(ball.begin(), ball.end(), [](const SheetBlock& b) { return b.label == "In this routine"; });
    REQUIRE(dose != ball.end());
    CHECK(dose->text == "About a minute each side.");
    CHECK(ball.back().style == BlockStyle::Caution);
    for (const RoutineStepEntry& step : routine.steps)
        for (const SheetBlock& b : step.blocks) CHECK(b.label != "Dose");
    CHECK(routine.steps[1].blocks.back().text == "1 minute");  // no note: the time slot is the dose
    CHECK(routine.grid.rows == std::vector<std::string>{"Routine done"});
}

TEST_CASE("unknown ids and empty requests are refused with a message") {
    const Database& db = test::SheetTestDatabase();
    std::string error;
    CHECK_FALSE(BuildSheetModel(db, {{"test-shoulder", "no-such-muscle"}, nullptr, "", "2026-11-22"}, error));
    CHECK(error.find("no-such-muscle") != std::string::npos);
    CHECK_FALSE(BuildSheetModel(db, {{}, nullptr, "no-such-routine", "2026-11-22"}, error));
    CHECK(error.find("no-such-routine") != std::string::npos);
    CHECK_FALSE(BuildSheetModel(db, {{}, nullptr, "", "2026-11-22"}, error));
    CHECK(error.find("nothing to print") != std::string::npos);
}

}  // namespace ta
