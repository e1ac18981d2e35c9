// Routines and exercises in the content: the fixture's exercise is read like a technique, and the
// real routines are playable and printable: every step resolves, its timing fits its minutes, the
// first screen's sequences exist, and the runner's core work carries its cautions to the sheet.
#include "routine_player.hpp"
#include "routine_steps.hpp"
#include "sheet_model.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ta;

namespace {

// The seconds a routine's player counts, without the lead-ins it adds before each step and side.
double PlayedSeconds(const Routine& routine) {
    RoutinePlayer player = RoutinePlayer::ForRoutine(routine);
    double total = 0;
    while (!player.Finished()) {
        if (player.Phase().kind != PhaseKind::Prepare) total += player.Remaining();
        player.Advance(player.Remaining());
    }
    return total;
}

}  // namespace

TEST_CASE("an exercise is read like a technique") {
    Diagnostics diagnostics;
    Database db = test::LoadMini(diagnostics);
    const Technique* walk = db.content.FindExercise("walk");
    REQUIRE(walk);
    CHECK(walk->kind == TechniqueKind::Movement);
    CHECK(walk->title == "Walk");
    CHECK(walk->position == "Standing.");
    CHECK(walk->steps.size() == 2);
    CHECK(walk->dose.Describe() == "1 min");
    CHECK(walk->cautions == std::vector<std::string>{"Go slowly."});
}

TEST_CASE("every real routine step resolves and its timing fits its minutes") {
    const Database& db = test::RealDatabase();
    for (const Routine& routine : db.content.routines) {
        INFO(routine.id);
        for (const RoutineStep& step : routine.steps) {
            INFO("line " << step.line);
            const ResolvedStep resolved = ResolveStep(db, step);
            REQUIRE(resolved.technique);
            CHECK_FALSE(resolved.heading.empty());
            CHECK_FALSE(resolved.technique->position.empty());
            CHECK(resolved.muscle.has_value() == step.exercise.empty());
        }
        CHECK(PlayedSeconds(routine) == Approx(routine.minutes * 60).margin(10.0 * static_cast<double>(routine.steps.size())));
    }
}

TEST_CASE("the first screen offers the sequence for a back that hurts now and the desk break") {
    const Database& db = test::RealDatabase();
    const std::vector<int> shortcuts = ShortcutRoutines(db.content);
    REQUIRE(shortcuts.size() >= 2);
    for (int r : shortcuts) CHECK_FALSE(db.content.routines[r].shortcut.empty());
    CHECK(shortcuts.size() < db.content.routines.size());  // the longer routines stay in the menu
    const Routine& back = db.content.routines[shortcuts[0]];
    CHECK(back.id == "back-now-2");
    CHECK(back.minutes == 2);
    CHECK(back.shortcut.find("back") != std::string::npos);
    const Routine& desk = db.content.routines[shortcuts[1]];
    CHECK(desk.id == "desk-break-2");
    CHECK(desk.shortcut.find("20") != std::string::npos);
    CHECK(std::any_of(desk.steps.begin(), desk.steps.end(), [](const RoutineStep& s) { return s.exercise == "easy-walk"; }));
}

TEST_CASE("the movement reminder offers the short desk break named in the content") {
    const Database& db = test::RealDatabase();
    const std::optional<int> routine = ReminderRoutine(db.content);
    REQUIRE(routine);
    const Routine& desk = db.content.routines[*routine];
    CHECK(desk.id == "desk-break-2");
    CHECK(desk.minutes <= 5);
    CHECK_THAT(desk.reminder, Catch::Contains("move"));
    Content none;
    none.routines.push_back(desk);
    none.routines.back().reminder.clear();
    CHECK_FALSE(ReminderRoutine(none));
}

TEST_CASE("the runner's core routine does the work the running advice asks for") {
    const Database& db = test::RealDatabase();
    auto index = FindRoutine(db.content, "runner-core-7");
    REQUIRE(index);
    std::vector<std::string> exercises;
    for (const RoutineStep& step : db.content.routines[*index].steps) exercises.push_back(step.exercise);
    CHECK(exercises == std::vector<std::string>{"glute-bridge", "bird-dog", "dead-bug", "side-plank"});
    for (const std::string& id : exercises) {
        INFO(id);
        const Technique* t = db.content.FindExercise(id);
        REQUIRE(t);
        CHECK(t->kind == TechniqueKind::Strength);
        CHECK(t->steps.size() >= 3);
        CHECK_FALSE(t->dose.Describe().empty());
        CHECK_FALSE(t->cautions.empty());
    }
}

TEST_CASE("a routine sheet prints an exercise's position steps routine dose and cautions") {
    const Database& db = test::RealDatabase();
    std::string error;
    auto model = BuildSheetModel(db, {{}, nullptr, "runner-core-7", "2026-11-30"}, error);
    INFO(error);
    REQUIRE(model);
    REQUIRE(model->routine);
    const RoutineStepEntry& bird_dog = model->routine->steps.at(1);
    CHECK(bird_dog.heading == "Bird dog");
    CHECK(bird_dog.time == "2:00 \u2013 3:30");
    const auto with = [&](auto pred) { return std::count_if(bird_dog.blocks.begin(), bird_dog.blocks.end(), pred); };
    CHECK(with([](const SheetBlock& b) { return b.label == "Position" && b.text.find("hands and knees") != std::string::npos; }) == 1);
    CHECK(with([](const SheetBlock& b) { return b.label == "In this routine" && b.text == "6 holds of 5 s each side, 3 s rest between"; }) == 1);
    CHECK(with([](const SheetBlock& b) { return b.style == BlockStyle::Caution; }) >= 1);
    CHECK(with([](const SheetBlock& b) { return b.style == BlockStyle::Step; }) >= 3);
    CHECK(with([](const SheetBlock& b) { return b.label == "Dose"; }) == 0);  // never the exercise's general dose
}
