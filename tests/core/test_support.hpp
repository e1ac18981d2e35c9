// Shared helpers for the core tests: loading the fixture and the real database, temp dirs.
#pragma once

#include "database.hpp"

#include <filesystem>
#include <string>

namespace ta::test {

inline std::filesystem::path TestData() { return TA_TEST_DATA_DIR; }
inline std::filesystem::path SourceDir() { return TA_SOURCE_DIR; }

// The small fixture in tests/data/mini; `diagnostics` receives whatever the loader reports.
Database LoadMini(Diagnostics& diagnostics);
// The real content/ and atlas/, loaded once per test run.
const Database& RealDatabase();
const Diagnostics& RealDiagnostics();

// A fresh directory under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& Path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace ta::test
