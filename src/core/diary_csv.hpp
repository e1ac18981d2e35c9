// The diary as CSV (RFC 4180), one row per entry, for a spreadsheet or a therapist:
//
//   id,taken_at,overall,areas,did,note,pain_map
//   3,2026-11-30T08:15,4,right-low-paraspinal 6 aching; right-groin 3 sharp,low-back-15,Better,<pain-map ...>
//
// "areas" is readable at a glance; "pain_map" carries the whole map (how each area was drawn),
// so reading the file back gives exactly the entries that were written.
#pragma once

#include "diary.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

std::string DiaryToCsv(const std::vector<DiaryEntry>& entries);
// Nothing, with `error` naming the line, when the text is not a diary export.
std::optional<std::vector<DiaryEntry>> DiaryFromCsv(const std::string& text, std::string& error);

}  // namespace ta
