// Small helpers on the content model.
#include "content.hpp"

namespace ta {

const char* TechniqueKindName(TechniqueKind kind) {
    switch (kind) {
    case TechniqueKind::Massage: return "massage";
    case TechniqueKind::Stretch: return "stretch";
    case TechniqueKind::SelfTest: return "self-test";
    case TechniqueKind::Movement: return "movement";
    case TechniqueKind::Strength: return "strength";
    }
    return "massage";
}

std::string Dose::Describe() const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (minutes) add(std::to_string(*minutes) + " min");
    if (hold_seconds) add("hold " + std::to_string(*hold_seconds) + " s");
    if (reps) add(std::to_string(*reps) + (*reps == 1 ? " time" : " times"));
    if (sets && *sets > 1) add(std::to_string(*sets) + " sets");
    if (per_day) add(std::to_string(*per_day) + (*per_day == 1 ? " time a day" : " times a day"));
    return out;
}

std::string StepTiming::Describe() const {
    if (!hold_seconds) return {};
    std::string out = holds == 1 ? "one hold of " : std::to_string(holds) + " holds of ";
    out += std::to_string(*hold_seconds) + " s";
    if (each_side) out += " each side";
    if (rest_seconds > 0 && holds > 1) out += ", " + std::to_string(rest_seconds) + " s rest between";
    return out;
}

const Technique* Content::FindExercise(const std::string& id) const {
    for (const auto& e : exercises)
        if (e.id == id) return &e;
    return nullptr;
}

const Technique* Muscle::FindTechnique(const std::string& technique_id) const {
    for (const auto& t : techniques)
        if (t.id == technique_id) return &t;
    return nullptr;
}

const TriggerPoint* Muscle::FindTriggerPoint(const std::string& point_id) const {
    for (const auto& tp : trigger_points)
        if (tp.id == point_id) return &tp;
    return nullptr;
}

}  // namespace ta
