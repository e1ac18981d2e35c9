// The migration steps, oldest first. A step is never edited once released: a new version adds a
// step, so every diary on disk has a path to the current schema.
#include "diary_schema.hpp"

#include <array>

namespace ta {

namespace {

constexpr std::array<const char*, kDiarySchemaVersion> kSteps = {
    // 0 -> 1
    "CREATE TABLE entry ("
    "  id INTEGER PRIMARY KEY,"
    "  taken_at TEXT NOT NULL,"
    "  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10),"
    "  note TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX entry_by_time ON entry (taken_at);"
    "CREATE TABLE entry_area ("
    "  entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  region TEXT NOT NULL,"
    "  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),"
    "  quality TEXT NOT NULL,"
    "  PRIMARY KEY (entry_id, position));"
    "CREATE TABLE entry_did ("
    "  entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  item TEXT NOT NULL,"
    "  PRIMARY KEY (entry_id, position));",
    // 1 -> 2
    "ALTER TABLE entry ADD COLUMN pain_map TEXT NOT NULL DEFAULT '';",
    // 2 -> 3
    "CREATE TABLE activity ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  item TEXT NOT NULL);"
    "CREATE INDEX activity_by_time ON activity (at);",
};

}  // namespace

bool MigrateDiary(sql::Connection& db, int from, std::string& error) {
    if (from >= kDiarySchemaVersion) return true;
    if (!db.Exec("BEGIN IMMEDIATE", error)) return false;
    bool ok = true;
    for (int version = from; ok && version < kDiarySchemaVersion; ++version) ok = db.Exec(kSteps[static_cast<size_t>(version)], error);
    const std::string stamp = "PRAGMA application_id = " + std::to_string(kDiaryApplicationId) +
                              "; PRAGMA user_version = " + std::to_string(kDiarySchemaVersion) + ";";
    ok = ok && db.Exec(stamp.c_str(), error) && db.Exec("COMMIT", error);
    if (!ok) {
        std::string ignored;
        db.Exec("ROLLBACK", ignored);
        error = "could not update the diary from version " + std::to_string(from) + ": " + error;
    }
    return ok;
}

}  // namespace ta
