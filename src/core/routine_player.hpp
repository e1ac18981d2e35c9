// The routine player's state machine: which step, side and hold a person is on, how long is left,
// what comes next, and when to sound the end-of-hold cue. Time is handed to it (Advance), never
// read from a clock, so tests drive it exactly; the app only lays it out and plays the cue.
//
// Each step becomes a list of phases: "get into position" (a short lead-in, not counted in the
// step's minutes), then its holds with rests between them, and with sides="each" a "change sides"
// lead-in and the same holds on the left. A step without holds is one timed phase of its minutes.
#pragma once

#include "content.hpp"

#include <string>
#include <vector>

namespace ta {

enum class PhaseKind {
    Prepare,  // getting into position, or changing sides
    Hold,     // one timed hold (or one rep of a timed exercise)
    Rest,     // between two holds on the same side
    Work,     // a step without holds: its whole time
};

enum class StepSide { None, Right, Left };

struct PlayerPhase {
    PhaseKind kind = PhaseKind::Work;
    int step = 0;                     // index into the player's steps
    StepSide side = StepSide::None;
    int hold = 0;                     // 1-based, for Hold and the Rest after it
    int holds = 0;                    // holds on this side
    double seconds = 0;
};

// What happened during one Advance: the app plays the cue and flashes on hold_ended.
struct PlayerEvents {
    bool hold_ended = false;    // a hold (or a step's timed work) ran out
    bool step_changed = false;
    bool finished = false;      // the last phase ran out
};

struct PlayerStep {
    StepTiming timing;
    double minutes = 0;
};

class RoutinePlayer {
public:
    static constexpr double kPrepareSeconds = 5;

    explicit RoutinePlayer(const std::vector<PlayerStep>& steps, bool lead_in = true);
    static RoutinePlayer ForRoutine(const Routine& routine);
    static RoutinePlayer ForHold(int seconds);   // a single hold from a technique, started at once

    PlayerEvents Advance(double seconds);        // time passed; nothing happens while paused or finished
    void Pause() { paused_ = true; }
    void Resume() { paused_ = false; }
    void NextStep();                             // to the next step's first phase (or the end)
    void PreviousStep();                         // to the start of this step, or the one before if it just began
    void GoToStep(int step);                     // to the start of a step (the list of steps is clickable)

    bool Paused() const { return paused_; }
    bool Finished() const { return finished_; }
    int StepCount() const { return step_count_; }
    int CurrentStep() const { return Phase().step; }
    const PlayerPhase& Phase() const { return phases_[current_]; }
    double Remaining() const;                    // seconds left in the current phase
    double Fraction() const;                     // 0 at the start of the phase, 1 at its end
    std::string PhaseText() const;               // "Hold 2 of 3, left side", "Change sides", "Rest"
    std::string NextText() const;                // "Next: rest", "Next: step 3 of 8"; empty at the last phase

    // Whether the diary logs the routine as done: its countdown has run, and at least its first
    // step lies behind it (all of them once finished). A routine skipped through with Next, never
    // started, does not count; one stopped half-way after a step or more does.
    int StepsDone() const { return finished_ ? step_count_ : CurrentStep(); }
    bool CountsAsDone() const { return ran_ && StepsDone() > 0; }

private:
    void JumpTo(size_t phase);
    size_t FirstPhaseOf(int step) const;

    std::vector<PlayerPhase> phases_;
    size_t current_ = 0;
    double elapsed_ = 0;                         // in the current phase
    int step_count_ = 0;
    bool paused_ = false;
    bool finished_ = false;
    bool ran_ = false;                           // time has passed while it played
};

}  // namespace ta
