// Settings file: a few "key = value" lines, written atomically.
#include "settings.hpp"

#include "atomic_file.hpp"
#include "numbers.hpp"

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

}  // namespace

void Settings::AddRecent(const std::string& path) {
    recent_files.erase(std::remove(recent_files.begin(), recent_files.end(), path), recent_files.end());
    recent_files.insert(recent_files.begin(), path);
    if (recent_files.size() > kMaxRecent) recent_files.resize(kMaxRecent);
}

std::filesystem::path ConfigDirectory() { return XdgDirectory("XDG_CONFIG_HOME", ".config"); }
std::filesystem::path DataDirectory() { return XdgDirectory("XDG_DATA_HOME", ".local/share"); }

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
        } else if (key == "recent" && !value.empty() && settings.recent_files.size() < Settings::kMaxRecent) {
            settings.recent_files.push_back(value);
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
    for (const auto& recent : settings.recent_files) out << "recent = " << Escape(recent) << "\n";
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    return WriteFileAtomically(file, out.str(), error);
}

}  // namespace ta::gui
