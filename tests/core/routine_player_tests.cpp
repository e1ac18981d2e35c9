// The routine player's state machine: phases built from a step's timing, advancing through holds,
// rests and sides, the end-of-hold cue, pause, previous and next. Time is handed in, so every
// case is exact.
#include "routine_player.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

PlayerStep Holds(int seconds, int holds, int rest, bool each_side) {
    StepTiming t;
    t.hold_seconds = seconds;
    t.holds = holds;
    t.rest_seconds = rest;
    t.each_side = each_side;
    return {t, 0};
}

PlayerStep Untimed(double minutes) { return {StepTiming{}, minutes}; }

// Every phase in order, as "kind side hold/holds seconds", by advancing through the player.
std::vector<std::string> Walk(RoutinePlayer player) {
    std::vector<std::string> out;
    while (!player.Finished()) {
        out.push_back(std::to_string(player.CurrentStep()) + " " + player.PhaseText() + " " +
                      std::to_string(static_cast<int>(player.Remaining())));
        player.Advance(player.Remaining());
    }
    return out;
}

}  // namespace

TEST_CASE("a step's holds become phases with lead-ins rests and both sides") {
    RoutinePlayer player({Holds(30, 2, 5, true), Untimed(1)});
    CHECK(Walk(player) == std::vector<std::string>{
                              "0 Get into position, right side 5",
                              "0 Hold 1 of 2, right side 30",
                              "0 Rest, right side 5",
                              "0 Hold 2 of 2, right side 30",
                              "0 Change sides: left side 5",
                              "0 Hold 1 of 2, left side 30",
                              "0 Rest, left side 5",
                              "0 Hold 2 of 2, left side 30",
                              "1 Get into position 5",
                              "1 Keep going 60",
                          });
}

TEST_CASE("a single hold from a technique starts at once and ends with the cue") {
    RoutinePlayer hold = RoutinePlayer::ForHold(30);
    CHECK(hold.PhaseText() == "Hold");
    CHECK(hold.Remaining() == 30);
    CHECK_FALSE(hold.Advance(29.5).hold_ended);
    CHECK(hold.Remaining() == Approx(0.5));
    const PlayerEvents end = hold.Advance(1);
    CHECK(end.hold_ended);
    CHECK(end.finished);
    CHECK(hold.Finished());
    CHECK(hold.PhaseText() == "Done");
}

TEST_CASE("the cue sounds at the end of holds and timed work only") {
    RoutinePlayer player({Holds(10, 2, 5, false)});
    CHECK_FALSE(player.Advance(5).hold_ended);      // the lead-in ends: no cue
    CHECK(player.PhaseText() == "Hold 1 of 2");
    CHECK(player.Advance(10).hold_ended);           // hold 1 ends
    CHECK(player.PhaseText() == "Rest");
    CHECK_FALSE(player.Advance(5).hold_ended);      // the rest ends: no cue
    const PlayerEvents last = player.Advance(10);
    CHECK(last.hold_ended);
    CHECK(last.finished);
}

TEST_CASE("a long gap runs through several phases and reports the step change") {
    RoutinePlayer player({Holds(10, 1, 0, false), Holds(20, 1, 0, false)});
    const PlayerEvents events = player.Advance(5 + 10 + 5 + 3);
    CHECK(events.hold_ended);
    CHECK(events.step_changed);
    CHECK_FALSE(events.finished);
    CHECK(player.CurrentStep() == 1);
    CHECK(player.PhaseText() == "Hold");
    CHECK(player.Remaining() == Approx(17));
}

TEST_CASE("pause stops the countdown and resume goes on from where it stopped") {
    RoutinePlayer player({Holds(30, 1, 0, false)});
    player.Advance(10);
    player.Pause();
    CHECK(player.Paused());
    player.Advance(100);
    CHECK(player.PhaseText() == "Hold");
    CHECK(player.Remaining() == Approx(25));
    player.Resume();
    player.Advance(5);
    CHECK(player.Remaining() == Approx(20));
}

