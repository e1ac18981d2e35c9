// Opening the diary (with the keep-aside rules), and reading and writing entries.
#include "diary_store.hpp"

#include "diary_schema.hpp"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace ta {

namespace fs = std::filesystem;

namespace {

Diagnostic DiaryProblem(Severity severity, const fs::path& path, std::string message, std::string hint) {
    return {severity, path.string(), 0, "diary", std::move(message), std::move(hint)};
}

bool IsDamage(int code) { return (code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT; }

// Renames the file and its WAL and shared-memory index to "<name>.unreadable-<time>[-n]".
std::optional<fs::path> SetAside(const fs::path& path) {
    std::string stamp = LocalDiaryTime();
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    fs::path aside = path.string() + ".unreadable-" + stamp;
    for (int n = 2; fs::exists(aside) && n < 1000; ++n) aside = path.string() + ".unreadable-" + stamp + "-" + std::to_string(n);
    std::error_code ec;
    fs::rename(path, aside, ec);
    if (ec) return std::nullopt;
    for (const char* suffix : {"-wal", "-shm"})
        if (fs::exists(path.string() + suffix)) fs::rename(path.string() + suffix, aside.string() + suffix, ec);
    return aside;
}

enum class OpenOutcome { Opened, Damaged, Refused };

// Connects, checks the file is a diary this version can read, and migrates it.
OpenOutcome Connect(sql::Connection& db, const fs::path& path, Diagnostics& diagnostics) {
    std::string error;
    if (!db.Open(path, true, error)) {
        diagnostics.Add(DiaryProblem(Severity::Error, path, "cannot open the diary: " + error, "check the folder's permissions"));
        return OpenOutcome::Refused;
    }
    auto damaged_or_refused = [&](const std::string& what) {
        if (IsDamage(db.LastErrorCode())) return OpenOutcome::Damaged;
        diagnostics.Add(DiaryProblem(Severity::Error, path, "cannot read the diary: " + what, "is another program holding it?"));
        return OpenOutcome::Refused;
    };
    if (!db.Exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 3000;", error)) return damaged_or_refused(error);
    auto version = db.QueryInt("PRAGMA user_version", error);
    auto application = version ? db.QueryInt("PRAGMA application_id", error) : std::nullopt;
    auto tables = application ? db.QueryInt("SELECT count(*) FROM sqlite_schema", error) : std::nullopt;
    if (!tables) return damaged_or_refused(error);
    if (*application != kDiaryApplicationId && (*version != 0 || *tables != 0)) {
        diagnostics.Add(DiaryProblem(Severity::Error, path, "this is an SQLite file, but not a Trigger Atlas diary; it was left as it is",
                                     "choose another file with --diary"));
        return OpenOutcome::Refused;
    }
    if (*version > kDiarySchemaVersion) {
        diagnostics.Add(DiaryProblem(Severity::Error, path,
                                     "the diary was written by a newer Trigger Atlas (schema " + std::to_string(*version) +
                                         "; this one reads up to " + std::to_string(kDiarySchemaVersion) + "); it was left as it is",
                                     "update Trigger Atlas to keep using this diary"));
        return OpenOutcome::Refused;
    }
    auto check = db.QueryText("PRAGMA quick_check", error);
    if (!check) return damaged_or_refused(error);
    if (*check != "ok") return OpenOutcome::Damaged;
    // WAL: a writer never rewrites pages in place; synchronous FULL: a committed entry is on disk.
    if (!db.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", error) ||
        !MigrateDiary(db, static_cast<int>(*version), error))
        return damaged_or_refused(error);
    return OpenOutcome::Opened;
}

// The areas as the store keeps them in entry_area: region, intensity and quality in order.
bool InsertRows(sql::Connection& db, const DiaryEntry& entry, std::string& error) {
    sql::Statement area(db, "INSERT INTO entry_area (entry_id, position, region, intensity, quality) VALUES (?, ?, ?, ?, ?)");
    for (size_t i = 0; i < entry.map.marks.size(); ++i) {
        const PainMapMark& mark = entry.map.marks[i];
        if (!area.Bind(1, entry.id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, mark.region).Bind(4, mark.intensity)
                 .Bind(5, PainQualityName(mark.quality)).Run()) {
            error = area.Error();
            return false;
        }
    }
    sql::Statement did(db, "INSERT INTO entry_did (entry_id, position, item) VALUES (?, ?, ?)");
    for (size_t i = 0; i < entry.did.size(); ++i)
        if (!did.Bind(1, entry.id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, entry.did[i]).Run()) {
            error = did.Error();
            return false;
        }
    return true;
}

// The entry's map from its stored XML; version-1 entries (no XML) and any map that no longer reads
// are rebuilt from their area rows as region-only marks, so no area is ever dropped.
PainMap MapOf(const std::string& xml, const std::vector<PainMapMark>& rows) {
    Diagnostics ignored;
    if (!xml.empty())
        if (auto map = ParsePainMap("diary entry", xml, ignored); map && map->marks.size() == rows.size()) return *map;
    return PainMap{rows, {}};
}

}  // namespace

fs::path DefaultDiaryPath() {
    const char* data = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const fs::path base = data && *data ? fs::path(data) : fs::path(home && *home ? home : ".") / ".local" / "share";
    return base / "trigger-atlas" / "diary.sqlite";
}

std::optional<DiaryStore> DiaryStore::Open(const fs::path& path, Diagnostics& diagnostics) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    sql::Connection db;
    OpenOutcome outcome = Connect(db, path, diagnostics);
    if (outcome == OpenOutcome::Damaged) {
        db.Close();
        auto aside = SetAside(path);
        if (!aside) {
            diagnostics.Add(DiaryProblem(Severity::Error, path, "the diary is damaged and could not be moved aside; it was left as it is",
                                         "move it away by hand, or use another file with --diary"));
            return std::nullopt;
        }
        diagnostics.Add(DiaryProblem(Severity::Warning, path,
                                     "the diary was damaged (not a readable database); it was kept as " + aside->string() +
                                         " and a new diary was started",
                                     "the old file may still be rescued with sqlite3's .recover"));
        outcome = Connect(db, path, diagnostics);
    }
    if (outcome != OpenOutcome::Opened) return std::nullopt;
    return DiaryStore(std::move(db), path);
}

bool DiaryStore::Add(DiaryEntry& entry, std::string& error) {
    if (auto problem = CheckDiaryEntry(entry)) {
        error = *problem;
        return false;
    }
    if (!db_.Exec("BEGIN IMMEDIATE", error)) return false;
    sql::Statement insert(db_, "INSERT INTO entry (taken_at, overall, note, pain_map) VALUES (?, ?, ?, ?)");
    bool ok = insert.Bind(1, entry.taken_at).Bind(2, entry.overall).Bind(3, entry.note).Bind(4, PainMapToXml(entry.map)).Run();
    if (!ok) error = insert.Error();
    const std::int64_t id = db_.LastInsertId();
    DiaryEntry stored = entry;
    stored.id = id;
    ok = ok && InsertRows(db_, stored, error) && db_.Exec("COMMIT", error);
    if (!ok) {
        std::string ignored;
        db_.Exec("ROLLBACK", ignored);
        error = "could not write to the diary: " + error;
        return false;
    }
    entry.id = id;
    return true;
}

bool DiaryStore::Remove(std::int64_t id, std::string& error) {
    sql::Statement remove(db_, "DELETE FROM entry WHERE id = ?");
    if (remove.Bind(1, id).Run()) return true;
    error = "could not remove the entry: " + remove.Error();
    return false;
}

bool DiaryStore::Record(DiaryActivity& done, std::string& error) {
    if (auto problem = CheckDiaryActivity(done)) {
        error = *problem;
        return false;
    }
    sql::Statement insert(db_, "INSERT INTO activity (at, item) VALUES (?, ?)");
    if (!insert.Bind(1, done.at).Bind(2, done.item).Run()) {
        error = "could not write to the diary: " + insert.Error();
        return false;
    }
    done.id = db_.LastInsertId();
    return true;
}

std::optional<std::vector<DiaryActivity>> DiaryStore::Activity(std::string& error) {
    std::vector<DiaryActivity> activity;
    sql::Statement select(db_, "SELECT id, at, item FROM activity ORDER BY at, id");
    while (select.Step()) activity.push_back({select.Int(0), select.Text(1), select.Text(2)});
    if (select.Failed() || !select.Ok()) {
        error = "could not read the diary: " + select.Error();
        return std::nullopt;
    }
    return activity;
}

std::optional<std::vector<DiaryEntry>> DiaryStore::Entries(std::string& error) {
    // Three queries stitched by id rather than two per entry: a year of entries reads in one pass.
    std::vector<DiaryEntry> entries;
    std::vector<std::string> xml;
    std::unordered_map<std::int64_t, size_t> index;
    std::vector<std::vector<PainMapMark>> rows;
    if (!db_.Exec("BEGIN", error)) return std::nullopt;  // one snapshot for the three reads
    sql::Statement entry(db_, "SELECT id, taken_at, overall, note, pain_map FROM entry ORDER BY taken_at, id");
    while (entry.Step()) {
        index[entry.Int(0)] = entries.size();
        entries.push_back({entry.Int(0), entry.Text(1), {}, static_cast<int>(entry.Int(2)), {}, entry.Text(3)});
        xml.push_back(entry.Text(4));
    }
    rows.resize(entries.size());
    sql::Statement area(db_, "SELECT entry_id, region, intensity, quality FROM entry_area ORDER BY entry_id, position");
    while (area.Step())
        if (auto at = index.find(area.Int(0)); at != index.end())
            rows[at->second].push_back({"", {}, area.Text(1), static_cast<int>(area.Int(2)),
                                        ParsePainQuality(area.Text(3)).value_or(PainQuality::Aching)});
    sql::Statement did(db_, "SELECT entry_id, item FROM entry_did ORDER BY entry_id, position");
    while (did.Step())
        if (auto at = index.find(did.Int(0)); at != index.end()) entries[at->second].did.push_back(did.Text(1));
    std::string ignored;
    db_.Exec("COMMIT", ignored);
    if (entry.Failed() || area.Failed() || did.Failed() || !entry.Ok() || !area.Ok() || !did.Ok()) {
        error = "could not read the diary: " + entry.Error();
        return std::nullopt;
    }
    for (size_t i = 0; i < entries.size(); ++i) entries[i].map = MapOf(xml[i], rows[i]);
    return entries;
}

}  // namespace ta
