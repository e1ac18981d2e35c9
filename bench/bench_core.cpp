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

// Writes a content directory with `count` muscles copied from the real ones under new ids.
fs::path WriteSyntheticContent(const fs::path& real_content, size_t count) {
    fs::path dir = fs::temp_directory_path() / ("trigger-atlas-bench-" + std::to_string(count));
    fs::remove_all(dir);
    fs::create_directories(dir / "muscles");
    for (const char* file : {"sources.xml", "groups.xml", "safety.xml", "self-tests.xml", "routines.xml"})
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
        std::ofstream(dir / "muscles" / (copy_id + ".xml")) << text;
    }
    for (const auto& source : originals) fs::copy_file(source, dir / "muscles" / source.filename());
    return dir;
}

void Row(const char* database, size_t muscles, double load_ms, double rank_us, double rank3_us, double search_us) {
    std::printf("| %-10s | %7zu | %9.1f | %16.1f | %17.1f | %11.1f |\n", database, muscles, load_ms, rank_us, rank3_us,
                search_us);
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
                                         {*db.atlas.FindRegion("right-upper-front-thigh"), 3, -1, {}}};
    const SearchIndex index(db);
    const int runs = db.content.muscles.size() > 2000 ? 21 : 201;
    const double rank_us = MedianMicros(runs, [&] { Rank(db, one); });
    const double rank3_us = MedianMicros(runs, [&] { Rank(db, three); });
    const char* queries[] = {"iliopsaos", "levator scapula", "QL", "hamstrings", "pirformis"};
    const double search_us = MedianMicros(runs, [&] {
        for (const char* q : queries) index.Find(q);
    }) / 5;
    Row(label, db.content.muscles.size(), load_us / 1000, rank_us, rank3_us, search_us);
}

}  // namespace

int main(int argc, char** argv) {
    DataPaths paths = FindDataPaths(argc > 0 ? argv[0] : nullptr);
    std::printf("| database   | muscles | load (ms) | rank 1 spot (us) | rank 3 spots (us) | search (us) |\n");
    std::printf("|------------|--------:|----------:|-----------------:|------------------:|------------:|\n");
    Measure("real", paths.content, paths.atlas);
    for (size_t count : {1000u, 10000u}) {
        fs::path synthetic = WriteSyntheticContent(paths.content, count);
        Measure("synthetic", synthetic, paths.atlas);
        fs::remove_all(synthetic);
    }
    return 0;
}
