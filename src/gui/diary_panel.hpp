// The Diary window: "Log today" from the current map (overall pain, what was done, a note), the
// chart of the days (the core's DiaryChart on the ImGui draw list), the entries, and two days'
// maps compared side by side. The store is opened on first use; problems opening it (a newer
// diary, a damaged one kept aside) are shown in the window, not only on stderr.
#pragma once

#include "map_thumbnail.hpp"

#include "diary_chart.hpp"
#include "diary_store.hpp"

#include <array>
#include <filesystem>
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
    DiaryChart chart;
    // What "Log today" will store with the current map.
    int overall = 5;
    std::vector<std::string> did;
    std::array<char, 512> note{};
    std::vector<std::int64_t> compare;      // the two entries compared (first and latest by default)
    std::array<MapThumbnail, 4> thumbnails; // two views for each of the two days
};

void DrawDiaryWindow(App& app);

}  // namespace ta::gui
