// The diary as CSV (RFC 4180), for a spreadsheet or a therapist. The entries, one row each:
//
//   id,taken_at,overall,areas,did,note,pain_map
//   3,2026-11-30T08:15,4,right-low-paraspinal 6 aching; right-groin 3 sharp,low-back-15,Better,<pain-map ...>
//
// "areas" is readable at a glance; "pain_map" carries the whole map (how each area was drawn),
// so reading the file back gives exactly the entries that were written.
//
// What the app logged as done (hold timers, routines) goes in a second file beside it, one row
// each, since it has no pain rating and would leave most of an entry's columns empty:
//
//   time,item
//   2026-11-30T10:05,desk-break-2
#pragma once

#include "diary.hpp"
#include "diary_activity.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta {

std::string DiaryToCsv(const std::vector<DiaryEntry>& entries);
// Nothing, with `error` naming the line, when the text is not a diary export.
std::optional<std::vector<DiaryEntry>> DiaryFromCsv(const std::string& text, std::string& error);

// The activity's rows carry no id: reading them back gives each with id 0, as before it is stored.
std::string ActivityToCsv(const std::vector<DiaryActivity>& activity);
std::optional<std::vector<DiaryActivity>> ActivityFromCsv(const std::string& text, std::string& error);

// Where the activity goes beside an entries export: diary.csv -> diary-activity.csv.
std::filesystem::path ActivityCsvPath(const std::filesystem::path& entries_csv);
// Writes the entries to `entries_csv` and the activity to ActivityCsvPath(entries_csv), each
// file atomically. False with `error` naming the file that could not be written.
bool WriteDiaryCsv(const std::filesystem::path& entries_csv, const std::vector<DiaryEntry>& entries,
                   const std::vector<DiaryActivity>& activity, std::string& error);

}  // namespace ta
