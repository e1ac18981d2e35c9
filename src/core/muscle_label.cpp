// Muscle headings with their group.
#include "muscle_label.hpp"

#include <cctype>

namespace ta {

namespace {

// "Erector spinae" -> "erector spinae"; a name that starts with an abbreviation stays as it is.
std::string InRunningText(std::string name) {
    if (name.size() >= 2 && std::isupper(static_cast<unsigned char>(name[0])) && std::islower(static_cast<unsigned char>(name[1])))
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

}  // namespace

std::vector<std::string> GroupNames(const Database& db, int muscle) {
    std::vector<std::string> names;
    for (int g : db.GroupsOf(muscle)) names.push_back(InRunningText(db.content.groups[g].name));
    return names;
}

std::string MuscleHeading(const Database& db, int muscle) {
    const std::string& name = db.content.muscles[muscle].name;
    const auto groups = db.GroupsOf(muscle);
    if (groups.empty()) return name;
    const std::string group = InRunningText(db.content.groups[groups.front()].name);
    // A muscle named after its group ("Upper trapezius" in "trapezius") needs no suffix.
    std::string lower = name;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower.find(group) != std::string::npos) return name;
    return name + " \u2014 " + group;
}

}  // namespace ta
