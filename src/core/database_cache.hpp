// Loading the database with the data read and checked (prepared_data.hpp) kept in a cache file between runs,
// for the app's start-up. The answer is the same as LoadDatabase's, diagnostics included; only
// the time differs. The cache is a convenience: when it cannot be read or written, loading goes on.
#pragma once

#include "database.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace ta {

struct CacheOutcome {
    bool used = false;      // the prepared data came from the cache file
    bool written = false;   // the cache file was (re)written
    std::string problem;    // why it could not be written, if it could not
};

// `program` names the build (see DataFingerprint); `cache_file` is read, and replaced when it
// does not match the data.
Database LoadDatabaseCached(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                            const std::filesystem::path& cache_file, std::string_view program, Diagnostics& diagnostics,
                            CacheOutcome* outcome = nullptr);

}  // namespace ta
