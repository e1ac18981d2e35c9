// Test helpers: fixture loading and temporary directories.
#include "test_support.hpp"

#include <cstdlib>

namespace ta::test {

Database LoadMini(Diagnostics& diagnostics) {
    return LoadDatabase(TestData() / "mini" / "content", TestData() / "mini" / "atlas", diagnostics);
}

namespace {

struct RealData {
    Diagnostics diagnostics;
    Database database;
    RealData() : database(LoadDatabase(SourceDir() / "content", SourceDir() / "atlas", diagnostics)) {}
};

const RealData& Real() {
    static const RealData data;
    return data;
}

}  // namespace

const Database& RealDatabase() { return Real().database; }
const Diagnostics& RealDiagnostics() { return Real().diagnostics; }

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "trigger-atlas-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

}  // namespace ta::test
