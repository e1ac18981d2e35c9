// Replays every seed in tests/fuzz-corpus/<target>/ through the fuzz entry points in the normal
// build, so CI checks the corpora (and any crash reproducer added to them) without clang.
#include "fuzz_entry_points.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

// Returns how many files were replayed; a property violation aborts the test program.
size_t ReplayCorpus(const std::string& target, void (*entry)(std::string_view)) {
    size_t replayed = 0;
    for (const auto& file : fs::directory_iterator(ta::test::SourceDir() / "tests" / "fuzz-corpus" / target)) {
        std::ifstream in(file.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        INFO(file.path());
        entry(bytes.str());
        ++replayed;
    }
    return replayed;
}

}  // namespace

TEST_CASE("the content-file fuzz corpus replays cleanly") { CHECK(ReplayCorpus("content_file", ta::fuzz::FuzzContentFile) > 0); }
TEST_CASE("the svg-path fuzz corpus replays cleanly") { CHECK(ReplayCorpus("svg_path", ta::fuzz::FuzzSvgPath) > 0); }
TEST_CASE("the svg-view fuzz corpus replays cleanly") { CHECK(ReplayCorpus("svg_view", ta::fuzz::FuzzSvgView) > 0); }
TEST_CASE("the pain-map fuzz corpus replays cleanly") { CHECK(ReplayCorpus("pain_map", ta::fuzz::FuzzPainMap) > 0); }
