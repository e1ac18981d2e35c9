// The diary store: a new diary, entries in and out, migrations from an empty file and from
// schema versions 1 and 2, activity logged by the app, and the keep-aside rules for damaged, newer and foreign files.
#include "diary_fixtures.hpp"
#include "diary_schema.hpp"
#include "diary_store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace ta;

std::string Bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void WriteBytes(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::int64_t Query(const fs::path& path, const char* sql) {
    sql::Connection db;
    std::string error;
    REQUIRE(db.Open(path, false, error));
    auto value = db.QueryInt(sql, error);
    INFO(error);
    REQUIRE(value);
    return *value;
}

void Exec(const fs::path& path, const char* statements) {
    sql::Connection db;
    std::string error;
    REQUIRE(db.Open(path, true, error));
    INFO(error);
    REQUIRE(db.Exec(statements, error));
}

std::vector<DiaryEntry> ReadAll(DiaryStore& store) {
    std::string error;
    auto entries = store.Entries(error);
    INFO(error);
    REQUIRE(entries);
    return *entries;
}

// The files a damaged diary was renamed to.
std::vector<fs::path> AsideFiles(const fs::path& dir, const std::string& name) {
    std::vector<fs::path> aside;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().filename().string().starts_with(name + ".unreadable-")) aside.push_back(entry.path());
    return aside;
}

std::string Messages(const Diagnostics& diagnostics) {
    std::string all;
    for (const auto& d : diagnostics.Items()) all += FormatDiagnostic(d) + "\n";
    return all;
}

// Schema version 1 exactly as it was released: a test of the migration must not follow later edits.
constexpr const char* kSchemaVersion1 =
    "CREATE TABLE entry (id INTEGER PRIMARY KEY, taken_at TEXT NOT NULL,"
    "  overall INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 10), note TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX entry_by_time ON entry (taken_at);"
    "CREATE TABLE entry_area (entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    "  region TEXT NOT NULL, intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10), quality TEXT NOT NULL,"
    "  PRIMARY KEY (entry_id, position));"
    "CREATE TABLE entry_did (entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE, position INTEGER NOT NULL,"
    "  item TEXT NOT NULL, PRIMARY KEY (entry_id, position));"
    "PRAGMA application_id = 1413571705; PRAGMA user_version = 1;"
    "INSERT INTO entry VALUES (1, '2026-10-01T09:30', 6, 'stiff after the drive');"
    "INSERT INTO entry_area VALUES (1, 0, 'right-low-paraspinal', 7, 'aching'), (1, 1, 'right-groin', 4, 'sharp');"
    "INSERT INTO entry_did VALUES (1, 0, 'low-back-15');";

// Schema version 2 as it was released: version 1 and the pain map column, with one entry.
std::string SchemaVersion2() {
    std::string sql = kSchemaVersion1;
    sql += "ALTER TABLE entry ADD COLUMN pain_map TEXT NOT NULL DEFAULT '';"
           "PRAGMA user_version = 2;";
    return sql;
}

}  // namespace

TEST_CASE("a new diary is made under the XDG data folder with WAL and the current schema") {
    test::TempDir dir;
    ::setenv("XDG_DATA_HOME", dir.Path().c_str(), 1);
    CHECK(DefaultDiaryPath() == dir.Path() / "trigger-atlas" / "diary.sqlite");
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(DefaultDiaryPath(), diagnostics);
    REQUIRE(store);
    CHECK(diagnostics.Empty());
    CHECK(Query(store->Path(), "PRAGMA user_version") == kDiarySchemaVersion);
    CHECK(Query(store->Path(), "PRAGMA application_id") == kDiaryApplicationId);
    sql::Connection db;
    std::string error;
    REQUIRE(db.Open(store->Path(), false, error));
    CHECK(db.QueryText("PRAGMA journal_mode", error) == "wal");
}

