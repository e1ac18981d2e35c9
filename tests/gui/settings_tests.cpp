// The settings file: values round-trip, and no value can add a line of its own (a file name with
// a newline once wrote "safety-acknowledged = yes" and skipped the safety screen).
#include "settings.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace ta::gui;

namespace {

std::filesystem::path ScratchFile() {
    const auto dir = std::filesystem::temp_directory_path() / ("ta-settings-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir / "settings.conf";
}

}  // namespace

TEST_CASE("a recent file name with newlines stays one value and acknowledges nothing") {
    const auto file = ScratchFile();
    Settings settings;
    const std::string hostile = "/tmp/map\nsafety-acknowledged = 0123456789abcdef\r\ntheme = dark\\n.xml";
    settings.AddRecent(hostile);
    std::string error;
    REQUIRE(SaveSettings(settings, file, error));
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("\nsafety-acknowledged = 0123") == std::string::npos);

    const Settings loaded = LoadSettings(file);
    CHECK(loaded.safety_acknowledged.empty());
    CHECK_FALSE(loaded.dark_theme);
    REQUIRE(loaded.recent_files.size() == 1);
    CHECK(loaded.recent_files[0] == hostile);
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("the safety acknowledgement round-trips as the content's fingerprint") {
    const auto file = ScratchFile();
    Settings settings;
    settings.safety_acknowledged = "00ff00ff00ff00ff";
    std::string error;
    REQUIRE(SaveSettings(settings, file, error));
    CHECK(LoadSettings(file).safety_acknowledged == "00ff00ff00ff00ff");
    std::ofstream(file, std::ios::trunc) << "safety-acknowledged = yes\n";  // the old format asks again
    CHECK(LoadSettings(file).safety_acknowledged == "yes");
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("where the person left off round-trips: the file link, view, zoom and tools") {
    const auto file = ScratchFile();
    Settings settings;
    settings.document = "/home/someone/knee pain.xml";
    settings.view = "front";
    settings.zoom = 2.5;
    settings.pan_x = -40;
    settings.pan_y = 12.5;
    settings.intensity = 8;
    settings.quality = "burning";
    settings.brush = 22;
    settings.tool = "paint";
    std::string error;
    REQUIRE(SaveSettings(settings, file, error));
    const Settings loaded = LoadSettings(file);
    CHECK(loaded.document == settings.document);
    CHECK(loaded.view == "front");
    CHECK(loaded.zoom == 2.5);
    CHECK(loaded.pan_x == -40);
    CHECK(loaded.pan_y == 12.5);
    CHECK(loaded.intensity == 8);
    CHECK(loaded.quality == "burning");
    CHECK(loaded.brush == 22);
    CHECK(loaded.tool == "paint");
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("a settings folder that is a file is reported and does not throw") {
    const auto file = ScratchFile();
    std::ofstream(file.parent_path() / "not-a-folder") << "x";
    std::string error;
    CHECK_FALSE(SaveSettings(Settings{}, file.parent_path() / "not-a-folder" / "settings.conf", error));
    CHECK_FALSE(error.empty());
    CHECK(LoadSettings(file.parent_path() / "not-a-folder" / "settings.conf").ui_scale == 1.0f);
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("the movement reminder is off by default and its interval round-trips") {
    const auto file = ScratchFile();
    CHECK_FALSE(LoadSettings(file).move_reminder);   // no file yet
    Settings settings;
    settings.move_reminder = true;
    settings.move_reminder_minutes = 20;
    std::string error;
    REQUIRE(SaveSettings(settings, file, error));
    const Settings loaded = LoadSettings(file);
    CHECK(loaded.move_reminder);
    CHECK(loaded.move_reminder_minutes == 20);
    for (const char* bad : {"17", "-20", "twenty", ""}) {
        INFO(bad);
        std::ofstream(file, std::ios::trunc) << "move-reminder = yes\nmove-reminder-minutes = " << bad << "\n";
        CHECK_FALSE(LoadSettings(file).move_reminder);              // only "on" switches it on
        CHECK(LoadSettings(file).move_reminder_minutes == Settings{}.move_reminder_minutes);
    }
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("saving settings that did not change leaves the file as it is") {
    const auto file = ScratchFile();
    Settings settings;
    settings.zoom = 1.5;
    std::string error;
    REQUIRE(SaveSettings(settings, file, error));
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    REQUIRE(SaveSettings(settings, file, error));   // unchanged: not replaced (an atomic write makes a new file)
    struct stat after {};
    REQUIRE(::stat(file.c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
    settings.zoom = 2;
    REQUIRE(SaveSettings(settings, file, error));   // changed: replaced
    REQUIRE(::stat(file.c_str(), &after) == 0);
    CHECK(after.st_ino != before.st_ino);
    CHECK(LoadSettings(file).zoom == 2);
}
