// images/views/*.png are renders of the atlas; this test re-renders each view and fails when a
// committed image no longer matches, so the pictures never drift from the geometry.
#include "pdf_tools.hpp"
#include "view_png.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

namespace fs = std::filesystem;
using namespace ta;

namespace {

std::string ReadBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("images/views holds an up-to-date render of every view") {
    const Database& db = test::RealSheetDatabase();
    const fs::path committed = fs::path(TA_SOURCE_DIR) / "images" / "views";
    const fs::path fresh = fs::temp_directory_path() / "trigger-atlas-view-renders";
    fs::create_directories(fresh);
    for (size_t v = 0; v < db.atlas.views.size(); ++v) {
        const std::string name = db.atlas.views[v].id + ".png";
        std::string error;
        REQUIRE(sheets::WriteViewPng(db, static_cast<int>(v), 600, fresh / name, error));
        INFO(name << " differs from a fresh render: run trigger-atlas-cli render all -o images/views");
        CHECK(ReadBytes(fresh / name) == ReadBytes(committed / name));
    }
    fs::remove_all(fresh);
}