TEST_CASE("entries read back exactly as they were added and oldest first") {
    test::TempDir dir;
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(dir.Path() / "d.sqlite", diagnostics);
    REQUIRE(store);
    DiaryEntry later = test::DayEntry(3, 4), earlier = test::DayEntry(1, 7);
    later.did = {"low-back-15", "iliopsoas.kneeling-lunge"};
    later.note = "said \"better\", then, sat for 3 h\nsecond line";
    later.map.note = "map note";
    std::string error;
    REQUIRE(store->Add(later, error));
    REQUIRE(store->Add(earlier, error));
    CHECK(later.id > 0);
    CHECK(earlier.id != later.id);
    CHECK(ReadAll(*store) == std::vector<DiaryEntry>{earlier, later});
}

TEST_CASE("an entry that does not check out is refused and the diary is unchanged") {
    test::TempDir dir;
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(dir.Path() / "d.sqlite", diagnostics);
    REQUIRE(store);
    std::string error;
    DiaryEntry too_much = test::DayEntry(0, 11), bad_time = test::DayEntry(0, 3), bad_item = test::DayEntry(0, 3);
    bad_time.taken_at = "2026-02-30T08:00";
    bad_item.did = {"two words"};
    CHECK_FALSE(store->Add(too_much, error));
    CHECK_THAT(error, Catch::Contains("0 to 10"));
    CHECK_FALSE(store->Add(bad_time, error));
    CHECK_FALSE(store->Add(bad_item, error));
    CHECK(ReadAll(*store).empty());
}

TEST_CASE("removing an entry removes its areas and what was done through the foreign keys") {
    test::TempDir dir;
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(dir.Path() / "d.sqlite", diagnostics);
    REQUIRE(store);
    DiaryEntry a = test::DayEntry(0, 5), b = test::DayEntry(1, 4);
    a.did = {"low-back-15"};
    std::string error;
    REQUIRE((store->Add(a, error) && store->Add(b, error)));
    REQUIRE(store->Remove(a.id, error));
    CHECK(ReadAll(*store) == std::vector<DiaryEntry>{b});
    CHECK(Query(store->Path(), "SELECT count(*) FROM entry_area") == 2);
    CHECK(Query(store->Path(), "SELECT count(*) FROM entry_did") == 0);
}

TEST_CASE("an empty file opens as a new diary") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    WriteBytes(file, "");
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    REQUIRE(store);
    CHECK(diagnostics.Empty());
    CHECK(Query(file, "PRAGMA user_version") == kDiarySchemaVersion);
    CHECK(Query(file, "SELECT count(*) FROM activity") == 0);   // every step ran, up to the newest table
}

TEST_CASE("a diary of schema version 1 is migrated and keeps its entries as region marks") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    Exec(file, kSchemaVersion1);
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    INFO(Messages(diagnostics));
    REQUIRE(store);
    CHECK(Query(file, "PRAGMA user_version") == kDiarySchemaVersion);
    DiaryEntry expected{1, "2026-10-01T09:30", {}, 6, {"low-back-15"}, "stiff after the drive"};
    expected.map.marks = {{"", {}, "right-low-paraspinal", 7, PainQuality::Aching}, {"", {}, "right-groin", 4, PainQuality::Sharp}};
    auto entries = ReadAll(*store);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front() == expected);
    DiaryEntry added = test::DayEntry(2, 3);
    std::string error;
    REQUIRE(store->Add(added, error));
    CHECK(ReadAll(*store) == std::vector<DiaryEntry>{expected, added});
}

TEST_CASE("a diary of schema version 2 is migrated: its entries stay and activity can be recorded") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    Exec(file, SchemaVersion2().c_str());
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    INFO(Messages(diagnostics));
    REQUIRE(store);
    CHECK(Query(file, "PRAGMA user_version") == kDiarySchemaVersion);
    auto entries = ReadAll(*store);
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().did == std::vector<std::string>{"low-back-15"});
    std::string error;
    CHECK(store->Activity(error) == std::vector<DiaryActivity>{});
    DiaryActivity done{0, "2026-10-02T07:45", "desk-break-2"};
    REQUIRE(store->Record(done, error));
    CHECK(store->Activity(error) == std::vector<DiaryActivity>{done});
}

