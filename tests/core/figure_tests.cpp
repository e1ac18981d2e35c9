// Techniques' pictures: every technique and self-test in the real content names a figure that
// draws, the drawing puts the tool where the text says, and a bad name is an error with a hint.
#include "figure_reader.hpp"
#include "sheet_model.hpp"
#include "technique_figure.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ta;

namespace {

int CountRole(const FigureDrawing& drawing, FigureRole role) {
    return static_cast<int>(std::count_if(drawing.shapes.begin(), drawing.shapes.end(), [&](const FigureShape& s) { return s.role == role; }));
}

// What a drawing must hold for its names: a body, the tool and the arrow it names, a frame.
void CheckDraws(const std::optional<FigureSpec>& figure, const std::string& what) {
    INFO(what);
    REQUIRE(figure.has_value());
    const FigureDrawing drawing = DrawFigure(*figure);
    CHECK(CountRole(drawing, FigureRole::Body) >= 6);  // trunk, neck, head, an arm at least
    CHECK(CountRole(drawing, FigureRole::Target) == 1);
    CHECK((figure->tool == "none") == (CountRole(drawing, FigureRole::Tool) == 0));
    CHECK((figure->arrow == "none") == (CountRole(drawing, FigureRole::Arrow) == 0));
    CHECK(drawing.view_box.Width() > 20);
    CHECK(drawing.view_box.Height() > 20);
}

const FigureShape* FirstOf(const FigureDrawing& drawing, FigureRole role, FigureForm form) {
    for (const auto& shape : drawing.shapes)
        if (shape.role == role && shape.form == form) return &shape;
    return nullptr;
}

double MaxX(const FigureShape& shape) {
    double x = shape.points.front().x;
    for (const auto& p : shape.points) x = std::max(x, p.x);
    return x;
}

}  // namespace

TEST_CASE("every technique exercise and self-test has a figure that draws") {
    const Database& db = test::RealDatabase();
    int count = 0;
    for (const Muscle& m : db.content.muscles)
        for (const Technique& t : m.techniques) CheckDraws(t.figure, m.id + "/" + t.id), ++count;
    for (const SelfTest& t : db.content.self_tests) CheckDraws(t.figure, "self-test " + t.id), ++count;
    for (const Technique& e : db.content.exercises) CheckDraws(e.figure, "exercise " + e.id), ++count;
    CHECK(count >= 290);
}

TEST_CASE("the ball against the wall sits between the wall and the back") {
    const FigureDrawing drawing = DrawFigure({"standing-back-to-wall", "ball", "upper-back", "lean", "", 0});
    const FigureShape* wall = FirstOf(drawing, FigureRole::Prop, FigureForm::Fill);
    const FigureShape* ball = FirstOf(drawing, FigureRole::Tool, FigureForm::Disc);
    const FigureShape* trunk = nullptr;
    for (const auto& shape : drawing.shapes)
        if (shape.role == FigureRole::Body && shape.form == FigureForm::Capsule && shape.width > 20) trunk = &shape;
    REQUIRE(wall);
    REQUIRE(ball);
    REQUIRE(trunk);
    const double ball_left = ball->points[0].x - ball->width / 2, ball_right = ball->points[0].x + ball->width / 2;
    const double back = trunk->points[0].x - trunk->width / 2;
    CHECK(ball_left == Approx(MaxX(*wall)).margin(1.5));  // touching the wall
    CHECK(ball_right == Approx(back).margin(1.5));        // and the back
    CHECK(ball->points[0].y < -100);                       // up at the shoulder blades, not at the hips
}

TEST_CASE("a hand tool brings the other hand to the place") {
    const FigureDrawing drawing = DrawFigure({"lying-back-knees-bent", "fingers", "belly", "press", "", 0});
    const FigureShape* tip = FirstOf(drawing, FigureRole::Tool, FigureForm::Disc);
    REQUIRE(tip);
    bool hand_there = false;  // some arm segment ends at the fingertip mark
    for (const auto& shape : drawing.shapes)
        if (shape.role == FigureRole::Body && shape.form == FigureForm::Capsule && shape.points.size() == 2) {
            const auto& end = shape.points[1];
            hand_there |= std::hypot(end.x - tip->points[0].x, end.y - tip->points[0].y) < 1.0;
        }
    CHECK(hand_there);
}

TEST_CASE("an unknown figure name is an error that lists the valid names") {
    const char* xml = R"(<technique>
  <figure pose="standing-on-head" tool="ball" place="upper-back"/>
  <figure pose="standing" tool="hammer" place="upper-back"/>
  <figure pose="standing" place="elbow-pit"/>
</technique>)";
    tinyxml2::XMLDocument document;
    REQUIRE(document.Parse(xml) == tinyxml2::XML_SUCCESS);
    Diagnostics diagnostics;
    ElementReader root(*document.RootElement(), "test.xml", "technique", diagnostics);
    std::vector<std::optional<FigureSpec>> figures(3);
    size_t i = 0;
    root.ForEachChild({{"figure", [&](const ElementReader& e) { ReadFigure(e, figures[i++]); }}});
    REQUIRE(diagnostics.Items().size() == 3);
    const auto& items = diagnostics.Items();
    CHECK(items[0].line == 2);
    CHECK_THAT(items[0].message, Catch::Contains("standing-on-head"));
    CHECK_THAT(items[0].hint, Catch::Contains("standing-back-to-wall") && Catch::Contains("kneeling-lunge"));
    CHECK_THAT(items[1].hint, Catch::Contains("foam-roller"));
    CHECK_THAT(items[2].hint, Catch::Contains("back-of-knee"));
    for (const auto& f : figures) CHECK_FALSE(f.has_value());
}

TEST_CASE("sheet sections carry their technique's figure") {
    const Database& db = test::RealDatabase();
    auto muscle = db.FindMuscle("levator-scapulae");
    REQUIRE(muscle);
    SheetInput input{{"levator-scapulae"}, nullptr, "", "2026-11-30"};
    std::string error;
    auto model = BuildSheetModel(db, input, error);
    REQUIRE(model);
    int with_figure = 0;
    for (const auto& section : model->muscles.at(0).sections)
        if (section.figure) {
            ++with_figure;
            if (section.heading.find("Ball against a wall") != std::string::npos) CHECK(section.figure->pose == "standing-back-to-wall");
        }
    CHECK(with_figure == 2);  // the massage and the stretch
}
