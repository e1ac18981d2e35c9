// The app state without a window: marks, undo/redo, the paint brush, view framing, ranking cache.
#include "session.hpp"

#include "related_muscles.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

const Database& TestDatabase() {
    static const Database db = [] {
        Diagnostics d;
        return LoadDatabase(TA_SOURCE_DIR "/content", TA_GUI_TEST_DATA "/atlas", d);
    }();
    return db;
}

int ViewIndex(const char* id) { return *TestDatabase().atlas.FindView(id); }

// In the test atlas the back view's person's right low back is x 200..300, y 100..400 and the
// front view's person's right groin is x 100..200, y 400..500.
constexpr AtlasPoint kRightLowBack{250, 250};
constexpr AtlasPoint kRightGroin{150, 450};

}  // namespace

TEST_CASE("the test atlas loads cleanly") {
    Diagnostics d;
    LoadDatabase(TA_SOURCE_DIR "/content", TA_GUI_TEST_DATA "/atlas", d);
    std::string report;  // an INFO inside the loop would end with each pass and never be shown
    for (const auto& item : d.Items()) report += FormatDiagnostic(item) + "\n";
    INFO(report);
    CHECK_FALSE(d.HasErrors());
}

TEST_CASE("a click on the body adds a mark with the current intensity and quality") {
    Session s(TestDatabase());
    s.new_intensity = 7;
    s.new_quality = PainQuality::Sharp;
    REQUIRE(s.AddMarkAt(ViewIndex("back"), kRightLowBack));
    REQUIRE(s.Map().marks.size() == 1);
    const PainMapMark& m = s.Map().marks[0];
    CHECK(m.region == "right-low-paraspinal");
    CHECK(m.view == "back");
    CHECK(m.intensity == 7);
    CHECK(m.quality == PainQuality::Sharp);
    CHECK_FALSE(s.AddMarkAt(ViewIndex("back"), {10, 10}));  // off the body
    CHECK(s.Map().marks.size() == 1);
}

TEST_CASE("low back plus groin ranks iliopsoas among the top candidates") {
    Session s(TestDatabase());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    s.AddMarkAt(ViewIndex("front"), kRightGroin);
    const RankResult& r = s.Ranking();
    REQUIRE(r.candidates.size() >= 3);
    bool found = false;
    for (size_t i = 0; i < 3; ++i) found |= TestDatabase().content.muscles[r.candidates[i].muscle].id == "iliopsoas";
    CHECK(found);
}

TEST_CASE("the ranking is cached until the marks change") {
    Session s(TestDatabase());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    const auto count = s.Ranking().candidates.size();
    REQUIRE(s.RankingsComputed() == 1);
    s.Ranking();
    s.MarkedRegions();
    CHECK(s.RankingsComputed() == 1);  // asked again, nothing changed: not ranked again
    s.AddMarkAt(ViewIndex("front"), kRightGroin);
    CHECK(s.ResolvedMarks().size() == 2);
    CHECK(s.RankingsComputed() == 2);
    CHECK(s.Ranking().candidates.size() >= count);
}

TEST_CASE("undo and redo walk through the edits and a new edit clears redo") {
    Session s(TestDatabase());
    CHECK_FALSE(s.CanUndo());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    s.AddMarkAt(ViewIndex("front"), kRightGroin);
    s.SetMarkIntensity(0, 9);
    REQUIRE(s.Undo());
    CHECK(s.Map().marks[0].intensity == 5);
    REQUIRE(s.Undo());
    CHECK(s.Map().marks.size() == 1);
    REQUIRE(s.Redo());
    CHECK(s.Map().marks.size() == 2);
    s.RemoveMark(1);
    CHECK_FALSE(s.CanRedo());
    s.ClearMarks();
    CHECK(s.Map().marks.empty());
    REQUIRE(s.Undo());
    CHECK(s.Map().marks.size() == 1);
}

TEST_CASE("edits that change nothing add no undo step") {
    Session s(TestDatabase());
    s.ClearMarks();
    CHECK_FALSE(s.CanUndo());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    s.SetMarkIntensity(0, 5);
    s.RemoveMark(3);  // out of range
    REQUIRE(s.Undo());
    CHECK_FALSE(s.CanUndo());
}

TEST_CASE("intensity is kept between 1 and 10 and quality can flag nerve pain") {
    Session s(TestDatabase());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    s.SetMarkIntensity(0, 42);
    CHECK(s.Map().marks[0].intensity == 10);
    CHECK_FALSE(s.AnyNerveQuality());
    s.SetMarkQuality(0, PainQuality::Tingling);
    CHECK(s.AnyNerveQuality());
}

TEST_CASE("one paint stroke is one area and one undo step") {
    Session s(TestDatabase());
    const int back = ViewIndex("back");
    s.StrokeTo(back, kRightLowBack);  // not painting: nothing happens
    CHECK(s.Map().marks.empty());
    s.BeginStroke();
    for (double y = 120; y <= 380; y += 5) s.StrokeTo(back, {250, y});
    s.EndStroke();
    REQUIRE(s.Map().marks.size() == 1);
    const PainMapMark& area = s.Map().marks[0];
    CHECK(area.view == "back");
    REQUIRE(area.strokes.size() == 1);
    CHECK(area.strokes[0].points.size() >= 10);
    CHECK(area.region == "right-low-paraspinal");
    CHECK(s.selected_mark == size_t{0});
    REQUIRE(s.Undo());
    CHECK(s.Map().marks.empty());
    CHECK_FALSE(s.CanUndo());
}

