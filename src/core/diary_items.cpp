// Naming routines and techniques for the diary.
#include "diary_items.hpp"

#include "muscle_label.hpp"

#include <algorithm>
#include <optional>

namespace ta {

namespace {

std::optional<std::string> LabelOf(const Database& db, std::string_view id) {
    for (const Routine& routine : db.content.routines)
        if (routine.id == id) return routine.title;
    const size_t dot = id.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    auto muscle = db.FindMuscle(id.substr(0, dot));
    if (!muscle) return std::nullopt;
    const Technique* technique = db.content.muscles[*muscle].FindTechnique(std::string(id.substr(dot + 1)));
    if (!technique) return std::nullopt;
    return MuscleHeading(db, *muscle) + ": " + technique->title;
}

}  // namespace

std::vector<DiaryItem> DiaryItems(const Database& db) {
    std::vector<DiaryItem> items;
    for (const Routine& routine : db.content.routines) items.push_back({routine.id, routine.title});
    for (size_t m = 0; m < db.content.muscles.size(); ++m)
        for (const Technique& t : db.content.muscles[m].techniques)
            items.push_back({db.content.muscles[m].id + "." + t.id, MuscleHeading(db, static_cast<int>(m)) + ": " + t.title});
    return items;
}

std::string DiaryItemLabel(const Database& db, std::string_view id) { return LabelOf(db, id).value_or(std::string(id)); }

bool IsDiaryItem(const Database& db, std::string_view id) { return LabelOf(db, id).has_value(); }

}  // namespace ta