TEST_CASE("next and previous move between steps") {
    RoutinePlayer player({Holds(30, 1, 0, false), Holds(30, 1, 0, true), Untimed(1)});
    player.NextStep();
    CHECK(player.CurrentStep() == 1);
    CHECK(player.PhaseText() == "Get into position, right side");
    player.Advance(20);  // into the first hold of step 2
    player.PreviousStep();  // well into the step: back to its start
    CHECK(player.CurrentStep() == 1);
    CHECK(player.PhaseText() == "Get into position, right side");
    CHECK(player.Remaining() == RoutinePlayer::kPrepareSeconds);
    player.PreviousStep();  // at its very start: to the step before
    CHECK(player.CurrentStep() == 0);
    player.PreviousStep();  // the first step has none before it
    CHECK(player.CurrentStep() == 0);
    player.NextStep();
    player.NextStep();
    CHECK(player.CurrentStep() == 2);
    player.NextStep();  // past the last step: done
    CHECK(player.Finished());
    player.PreviousStep();  // from the end, back to the last step's start
    CHECK_FALSE(player.Finished());
    CHECK(player.CurrentStep() == 2);
}

TEST_CASE("going to a step starts it from its lead-in and leaves the end") {
    RoutinePlayer player({Holds(30, 1, 0, false), Holds(30, 1, 0, false)});
    player.Advance(1000);
    REQUIRE(player.Finished());
    player.GoToStep(0);
    CHECK_FALSE(player.Finished());
    CHECK(player.CurrentStep() == 0);
    CHECK(player.Remaining() == RoutinePlayer::kPrepareSeconds);
    player.GoToStep(7);  // no such step: nothing changes
    CHECK(player.CurrentStep() == 0);
}

TEST_CASE("a routine counts as done in the diary once it ran and a step lies behind it") {
    const std::vector<PlayerStep> steps = {Holds(30, 1, 0, false), Holds(30, 1, 0, false)};
    RoutinePlayer skipped(steps);
    skipped.NextStep();
    skipped.NextStep();
    CHECK(skipped.Finished());
    CHECK_FALSE(skipped.CountsAsDone());   // clicked to the end, never played
    RoutinePlayer first_step(steps);
    first_step.Advance(RoutinePlayer::kPrepareSeconds + 10);
    CHECK_FALSE(first_step.CountsAsDone());   // still in the first step
    first_step.Advance(20);
    CHECK(first_step.StepsDone() == 1);
    CHECK(first_step.CountsAsDone());   // stopped here, one step was done
    RoutinePlayer paused(steps);
    paused.Pause();
    paused.Advance(1000);
    paused.NextStep();
    CHECK_FALSE(paused.CountsAsDone());   // time passed while paused is not playing
    RoutinePlayer played(steps);
    played.Advance(1000);
    CHECK(played.StepsDone() == 2);
    CHECK(played.CountsAsDone());
    CHECK_FALSE(RoutinePlayer({}).CountsAsDone());
}

TEST_CASE("what comes next is named") {
    RoutinePlayer player({Holds(30, 2, 5, true), Untimed(1)});
    CHECK(player.NextText() == "Next: hold 1 of 2, right side");
    player.Advance(5 + 30);
    CHECK(player.NextText() == "Next: hold 2 of 2, right side");
    player.Advance(5 + 29);  // into hold 2
    CHECK(player.NextText() == "Next: change sides");
    player.Advance(1);
    CHECK(player.NextText() == "Next: hold 1 of 2, left side");
    player.NextStep();
    CHECK(player.NextText() == "Next: keep going");
    player.Advance(5);
    CHECK(player.NextText().empty());  // the last phase of the routine
}

TEST_CASE("an untimed step with sides splits its minutes between them") {
    StepTiming sided;
    sided.each_side = true;
    RoutinePlayer player({{sided, 2}}, false);
    CHECK(player.PhaseText() == "Right side");
    CHECK(player.Remaining() == 60);
}

TEST_CASE("an empty routine is a finished player") {
    RoutinePlayer player({});
    CHECK(player.Finished());
    CHECK(player.StepCount() == 0);
    CHECK_FALSE(player.Advance(10).hold_ended);
}

TEST_CASE("a routine's step timings drive its player") {
    Routine routine;
    RoutineStep step;
    step.minutes = 2;
    step.timing.hold_seconds = 60;
    step.timing.each_side = true;
    routine.steps = {step, step};
    RoutinePlayer player = RoutinePlayer::ForRoutine(routine);
    CHECK(player.StepCount() == 2);
    player.Advance(5);
    CHECK(player.PhaseText() == "Hold, right side");
    CHECK(player.Remaining() == 60);
}

TEST_CASE("a step's timing is described for the sheet") {
    StepTiming t;
    CHECK(t.Describe().empty());
    t.hold_seconds = 30;
    CHECK(t.Describe() == "one hold of 30 s");
    t.holds = 2;
    t.each_side = true;
    CHECK(t.Describe() == "2 holds of 30 s each side");
    t.rest_seconds = 5;
    CHECK(t.Describe() == "2 holds of 30 s each side, 5 s rest between");
}
