// The pain diary on disk: an SQLite database (WAL journal, synchronous writes, foreign keys on),
// by default $XDG_DATA_HOME/trigger-atlas/diary.sqlite. Each entry is written in one transaction,
// so a kill at any moment leaves every entry either whole or absent.
//
// A person's diary is never overwritten: a file that is not a readable database is renamed aside
// (with its WAL) and a fresh diary started, with a warning that names where the old one went; a
// diary from a newer Trigger Atlas, or another program's SQLite file, is left alone and refused.
#pragma once

#include "diagnostics.hpp"
#include "diary.hpp"
#include "diary_activity.hpp"
#include "sqlite_db.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta {

class DiaryStore {
public:
    // Opens or creates the diary, migrating an older schema. Nothing on failure; `diagnostics`
    // say why (and carry a warning when a damaged file was set aside).
    static std::optional<DiaryStore> Open(const std::filesystem::path& path, Diagnostics& diagnostics);

    // Stores the entry in one transaction and sets its id. False with `error` set; the diary is
    // then as it was.
    bool Add(DiaryEntry& entry, std::string& error);
    bool Remove(std::int64_t id, std::string& error);
    // Every entry, oldest first.
    std::optional<std::vector<DiaryEntry>> Entries(std::string& error);

    // Stores what was done (one statement: SQLite makes it a transaction of its own) and sets its
    // id. False with `error` set; the diary is then as it was.
    bool Record(DiaryActivity& done, std::string& error);
    // Everything done, oldest first.
    std::optional<std::vector<DiaryActivity>> Activity(std::string& error);

    const std::filesystem::path& Path() const { return path_; }

private:
    DiaryStore(sql::Connection db, std::filesystem::path path) : db_(std::move(db)), path_(std::move(path)) {}
    sql::Connection db_;
    std::filesystem::path path_;
};

// $XDG_DATA_HOME/trigger-atlas/diary.sqlite, else ~/.local/share/trigger-atlas/diary.sqlite.
std::filesystem::path DefaultDiaryPath();

}  // namespace ta
