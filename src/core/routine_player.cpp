// The routine player's phases and their timing.
#include "routine_player.hpp"

#include <algorithm>

namespace ta {

namespace {

const char* SideWords(StepSide side) {
    switch (side) {
    case StepSide::Right: return "right side";
    case StepSide::Left: return "left side";
    case StepSide::None: break;
    }
    return "";
}

// One side's holds with rests between them, or the side's share of an untimed step.
void AddSide(std::vector<PlayerPhase>& phases, int step, const PlayerStep& s, StepSide side) {
    const StepTiming& t = s.timing;
    if (!t.hold_seconds) {
        phases.push_back({PhaseKind::Work, step, side, 0, 0, s.minutes * 60 / (t.each_side ? 2 : 1)});
        return;
    }
    for (int hold = 1; hold <= t.holds; ++hold) {
        if (hold > 1 && t.rest_seconds > 0) phases.push_back({PhaseKind::Rest, step, side, hold - 1, t.holds, double(t.rest_seconds)});
        phases.push_back({PhaseKind::Hold, step, side, hold, t.holds, double(*t.hold_seconds)});
    }
}

std::string HoldWords(int hold, int holds) {
    return holds > 1 ? "hold " + std::to_string(hold) + " of " + std::to_string(holds) : "hold";
}

std::string Capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

RoutinePlayer::RoutinePlayer(const std::vector<PlayerStep>& steps, bool lead_in) : step_count_(static_cast<int>(steps.size())) {
    for (size_t i = 0; i < steps.size(); ++i) {
        const int step = static_cast<int>(i);
        const bool sided = steps[i].timing.each_side;
        if (lead_in) phases_.push_back({PhaseKind::Prepare, step, sided ? StepSide::Right : StepSide::None, 0, 0, kPrepareSeconds});
        AddSide(phases_, step, steps[i], sided ? StepSide::Right : StepSide::None);
        if (!sided) continue;
        if (lead_in) phases_.push_back({PhaseKind::Prepare, step, StepSide::Left, 0, 0, kPrepareSeconds});
        AddSide(phases_, step, steps[i], StepSide::Left);
    }
    if (phases_.empty()) {  // nothing to play: a finished player, never an empty one
        phases_.push_back({});
        finished_ = true;
    }
}

RoutinePlayer RoutinePlayer::ForRoutine(const Routine& routine) {
    std::vector<PlayerStep> steps;
    for (const RoutineStep& s : routine.steps) steps.push_back({s.timing, s.minutes});
    return RoutinePlayer(steps);
}

RoutinePlayer RoutinePlayer::ForHold(int seconds) {
    StepTiming timing;
    timing.hold_seconds = seconds;
    return RoutinePlayer({{timing, seconds / 60.0}}, false);
}

PlayerEvents RoutinePlayer::Advance(double seconds) {
    PlayerEvents events;
    if (paused_ || finished_) return events;
    ran_ = ran_ || seconds > 0;
    elapsed_ += std::max(0.0, seconds);
    // A long gap (the machine slept) may run through several phases; each one's events count.
    while (!finished_ && elapsed_ >= Phase().seconds) {
        const PhaseKind kind = Phase().kind;
        if (kind == PhaseKind::Hold || kind == PhaseKind::Work) events.hold_ended = true;
        if (current_ + 1 == phases_.size()) {
            finished_ = events.finished = true;
            elapsed_ = Phase().seconds;
            break;
        }
        elapsed_ -= Phase().seconds;
        const int step = Phase().step;
        ++current_;
        if (Phase().step != step) events.step_changed = true;
    }
    return events;
}

void RoutinePlayer::JumpTo(size_t phase) {
    current_ = std::min(phase, phases_.size() - 1);
    elapsed_ = 0;
    finished_ = false;
}

size_t RoutinePlayer::FirstPhaseOf(int step) const {
    for (size_t i = 0; i < phases_.size(); ++i)
        if (phases_[i].step >= step) return i;
    return phases_.size();
}

void RoutinePlayer::NextStep() {
    const size_t next = FirstPhaseOf(CurrentStep() + 1);
    if (next < phases_.size()) {
        JumpTo(next);
        return;
    }
    current_ = phases_.size() - 1;  // past the last step: the routine is done
    elapsed_ = Phase().seconds;
    finished_ = true;
}

void RoutinePlayer::GoToStep(int step) {
    if (step >= 0 && step < step_count_) JumpTo(FirstPhaseOf(step));
}

void RoutinePlayer::PreviousStep() {
    const size_t start = FirstPhaseOf(CurrentStep());
    const bool just_began = current_ == start && elapsed_ < 3 && !finished_;
    JumpTo(just_began && CurrentStep() > 0 ? FirstPhaseOf(CurrentStep() - 1) : start);
}

double RoutinePlayer::Remaining() const { return std::max(0.0, Phase().seconds - elapsed_); }

double RoutinePlayer::Fraction() const { return Phase().seconds > 0 ? std::clamp(elapsed_ / Phase().seconds, 0.0, 1.0) : 1.0; }

std::string RoutinePlayer::PhaseText() const {
    if (finished_) return "Done";
    const PlayerPhase& p = Phase();
    const std::string side = p.side == StepSide::None ? "" : std::string(", ") + SideWords(p.side);
    switch (p.kind) {
    case PhaseKind::Prepare:
        return p.side == StepSide::Left ? "Change sides: left side" : "Get into position" + side;
    case PhaseKind::Hold: return Capitalised(HoldWords(p.hold, p.holds)) + side;
    case PhaseKind::Rest: return "Rest" + side;
    case PhaseKind::Work: return p.side == StepSide::None ? "Keep going" : Capitalised(SideWords(p.side));
    }
    return {};
}

std::string RoutinePlayer::NextText() const {
    if (finished_ || current_ + 1 >= phases_.size()) return {};
    const PlayerPhase& next = phases_[current_ + 1];
    if (next.step != Phase().step) return "Next: step " + std::to_string(next.step + 1) + " of " + std::to_string(step_count_);
    switch (next.kind) {
    case PhaseKind::Prepare: return "Next: change sides";
    case PhaseKind::Hold: return "Next: " + HoldWords(next.hold, next.holds) + (next.side == StepSide::None ? "" : std::string(", ") + SideWords(next.side));
    case PhaseKind::Rest: return "Next: rest";
    case PhaseKind::Work: return next.side == StepSide::None ? "Next: keep going" : std::string("Next: ") + SideWords(next.side);
    }
    return {};
}

}  // namespace ta
