// Small helpers on the content model.
#include "content.hpp"

namespace ta {

const char* TechniqueKindName(TechniqueKind kind) {
    switch (kind) {
    case TechniqueKind::Massage: return "massage";
    case TechniqueKind::Stretch: return "stretch";
    case TechniqueKind::SelfTest: return "self-test";
    }
    return "massage";
}

std::string Dose::Describe() const {
    std::string out;
    auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
    if (hold_seconds) add("hold " + std::to_string(*hold_seconds) + " s");
    if (reps) add(std::to_string(*reps) + (*reps == 1 ? " time" : " times"));
    if (sets && *sets > 1) add(std::to_string(*sets) + " sets");
    if (per_day) add(std::to_string(*per_day) + (*per_day == 1 ? " time a day" : " times a day"));
    return out;
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
