// Backups that rotate by rename after the new copy is safely on disk.
#include "backup_rotation.hpp"

#include "atomic_file.hpp"

namespace ta {

namespace fs = std::filesystem;

fs::path BackupPath(const fs::path& file, int n) {
    return fs::path(file.string() + ".bak" + (n > 1 ? "." + std::to_string(n) : std::string()));
}

bool WriteKeepingBackups(const fs::path& file, std::string_view data, int backups, std::string& error, const FileWriter& writer) {
    const fs::path fresh(file.string() + ".new");
    if (!writer(fresh, data, error)) return false;
    std::error_code ec;
    if (fs::exists(file, ec)) {
        for (int n = backups; n > 1; --n)
            if (fs::exists(BackupPath(file, n - 1), ec)) fs::rename(BackupPath(file, n - 1), BackupPath(file, n), ec);
        if (backups > 0) fs::rename(file, BackupPath(file, 1), ec);
    }
    fs::rename(fresh, file, ec);
    if (ec) {
        error = "cannot replace " + file.string() + ": " + ec.message();
        return false;
    }
    return true;
}

bool WriteKeepingBackups(const fs::path& file, std::string_view data, int backups, std::string& error) {
    return WriteKeepingBackups(file, data, backups, error, WriteFileAtomically);
}

}  // namespace ta
