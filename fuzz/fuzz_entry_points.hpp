// Entry points shared by the libFuzzer targets and the corpus replay test: each takes raw bytes,
// feeds them to one loader exactly as a file on disk would be, and checks properties that must
// hold for any input (a failed check aborts, which both the fuzzer and the replay test report).
#pragma once

#include <string_view>

namespace ta::fuzz {

// Every content reader (muscles, groups, sources, safety, self-tests, routines) on one file.
void FuzzContentFile(std::string_view bytes);
// ParseSvgPath on the bytes: never more points than the limit, every point finite.
void FuzzSvgPath(std::string_view bytes);
// An atlas view SVG, read against a small fixed set of regions.
void FuzzSvgView(std::string_view bytes);
// A pain map: whatever loads must survive a save and reload unchanged.
void FuzzPainMap(std::string_view bytes);

}  // namespace ta::fuzz
