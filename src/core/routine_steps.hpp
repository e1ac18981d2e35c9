// Routine steps resolved against the database: the technique or exercise each one names, its
// heading and the dose to show. The player, the app's guide window and the routine sheet all
// describe steps through this, so they say the same thing.
#pragma once

#include "database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

struct ResolvedStep {
    const Technique* technique = nullptr;  // the muscle's technique or the exercise; null if the reference is broken
    std::optional<int> muscle;             // the muscle it treats; absent for an exercise
    std::string heading;                   // "Iliopsoas: kneeling lunge", or the exercise's title
    std::string dose;                      // the routine's own timing; empty when the step gives none
};

ResolvedStep ResolveStep(const Database& db, const RoutineStep& step);

std::optional<int> FindRoutine(const Content& content, const std::string& id);

// The routines offered on the first screen (those with a <shortcut>), in file order.
std::vector<int> ShortcutRoutines(const Content& content);

// The routine the movement reminder offers: the first with a <reminder>; nothing when none has.
std::optional<int> ReminderRoutine(const Content& content);

}  // namespace ta
