// The Diary window: "Log today" from the current map (overall pain, what was done, with what the
// app logged since the latest entry already ticked, a note), the
// chart of the days (the core's DiaryChart on the ImGui draw list), the entries, and two days'
// maps compared side by side. The store is opened on first use; problems opening it (a newer
// diary, a damaged one kept aside) are shown in the window, not only on stderr.
#pragma once

#include "map_thumbnail.hpp"

#include "diary_chart.hpp"
#include "diary_store.hpp"

#include <array>
#include <filesystem>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace ta::gui {

class App;

struct DiaryPanel {
    bool open = false;
    bool shown = false;                     // drawn last frame (see DrawDiaryWindow)
    std::filesystem::path file;             // empty: the default diary
    std::optional<DiaryStore> store;
    Diagnostics problems;                   // from opening, shown at the top of the window
    bool tried_open = false;
    std::vector<DiaryEntry> entries;        // oldest first
    std::vector<DiaryActivity> activity;    // what the app logged as done, oldest first
    std::set<std::string> activity_days;    // "YYYY-MM-DD" with logged activity: treatment days in the list
    DiaryChart chart;
    // What "Log today" will store with the current map.
    int overall = 5;
    std::vector<std::string> done_since;    // logged by the app since the latest entry: ticked, listed first
    std::vector<std::string> did;
    std::array<char, 512> note{};
    std::vector<std::int64_t> compare;      // the two entries compared (first and latest by default)
    std::array<MapThumbnail, 4> thumbnails; // two views for each of the two days
};

void DrawDiaryWindow(App& app);
// Logs an item done (a hold timer that ran out, a routine played) as activity, opening the diary
// if it is not open yet, and ticks it for "Log today". False, with the reason in the status line,
// when it cannot be written.
bool RecordDone(App& app, const std::string& item);

}  // namespace ta::gui
