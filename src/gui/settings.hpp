// User settings and the places the app keeps its files, following the XDG base directories:
// settings and imgui.ini in $XDG_CONFIG_HOME/trigger-atlas, the autosaved session in
// $XDG_DATA_HOME/trigger-atlas. Never the working directory.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ta::gui {

struct Settings {
    static constexpr size_t kMaxRecent = 8;

    float ui_scale = 1.0f;            // on top of the display's own scale
    bool dark_theme = false;
    std::string safety_acknowledged;   // fingerprint of the safety texts last read and accepted
    std::vector<std::string> recent_files;
    bool move_reminder = false;        // the "move every 20-30 minutes" reminder; off unless asked for
    int move_reminder_minutes = 30;    // 20, 25 or 30 (MovementReminder::kIntervalMinutes)

    // Where the person left off, restored at the next start with the autosaved marks.
    std::string document;              // the pain map file the marks belong to; empty when unsaved
    std::string view;                  // view id
    double zoom = 1, pan_x = 0, pan_y = 0;
    int intensity = 5;                 // for new marks
    std::string quality;               // for new marks, a PainQuality name
    double brush = 14;
    std::string tool;                  // "click", "paint" or "erase"

    void AddRecent(const std::string& path);
};

std::filesystem::path ConfigDirectory();  // $XDG_CONFIG_HOME/trigger-atlas (~/.config/...)
std::filesystem::path DataDirectory();    // $XDG_DATA_HOME/trigger-atlas (~/.local/share/...)
std::filesystem::path SettingsFile();     // settings.conf in the config directory
std::filesystem::path CacheDirectory();   // $XDG_CACHE_HOME/trigger-atlas (~/.cache/...): the prepared data

// Reads "key = value" lines; unknown keys and bad values are ignored (defaults stay). Values are
// written with \\, \n and \r escaped, so a file name can never add a line of its own.
Settings LoadSettings(const std::filesystem::path& file);
bool SaveSettings(const Settings& settings, const std::filesystem::path& file, std::string& error);

}  // namespace ta::gui
