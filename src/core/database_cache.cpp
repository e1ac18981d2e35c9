// The cache around LoadDatabase: read and check the kept data, or load in full and keep it.
#include "database_cache.hpp"

#include "atomic_file.hpp"
#include "read_file.hpp"

namespace ta {

Database LoadDatabaseCached(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                            const std::filesystem::path& cache_file, std::string_view program, Diagnostics& diagnostics,
                            CacheOutcome* outcome) {
    CacheOutcome local;
    CacheOutcome& out = outcome ? *outcome : local;
    const std::string fingerprint = DataFingerprint(content_dir, atlas_dir, program);
    if (const std::optional<std::string> bytes = ReadFileBytes(cache_file)) {
        if (std::optional<PreparedData> prepared = ParsePreparedData(*bytes, fingerprint)) {
            out.used = true;
            return LoadDatabase(std::move(*prepared), diagnostics);
        }
    }
    PreparedDiagnostics apart;
    Database db = LoadDatabase(content_dir, atlas_dir, diagnostics, &apart);
    std::error_code ec;
    std::filesystem::create_directories(cache_file.parent_path(), ec);
    out.written = WriteFileAtomically(cache_file, SerializePreparedData(db, apart, fingerprint), out.problem);
    return db;
}

}  // namespace ta
