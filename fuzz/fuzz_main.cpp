// The libFuzzer main for every target: TA_FUZZ_ENTRY names the entry point (set by fuzz/CMakeLists.txt).
#include "fuzz_entry_points.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ta::fuzz::TA_FUZZ_ENTRY({reinterpret_cast<const char*>(data), size});
    return 0;
}
