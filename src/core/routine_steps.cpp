// Resolving routine steps to the technique or exercise they name.
#include "routine_steps.hpp"

namespace ta {

ResolvedStep ResolveStep(const Database& db, const RoutineStep& step) {
    ResolvedStep out;
    if (!step.exercise.empty()) {
        out.technique = db.content.FindExercise(step.exercise);
        if (out.technique) out.heading = out.technique->title;
    } else if (auto muscle = db.FindMuscle(step.muscle)) {
        out.muscle = muscle;
        const Muscle& m = db.content.muscles[*muscle];
        out.technique = m.FindTechnique(step.technique);
        if (out.technique) out.heading = m.name + ": " + out.technique->title;
    }
    out.dose = step.timing.Describe();  // never the technique's general dose: the routine's slot decides
    return out;
}

std::optional<int> FindRoutine(const Content& content, const std::string& id) {
    for (size_t i = 0; i < content.routines.size(); ++i)
        if (content.routines[i].id == id) return static_cast<int>(i);
    return std::nullopt;
}

std::vector<int> ShortcutRoutines(const Content& content) {
    std::vector<int> out;
    for (size_t i = 0; i < content.routines.size(); ++i)
        if (!content.routines[i].shortcut.empty()) out.push_back(static_cast<int>(i));
    return out;
}

std::optional<int> ReminderRoutine(const Content& content) {
    for (size_t i = 0; i < content.routines.size(); ++i)
        if (!content.routines[i].reminder.empty()) return static_cast<int>(i);
    return std::nullopt;
}

}  // namespace ta
