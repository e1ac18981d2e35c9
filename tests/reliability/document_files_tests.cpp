// The files the app keeps for the person: the autosave's backups rotate only after the new copy is
// written (a full disk, injected here as a failing writer, leaves every good copy as it was),
// exports get dated names that never take an existing file's place, and our own stale temporary
// files are cleaned while everything else in the folder is left alone.
#include "atomic_file.hpp"
#include "backup_rotation.hpp"
#include "file_naming.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace ta;

std::string ReadAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void Write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

// A disk that fills up after `room` bytes: the writer leaves a truncated file behind and fails,
// as write() on a full disk does.
FileWriter FullDisk(size_t room) {
    return [room](const fs::path& path, std::string_view data, std::string& error) {
        Write(path, std::string(data.substr(0, std::min(room, data.size()))));
        error = "No space left on device";
        return false;
    };
}

}  // namespace

TEST_CASE("autosave backups rotate: the newest copy is FILE and the older ones move down") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "session.xml";
    std::string error;
    for (const char* version : {"one", "two", "three", "four"}) REQUIRE(WriteKeepingBackups(file, version, 2, error));
    CHECK(ReadAll(file) == "four");
    CHECK(ReadAll(BackupPath(file, 1)) == "three");
    CHECK(ReadAll(BackupPath(file, 2)) == "two");
    CHECK_FALSE(fs::exists(BackupPath(file, 3)));
    CHECK_FALSE(fs::exists(file.string() + ".new"));
}

TEST_CASE("on a full disk the autosave and its backups are left as they were") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "session.xml";
    std::string error;
    REQUIRE(WriteKeepingBackups(file, "good old", 2, error));
    REQUIRE(WriteKeepingBackups(file, "good new", 2, error));
    CHECK_FALSE(WriteKeepingBackups(file, "a much longer third state that does not fit", 2, error, FullDisk(8)));
    CHECK(error == "No space left on device");
    CHECK(ReadAll(file) == "good new");
    CHECK(ReadAll(BackupPath(file, 1)) == "good old");
}

TEST_CASE("an export name carries the map's name and the date and never an existing file's name") {
    CHECK(DatedFileName("knee", "2026-11-30", ".pdf") == "knee-2026-11-30.pdf");
    CHECK(DatedFileName("", "2026-11-30", ".pdf") == "pain-map-2026-11-30.pdf");
    CHECK(DatedFileName("../up/..hidden", "2026-11-30", ".pdf") == "-up-..hidden-2026-11-30.pdf");
    CHECK(TodayIso().size() == 10);

    test::TempDir dir;
    const fs::path wanted = dir.Path() / "knee-2026-11-30.pdf";
    CHECK(UnusedPath(wanted) == wanted);
    Write(wanted, "%PDF first");
    CHECK(UnusedPath(wanted) == dir.Path() / "knee-2026-11-30-2.pdf");
    Write(dir.Path() / "knee-2026-11-30-2.pdf", "%PDF second");
    CHECK(UnusedPath(wanted) == dir.Path() / "knee-2026-11-30-3.pdf");
    CHECK(ReadAll(wanted) == "%PDF first");
}

TEST_CASE("stale temporary files of our own are removed and nothing else is") {
    test::TempDir dir;
    const fs::path stale = dir.Path() / ".session.xml.a1B2c3", fresh = dir.Path() / ".session.xml.Zz9Yy8";
    const fs::path theirs = dir.Path() / ".other.xml.a1B2c3", longer = dir.Path() / ".session.xml.a1B2c3d", kept = dir.Path() / "session.xml";
    for (const fs::path& f : {stale, fresh, theirs, longer, kept}) Write(f, "x");
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (const fs::path& f : {stale, theirs, longer, kept}) fs::last_write_time(f, old);
    CHECK(RemoveStaleTemporaries(dir.Path(), {"session.xml"}) == 1);
    CHECK_FALSE(fs::exists(stale));
    for (const fs::path& f : {fresh, theirs, longer, kept}) CHECK(fs::exists(f));
    CHECK(RemoveStaleTemporaries(dir.Path() / "missing", {"session.xml"}) == 0);
}
