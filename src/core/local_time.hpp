// The local wall-clock time as text, for what a person reads: diary times, dated file names.
#pragma once

#include <string>

namespace ta {

// Now in the local time zone, formatted with strftime's `format` (at most 63 characters out).
std::string LocalTimeText(const char* format);

}  // namespace ta
