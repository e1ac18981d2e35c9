// Atomic file replacement with POSIX calls (std::ofstream cannot fsync).
#include "atomic_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <random>

namespace ta {

namespace fs = std::filesystem;

namespace {

bool WriteAll(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// A new, uniquely named file ".NAME.XXXXXX" next to the target, created by open() with mode 0666
// so the umask applies exactly as it would to the target itself. (mkstemp makes files readable by
// their owner only, and finding out the umask means changing it, which races with other threads.)
int CreateTempFile(const fs::path& dir, const std::string& name, std::string& temp_path) {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(6, 'x');
        for (char& c : suffix) c = kLetters[random() % (sizeof kLetters - 1)];
        temp_path = (dir / ("." + name + "." + suffix)).string();
        const int fd = ::open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

// An existing target keeps its mode; a new one has what open() gave the temporary file.
bool KeepTargetMode(int fd, const fs::path& path) {
    struct stat existing {};
    return ::stat(path.c_str(), &existing) != 0 || ::fchmod(fd, existing.st_mode & 07777) == 0;
}

void SyncDirectory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

bool WriteFileAtomically(const fs::path& requested, std::string_view data, std::string& error) {
    std::error_code ec;
    // Replace the file a symlink points to, not the symlink itself.
    fs::path path = fs::is_symlink(requested, ec) ? fs::canonical(requested, ec) : requested;
    if (ec) path = requested;
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string temp_path;
    const int fd = CreateTempFile(dir, path.filename().string(), temp_path);
    if (fd < 0) {
        error = "cannot create a temporary file in " + dir.string() + ": " + std::strerror(errno);
        return false;
    }
    const bool written = KeepTargetMode(fd, path) && WriteAll(fd, data) && ::fsync(fd) == 0;
    const int saved_errno = errno;
    ::close(fd);
    if (!written || ::rename(temp_path.c_str(), path.c_str()) != 0) {
        error = "cannot write " + path.string() + ": " + std::strerror(written ? errno : saved_errno);
        ::unlink(temp_path.c_str());
        return false;
    }
    SyncDirectory(dir);
    return true;
}

int RemoveStaleTemporaries(const fs::path& dir, const std::vector<std::string>& names, std::chrono::seconds min_age) {
    constexpr size_t kSuffix = 6;  // mkstemp's XXXXXX
    int removed = 0;
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        const bool ours = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
            const std::string prefix = "." + name + ".";
            return file.size() == prefix.size() + kSuffix && file.starts_with(prefix);
        });
        std::error_code file_ec;
        if (!ours || !it->is_regular_file(file_ec) || now - it->last_write_time(file_ec) < min_age || file_ec) continue;
        if (fs::remove(it->path(), file_ec)) ++removed;
    }
    return removed;
}

}  // namespace ta
