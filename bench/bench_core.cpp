// Core benchmark: loading, ranking and search on the real database and on synthetic databases of
// 1,000 and 10,000 muscles (the real muscles copied under new ids, so zones and names are real).
// Prints a Markdown table of medians. Timing lives here, never in the tests.
#include "data_paths.hpp"
#include "database.hpp"
#include "ranking.hpp"
#include "search.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ta;

namespace {

double MedianMicros(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    work();  // warm-up
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Writes a content directory with `count` muscles copied from the real ones under new ids;
// `copies` collects, for each real muscle id, the ids of its copies.
fs::path WriteSyntheticContent(const fs::path& real_content, size_t count, std::map<std::string, std::vector<std::string>>& copies) {
    fs::path dir = fs::temp_directory_path() / ("trigger-atlas-bench-" + std::to_string(count));
    fs::remove_all(dir);
    fs::create_directories(dir / "muscles");
    for (const char* file : {"sources.xml", "groups.xml", "safety.xml", "self-tests.xml", "routines.xml", "conditions.xml"})
        fs::copy_file(real_content / file, dir / file);
    std::vector<fs::path> originals;
    for (const auto& e : fs::directory_iterator(real_content / "muscles")) originals.push_back(e.path());
    std::sort(originals.begin(), originals.end());
    for (size_t i = originals.size(); i < count; ++i) {
        const fs::path& source = originals[i % originals.size()];
        std::ifstream in(source);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string id = source.stem().string();
        const std::string copy_id = id + "-copy" + std::to_string(i);
        auto pos = text.find("muscle id=\"" + id + "\"");
        text.replace(pos, id.size() + 11, "muscle id=\"" + copy_id);
        copies[id].push_back(copy_id);
        std::ofstream(dir / "muscles" / (copy_id + ".xml")) << text;
    }
    for (const auto& source : originals) fs::copy_file(source, dir / "muscles" / source.filename());
    return dir;
}

// The real atlas with every copy's essential patterns drawn on the back view (the view the painted-area
// benchmark uses), so ranking at scale walks as many patterns as a real atlas that size.
fs::path WriteSyntheticAtlas(const fs::path& real_atlas, const std::map<std::string, std::vector<std::string>>& copies, size_t count) {
    fs::path dir = fs::temp_directory_path() / ("trigger-atlas-bench-atlas-" + std::to_string(count));
    fs::remove_all(dir);
    fs::create_directories(dir / "views");
    fs::copy_file(real_atlas / "atlas.xml", dir / "atlas.xml");
    fs::copy_file(real_atlas / "regions.xml", dir / "regions.xml");
    for (const auto& e : fs::directory_iterator(real_atlas / "views")) {
        std::ifstream in(e.path());
        std::ofstream out(dir / "views" / e.path().filename());
        for (std::string line; std::getline(in, line);) {
            out << line << "\n";
            const auto at = line.find("ta:pattern=\"");
            // Essential shapes only: with spillover too, 10,000 muscles pass the 32 MiB view limit.
            if (e.path().filename() != "back.svg" || at == std::string::npos || line.find("ta:kind=\"essential\"") == std::string::npos) continue;
            const auto dot = line.find('.', at);
            const std::string muscle = line.substr(at + 12, dot - at - 12);
            auto found = copies.find(muscle);
            if (found == copies.end()) continue;
            for (const auto& copy : found->second) {
                std::string duplicate = line;
                duplicate.replace(at + 12, muscle.size(), copy);
                out << duplicate << "\n";
            }
        }
    }
    return dir;
}

// Twenty short painted strokes tiling the back, both sides, neck to buttock.
std::vector<PainMark> TwentyAreas(const Database& db) {
    std::vector<PainMark> areas;
    const int back = *db.atlas.FindView("back");
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 4; ++col) {
            const double x = 330 + col * 47, y = 320 + row * 100;
            auto mark = MarkAtPoint(db, back, {x, y}, 6);
            if (!mark) continue;
            mark->strokes = {Stroke{{{x, y}, {x + 10, y + 30}, {x, y + 60}}, 20, false}};
            areas.push_back(*mark);
        }
    return areas;
}

struct Figures {
    double load_ms, rank_us, rank3_us, search_us, scan_us, areas_us, index_mib;
};

void Row(const char* database, size_t muscles, const Figures& f) {
    std::printf("| %-10s | %7zu | %9.1f | %16.1f | %17.1f | %11.2f | %16.1f | %17.1f | %10.2f |\n", database, muscles, f.load_ms,
                f.rank_us, f.rank3_us, f.search_us, f.scan_us, f.areas_us, f.index_mib);
}

void Measure(const char* label, const fs::path& content, const fs::path& atlas) {
    Database db;
    const double load_us = MedianMicros(3, [&] {
        Diagnostics diagnostics;
        db = LoadDatabase(content, atlas, diagnostics);
    });
    const std::vector<PainMark> one = {{*db.atlas.FindRegion("right-low-paraspinal"), 5, -1, {}}};
    const std::vector<PainMark> three = {{*db.atlas.FindRegion("right-low-paraspinal"), 6, -1, {}},
                                         {*db.atlas.FindRegion("right-groin"), 4, -1, {}},
                                         {*db.atlas.FindRegion("right-inner-front-thigh-top"), 3, -1, {}}};
    const SearchIndex index(db);
    const int runs = db.content.muscles.size() > 2000 ? 21 : 201;
    const double rank_us = MedianMicros(runs, [&] { Rank(db, one); });
    const double rank3_us = MedianMicros(runs, [&] { Rank(db, three); });
    const char* queries[] = {"iliopsaos", "levator scapula", "QL", "hamstrings", "pirformis", "sciatica", "tennis elbow", "neck"};
    constexpr double kQueries = std::size(queries);
    const double search_us = MedianMicros(runs, [&] {
        for (const char* q : queries) index.Find(q);
    }) / kQueries;
    const double scan_us = MedianMicros(runs, [&] {
        for (const char* q : queries) index.FindByScan(q);
    }) / kQueries;
    const auto areas = TwentyAreas(db);
    const double areas_us = MedianMicros(runs, [&] { Rank(db, areas); });
    size_t index_bytes = 0;
    for (const auto& view : db.pattern_index) index_bytes += view.Bytes();
    Row(label, db.content.muscles.size(),
        {load_us / 1000, rank_us, rank3_us, search_us, scan_us, areas_us, static_cast<double>(index_bytes) / (1 << 20)});
}

}  // namespace

int main(int argc, char** argv) {
    DataPaths paths = FindDataPaths(argc > 0 ? argv[0] : nullptr);
    std::printf("| database   | muscles | load (ms) | rank 1 spot (us) | rank 3 spots (us) | search (us) | search scan (us) | rank 20 areas (us) | index (MiB) |\n");
    std::printf("|------------|--------:|----------:|-----------------:|------------------:|------------:|-----------------:|-----------------:|-----------:|\n");
    Measure("real", paths.content, paths.atlas);
    for (size_t count : {1000u, 10000u}) {
        std::map<std::string, std::vector<std::string>> copies;
        fs::path synthetic = WriteSyntheticContent(paths.content, count, copies);
        fs::path atlas = WriteSyntheticAtlas(paths.atlas, copies, count);
        Measure("synthetic", synthetic, atlas);
        fs::remove_all(synthetic);
        fs::remove_all(atlas);
    }
    return 0;
}
