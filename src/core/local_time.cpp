// Formatting the local time (localtime_r: the thread-safe form, as loading runs on workers).
#include "local_time.hpp"

#include <ctime>

namespace ta {

std::string LocalTimeText(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[64];
    return std::strftime(text, sizeof text, format, &local) ? text : "";
}

}  // namespace ta