TEST_CASE("a stroke that touches an area joins it and one that does not starts another") {
    Session s(TestDatabase());
    const int back = ViewIndex("back");
    auto stroke = [&](AtlasPoint a, AtlasPoint b, bool erase = false) {
        s.BeginStroke(erase);
        s.StrokeTo(back, a);
        s.StrokeTo(back, b);
        s.EndStroke();
    };
    stroke({230, 150}, {230, 250});
    stroke({280, 150}, {280, 250});       // 50 apart with a radius of 14 each: a second area
    CHECK(s.Map().marks.size() == 2);
    stroke({230, 200}, {280, 200});       // a bridge joins them
    REQUIRE(s.Map().marks.size() == 1);
    CHECK(s.Map().marks[0].strokes.size() == 3);
    stroke({200, 140}, {300, 260}, true); // the eraser cuts, the area stays
    REQUIRE(s.Map().marks.size() == 1);
    CHECK(s.Map().marks[0].strokes.back().erase);
    s.brush_radius = 60;
    stroke({230, 120}, {270, 300}, true); // erased away completely: removed
    CHECK(s.Map().marks.empty());
}

TEST_CASE("clicking a spot that is already marked selects it instead of adding a duplicate") {
    Session s(TestDatabase());
    const int back = ViewIndex("back");
    REQUIRE(s.AddMarkAt(back, kRightLowBack));
    REQUIRE(s.AddMarkAt(back, {kRightLowBack.x + 3, kRightLowBack.y + 2}));
    CHECK(s.Map().marks.size() == 1);
    CHECK(s.selected_mark == size_t{0});
    CHECK_FALSE(s.CanRedo());
    REQUIRE(s.Undo());
    CHECK(s.Map().marks.empty());
}

TEST_CASE("opening a map ends the undo history so undo never brings another map back under its name") {
    Session s(TestDatabase());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    PainMap opened;
    opened.marks.push_back({"", {}, "right-groin", 4, PainQuality::Burning});
    s.StartDocument(opened);
    CHECK(s.Map() == opened);
    CHECK(s.MarkedRegions().size() == 1);
    CHECK_FALSE(s.CanUndo());
    CHECK_FALSE(s.Undo());
    CHECK(s.Map() == opened);
    CHECK_FALSE(s.Modified());
}

TEST_CASE("changed means different from the saved map: Clear all counts and undoing back does not") {
    Session s(TestDatabase());
    PainMap opened;
    opened.marks.push_back({"", {}, "right-groin", 4, PainQuality::Burning});
    s.StartDocument(opened);
    s.ClearMarks();
    CHECK(s.Map().marks.empty());
    CHECK(s.Modified());
    s.Undo();
    CHECK_FALSE(s.Modified());
    s.AddMarkAt(ViewIndex("back"), kRightLowBack);
    CHECK(s.Modified());
    s.MarkSaved();
    CHECK_FALSE(s.Modified());
    s.Undo();
    CHECK(s.Modified());
}

TEST_CASE("a restored session compares with its file: marks added since the save count as changed") {
    Session s(TestDatabase());
    PainMap saved;
    saved.marks.push_back({"", {}, "right-groin", 4, PainQuality::Burning});
    PainMap current = saved;
    current.marks.push_back({"", {}, "sacrum", 6, PainQuality::Aching});
    s.RestoreMap(current, saved);
    CHECK(s.Modified());
    CHECK_FALSE(s.CanUndo());
    s.RestoreMap(saved, saved);
    CHECK_FALSE(s.Modified());
    s.RestoreMap({}, {});
    CHECK_FALSE(s.Modified());
}

TEST_CASE("zooming keeps the point under the cursor still and reset restores the fit") {
    Session s(TestDatabase());
    s.view = ViewIndex("back");
    const double w = 800, h = 600;
    const ViewTransform before = s.CanvasTransform(w, h);
    const ViewPixel anchor{500, 200};
    const AtlasPoint under = before.ViewToAtlas(anchor);
    s.ZoomAt(anchor, 2, w, h);
    const ViewTransform after = s.CanvasTransform(w, h);
    CHECK(after.zoom == Approx(before.zoom * 2));
    CHECK(after.ViewToAtlas(anchor).x == Approx(under.x));
    CHECK(after.ViewToAtlas(anchor).y == Approx(under.y));
    s.ZoomAt(anchor, 1000, w, h);
    CHECK(s.CanvasTransform(w, h).zoom == Approx(before.zoom * Session::kMaxZoom));
    s.PanBy(30, -10);
    s.ResetFraming();
    CHECK(s.CanvasTransform(w, h).origin.x == Approx(before.origin.x));
    CHECK(s.CanvasTransform(w, h).zoom == Approx(before.zoom));
}

TEST_CASE("each view keeps its own framing") {
    Session s(TestDatabase());
    REQUIRE(s.SetView("back"));
    s.PanBy(40, 0);
    REQUIRE(s.SetView("front"));
    CHECK(s.Framing().pan.x == 0);
    REQUIRE(s.SetView("back"));
    CHECK(s.Framing().pan.x == 40);
    CHECK_FALSE(s.SetView("no-such-view"));
}

TEST_CASE("related muscles share a group or a referral pattern, never the muscle itself") {
    const Database& db = TestDatabase();
    const int psoas = *db.FindMuscle("iliopsoas");
    auto related = RelatedMuscles(db, psoas, 8);
    CHECK_FALSE(related.empty());
    CHECK(related.size() <= 8);
    CHECK(std::find(related.begin(), related.end(), psoas) == related.end());
}
