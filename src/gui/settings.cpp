// Settings file: a few "key = value" lines, written atomically.
#include "settings.hpp"

#include "atomic_file.hpp"
#include "movement_reminder.hpp"
#include "numbers.hpp"
#include "read_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ta::gui {

namespace {

// $VAR if set and absolute (the XDG spec ignores relative values), else $HOME/fallback.
std::filesystem::path XdgDirectory(const char* variable, const char* fallback) {
    if (const char* value = std::getenv(variable); value && *value == '/') return std::filesystem::path(value) / "trigger-atlas";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : "/tmp") / fallback / "trigger-atlas";
}

std::string Trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::string Escape(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

std::string Unescape(const std::string& value) {
    std::string out;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\' || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        const char next = value[++i];
        out += next == 'n' ? '\n' : next == 'r' ? '\r' : next;
    }
    return out;
}

void ReadNumber(const std::string& value, double low, double high, double& into) {
    if (auto number = ParseDecimal(value); number && *number >= low && *number <= high) into = *number;
}

void ReadWorkspace(Settings& settings, const std::string& key, const std::string& value) {
    double number = settings.intensity;
    if (key == "document") settings.document = value;
    else if (key == "view") settings.view = value;
    else if (key == "zoom") ReadNumber(value, 0.1, 100, settings.zoom);
    else if (key == "pan-x") ReadNumber(value, -1e6, 1e6, settings.pan_x);
    else if (key == "pan-y") ReadNumber(value, -1e6, 1e6, settings.pan_y);
    else if (key == "brush") ReadNumber(value, 1, 1000, settings.brush);
    else if (key == "quality") settings.quality = value;
    else if (key == "tool") settings.tool = value;
    else if (key == "intensity") {
        ReadNumber(value, 1, 10, number);
        settings.intensity = static_cast<int>(number);
    }
}

}  // namespace

void Settings::AddRecent(const std::string& path) {
    recent_files.erase(std::remove(recent_files.begin(), recent_files.end(), path), recent_files.end());
    recent_files.insert(recent_files.begin(), path);
    if (recent_files.size() > kMaxRecent) recent_files.resize(kMaxRecent);
}

std::filesystem::path ConfigDirectory() { return XdgDirectory("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path DataDirectory() { return XdgDirectory("XDG_DATA_HOME", ".local/share"); }
std::filesystem::path SettingsFile() { return ConfigDirectory() / "settings.conf"; }
std::filesystem::path CacheDirectory() { return XdgDirectory("XDG_CACHE_HOME", ".cache"); }

Settings LoadSettings(const std::filesystem::path& file) {
    Settings settings;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos || line.starts_with('#')) continue;
        const std::string key = Trim(line.substr(0, eq)), value = Unescape(Trim(line.substr(eq + 1)));
        if (key == "ui-scale") {
            if (auto scale = ParseDecimal(value); scale && *scale >= 0.5 && *scale <= 3) settings.ui_scale = static_cast<float>(*scale);
        } else if (key == "theme") {
            settings.dark_theme = value == "dark";
        } else if (key == "safety-acknowledged") {
            settings.safety_acknowledged = value;
        } else if (key == "move-reminder") {
            settings.move_reminder = value == "on";
        } else if (key == "move-reminder-minutes") {
            if (auto minutes = ParseWholeNumber(value); minutes && MovementReminder::IsInterval(*minutes)) settings.move_reminder_minutes = *minutes;
        } else if (key == "recent" && !value.empty() && settings.recent_files.size() < Settings::kMaxRecent) {
            settings.recent_files.push_back(value);
        } else {
            ReadWorkspace(settings, key, value);
        }
    }
    return settings;
}

bool SaveSettings(const Settings& settings, const std::filesystem::path& file, std::string& error) {
    std::ostringstream out;
    out << "# Trigger Atlas settings\n";
    out << "ui-scale = " << settings.ui_scale << "\n";
    out << "theme = " << (settings.dark_theme ? "dark" : "light") << "\n";
    out << "safety-acknowledged = " << Escape(settings.safety_acknowledged) << "\n";
    out << "move-reminder = " << (settings.move_reminder ? "on" : "off") << "\n";
    out << "move-reminder-minutes = " << settings.move_reminder_minutes << "\n";
    for (const auto& recent : settings.recent_files) out << "recent = " << Escape(recent) << "\n";
    out << "document = " << Escape(settings.document) << "\n";
    out << "view = " << Escape(settings.view) << "\n";
    out << "zoom = " << settings.zoom << "\npan-x = " << settings.pan_x << "\npan-y = " << settings.pan_y << "\n";
    out << "intensity = " << settings.intensity << "\nquality = " << Escape(settings.quality) << "\n";
    out << "brush = " << settings.brush << "\ntool = " << Escape(settings.tool) << "\n";
    // Unchanged (the common case at quit): no write, so no fsync, which took 1 to 8 ms here.
    if (ReadFileBytes(file) == out.str()) return true;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    return WriteFileAtomically(file, out.str(), error);
}

}  // namespace ta::gui
