// The diary's database schema and its migrations. PRAGMA user_version holds the schema version;
// each migration step takes the schema from version N-1 to N inside one transaction, so a diary
// made by any earlier version opens, and a kill during a migration leaves the old version whole.
//
//   version 1: entry (time, overall, note), entry_area (region, intensity, quality per area),
//              entry_did (routine and technique ids)
//   version 2: entry.pain_map, the whole map as pain-map XML, so an entry's areas can be drawn
//              (entries from version 1 keep their areas as region-only marks)
//   version 3: activity (time, item): what the app logged as done when a hold timer or a routine
//              ran, apart from the entries (see diary_activity.hpp)
#pragma once

#include "sqlite_db.hpp"

#include <string>

namespace ta {

constexpr int kDiarySchemaVersion = 3;
// PRAGMA application_id: tells a diary apart from someone else's SQLite file ("TAdy").
constexpr int kDiaryApplicationId = 0x54416479;

// Brings the schema from `from` up to kDiarySchemaVersion in one transaction.
bool MigrateDiary(sql::Connection& db, int from, std::string& error);

}  // namespace ta
