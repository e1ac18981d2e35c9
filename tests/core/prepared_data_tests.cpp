// The prepared data kept between runs: a database loaded through the cache equals one loaded from
// the files (atlas, content, pattern index, diagnostics and their order), a change to any data file or to
// the program prepares it again, and a damaged or unwritable cache never changes the answer.
#include "database_cache.hpp"
#include "read_file.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ta;
using ta::test::TempDir;

namespace {

std::filesystem::path RealContent() { return ta::test::SourceDir() / "content"; }
std::filesystem::path RealAtlas() { return ta::test::SourceDir() / "atlas"; }

std::vector<std::string> Formatted(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.Items()) out.push_back(FormatDiagnostic(d));
    return out;
}

// Every field the cache keeps, compared (the structs' operator== is defaulted, so a field added
// later and not kept fails here as soon as the data uses it).
void RequireSamePreparedData(const Database& a, const Database& b) {
    REQUIRE(a.atlas.bases == b.atlas.bases);
    REQUIRE(a.atlas.regions == b.atlas.regions);
    REQUIRE(a.atlas.views == b.atlas.views);
    REQUIRE(a.atlas.RetiredBases() == b.atlas.RetiredBases());
    REQUIRE(a.pattern_index == b.pattern_index);
    REQUIRE(a.content == b.content);
}

struct Loaded {
    Diagnostics diagnostics;
    Database db;
    CacheOutcome outcome;
};

Loaded LoadThroughCache(const std::filesystem::path& content, const std::filesystem::path& atlas, const std::filesystem::path& cache,
                        std::string_view program = "test 1") {
    Loaded out;
    out.db = LoadDatabaseCached(content, atlas, cache, program, out.diagnostics, &out.outcome);
    return out;
}

void WriteText(const std::filesystem::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

}  // namespace

TEST_CASE("the real database loads the same through the prepared-data cache as from the files") {
    TempDir dir;
    const auto cache = dir.Path() / "cache" / "prepared-data.bin";
    Diagnostics direct_diagnostics;
    const Database direct = LoadDatabase(RealContent(), RealAtlas(), direct_diagnostics);

    const Loaded first = LoadThroughCache(RealContent(), RealAtlas(), cache);
    CHECK_FALSE(first.outcome.used);
    REQUIRE(first.outcome.written);
    const Loaded second = LoadThroughCache(RealContent(), RealAtlas(), cache);
    REQUIRE(second.outcome.used);
    CHECK_FALSE(second.outcome.written);

    RequireSamePreparedData(direct, second.db);
    CHECK(Formatted(second.diagnostics) == Formatted(direct_diagnostics));
    CHECK(second.db.postings_by_region.size() == direct.postings_by_region.size());
    CHECK(second.db.atlas.ResolveRegion("right-back-fingers") == direct.atlas.ResolveRegion("right-back-fingers"));
    CHECK(second.db.atlas.ResolveRegion("right-back-fingers").has_value());
}

TEST_CASE("broken data gives the same diagnostics, in the same order, through the cache") {
    TempDir dir;
    std::filesystem::copy(ta::test::TestData() / "mini", dir.Path() / "data", std::filesystem::copy_options::recursive);
    const auto content = dir.Path() / "data" / "content", atlas = dir.Path() / "data" / "atlas";
    const auto view = atlas / "views" / "front.svg";
    std::string svg = *ReadFileBytes(view);
    // An atlas error (a path that does not parse) and a pattern naming an unknown trigger point.
    svg.replace(svg.find("d=\"M 10 100 H 90"), 5, "d=\"M 10 100 X 90");
    svg.replace(svg.find("</svg>"), 0, "<path ta:pattern=\"alpha.nowhere\" ta:kind=\"essential\" ta:side=\"right\" d=\"M 20 20 H 30 V 30 Z\"/>\n");
    WriteText(view, svg);

    Diagnostics direct_diagnostics;
    const Database direct = LoadDatabase(content, atlas, direct_diagnostics);
    REQUIRE(direct_diagnostics.ErrorCount() >= 1);
    const auto cache = dir.Path() / "prepared-data.bin";
    LoadThroughCache(content, atlas, cache);
    const Loaded cached = LoadThroughCache(content, atlas, cache);
    REQUIRE(cached.outcome.used);
    CHECK(Formatted(cached.diagnostics) == Formatted(direct_diagnostics));
    RequireSamePreparedData(direct, cached.db);
}

TEST_CASE("a changed data file or another program prepares the data again") {
    TempDir dir;
    std::filesystem::copy(ta::test::TestData() / "mini", dir.Path() / "data", std::filesystem::copy_options::recursive);
    const auto content = dir.Path() / "data" / "content", atlas = dir.Path() / "data" / "atlas";
    const auto cache = dir.Path() / "prepared-data.bin";
    LoadThroughCache(content, atlas, cache);
    REQUIRE(LoadThroughCache(content, atlas, cache).outcome.used);

    SECTION("a view's art moves a region") {
        const auto view = atlas / "views" / "front.svg";
        std::string svg = *ReadFileBytes(view);
        svg.replace(svg.find("M 10 10 L 50 10"), 15, "M 12 10 L 50 10");
        WriteText(view, svg);
    }
    SECTION("a muscle file changes") {
        WriteText(content / "muscles" / "alpha.xml", *ReadFileBytes(content / "muscles" / "alpha.xml") + "\n");
    }
    SECTION("a file is added") { WriteText(atlas / "views" / "notes.txt", "draft"); }
    SECTION("the program was rebuilt") {
        REQUIRE_FALSE(LoadThroughCache(content, atlas, cache, "test 2").outcome.used);
        return;
    }
    const Loaded again = LoadThroughCache(content, atlas, cache);
    CHECK_FALSE(again.outcome.used);
    CHECK(again.outcome.written);
    Diagnostics direct_diagnostics;
    RequireSamePreparedData(LoadDatabase(content, atlas, direct_diagnostics), again.db);
}

TEST_CASE("a damaged cache file is not believed: cut short or with a byte changed, it is prepared again") {
    TempDir dir;
    const auto content = ta::test::TestData() / "mini" / "content", atlas = ta::test::TestData() / "mini" / "atlas";
    const auto cache = dir.Path() / "prepared-data.bin";
    const Loaded first = LoadThroughCache(content, atlas, cache);
    const std::string good = *ReadFileBytes(cache);
    REQUIRE(good.size() > 1000);
    for (size_t at = 0; at < good.size(); at += good.size() / 97 + 1) {
        INFO("damage at byte " << at << " of " << good.size());
        for (const std::string& damaged : {good.substr(0, at), good.substr(0, at) + char(good[at] ^ 0x10) + good.substr(at + 1)}) {
            WriteText(cache, damaged);
            const Loaded loaded = LoadThroughCache(content, atlas, cache);
            REQUIRE_FALSE(loaded.outcome.used);
            RequireSamePreparedData(first.db, loaded.db);
        }
    }
}

TEST_CASE("an unwritable cache folder leaves loading as it was and says why") {
    TempDir dir;
    WriteText(dir.Path() / "not-a-folder", "a file where the cache folder should be");
    const Loaded loaded = LoadThroughCache(ta::test::TestData() / "mini" / "content", ta::test::TestData() / "mini" / "atlas",
                                           dir.Path() / "not-a-folder" / "prepared-data.bin");
    CHECK_FALSE(loaded.outcome.used);
    CHECK_FALSE(loaded.outcome.written);
    CHECK_FALSE(loaded.outcome.problem.empty());
    CHECK(loaded.db.atlas.views.size() == 1);
}
