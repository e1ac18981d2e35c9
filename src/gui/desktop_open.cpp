// xdg-open through a short-lived /bin/sh that puts it in the background: the shell is reaped at
// once, the viewer belongs to init, and the path reaches xdg-open as "$1", never as shell text.
#include "desktop_open.hpp"

#include <cerrno>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace ta::gui {

bool OpenWithDesktop(const std::filesystem::path& target, std::string& error) {
    const std::string path = target.string();
    const char* argv[] = {"sh", "-c", "xdg-open \"$1\" </dev/null >/dev/null 2>&1 &", "sh", path.c_str(), nullptr};
    pid_t pid = 0;
    const int failed = ::posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ);
    if (failed != 0) {
        error = std::string("cannot start xdg-open: ") + std::strerror(failed);
        return false;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    return true;
}

}  // namespace ta::gui