TEST_CASE("activity reads back oldest first, and a bad record is refused and leaves nothing") {
    test::TempDir dir;
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(dir.Path() / "d.sqlite", diagnostics);
    REQUIRE(store);
    DiaryActivity later{0, "2026-11-30T18:00", "levator-scapulae.doorway-stretch"}, earlier{0, "2026-11-30T08:15", "desk-break-2"};
    DiaryActivity bad{0, "yesterday", "desk-break-2"};
    std::string error;
    REQUIRE(store->Record(later, error));
    REQUIRE(store->Record(earlier, error));
    CHECK(later.id > 0);
    CHECK_FALSE(store->Record(bad, error));
    CHECK_THAT(error, Catch::Contains("yesterday"));
    CHECK(store->Activity(error) == std::vector<DiaryActivity>{earlier, later});
    CHECK(ReadAll(*store).empty());   // activity makes no entries: a pain rating cannot be invented
}

TEST_CASE("a diary from a newer version is refused and left byte for byte as it was") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    {
        Diagnostics ignored;
        auto store = DiaryStore::Open(file, ignored);
        DiaryEntry entry = test::DayEntry(0, 5);
        std::string error;
        REQUIRE((store && store->Add(entry, error)));
    }
    Exec(file, "PRAGMA user_version = 9");
    const std::string before = Bytes(file);
    Diagnostics diagnostics;
    CHECK_FALSE(DiaryStore::Open(file, diagnostics));
    CHECK_THAT(Messages(diagnostics), Catch::Contains("newer Trigger Atlas (schema 9") && Catch::Contains("left as it is"));
    CHECK(Bytes(file) == before);
    CHECK(fs::directory_iterator(dir.Path()) != fs::directory_iterator());
    for (const auto& entry : fs::directory_iterator(dir.Path())) CHECK(entry.path().filename().string().find("unreadable") == std::string::npos);
}

TEST_CASE("another program's SQLite file is refused and not touched") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "photos.db";
    Exec(file, "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)");
    const std::string before = Bytes(file);
    Diagnostics diagnostics;
    CHECK_FALSE(DiaryStore::Open(file, diagnostics));
    CHECK_THAT(Messages(diagnostics), Catch::Contains("not a Trigger Atlas diary"));
    CHECK(Bytes(file) == before);
}

TEST_CASE("a file that is not a database is kept aside unchanged and a new diary started") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    const std::string garbage = "this was a diary once, then a disk went bad " + std::string(5000, '\x7f');
    WriteBytes(file, garbage);
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    REQUIRE(store);
    REQUIRE(diagnostics.Items().size() == 1);
    CHECK(diagnostics.Items().front().severity == Severity::Warning);
    CHECK_THAT(diagnostics.Items().front().message, Catch::Contains("damaged") && Catch::Contains("kept as"));
    const std::vector<fs::path> aside = AsideFiles(dir.Path(), "d.sqlite");
    REQUIRE(aside.size() == 1);
    CHECK(Bytes(aside.front()) == garbage);
    DiaryEntry entry = test::DayEntry(0, 2);
    std::string error;
    CHECK(store->Add(entry, error));
}

TEST_CASE("a diary with a damaged page is kept aside rather than written to") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "d.sqlite";
    {
        Diagnostics ignored;
        auto store = DiaryStore::Open(file, ignored);
        REQUIRE(store);
        std::string error;
        for (DiaryEntry& entry : test::EasingDiary(60)) REQUIRE(store->Add(entry, error));
    }
    std::string bytes = Bytes(file);
    const size_t page = static_cast<size_t>(Query(file, "PRAGMA page_size"));
    REQUIRE(bytes.size() > 3 * page);
    std::fill(bytes.begin() + static_cast<long>(page), bytes.begin() + static_cast<long>(3 * page), '\xa5');
    WriteBytes(file, bytes);
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    INFO(Messages(diagnostics));
    REQUIRE(store);
    CHECK_THAT(Messages(diagnostics), Catch::Contains("kept as"));
    CHECK(ReadAll(*store).empty());
    CHECK(Bytes(AsideFiles(dir.Path(), "d.sqlite").at(0)) == bytes);
}
