// What a person can log as done in the diary: a routine ("desk-neck-shoulders-10") or one
// muscle's technique ("levator-scapulae.doorway-stretch"), and the words each is shown with.
#pragma once

#include "database.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ta {

struct DiaryItem {
    std::string id;
    std::string label;   // the routine's title, or "Muscle: technique title"
};

// Every routine, then every muscle's techniques, in content order.
std::vector<DiaryItem> DiaryItems(const Database& db);
// The label of a known id; an unknown one (content changed since it was logged) reads as itself.
std::string DiaryItemLabel(const Database& db, std::string_view id);
bool IsDiaryItem(const Database& db, std::string_view id);

}  // namespace ta
