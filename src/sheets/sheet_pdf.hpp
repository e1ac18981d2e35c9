// Printable treatment sheets: one or more muscles, a pain map's cover page, a routine, or a diary's
// progress page, written
// as a vector PDF (cairo + pango: wrapped text in any script, embedded font subsets).
#pragma once

#include "database.hpp"
#include "diary.hpp"
#include "diary_activity.hpp"
#include "pain_map.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ta {

enum class Paper { A4, Letter };

struct SheetRequest {
    std::vector<std::string> muscles;   // muscle or group ids
    std::optional<PainMap> pain_map;    // adds a cover page with the marks, ranking and red flags
    std::string routine;                // routine id, printed as one sheet
    Paper paper = Paper::A4;
    std::string date;                   // "2026-11-22"; empty = today
    const std::vector<DiaryEntry>* diary = nullptr;  // adds the progress page, first
    const std::vector<DiaryActivity>* diary_activity = nullptr;  // what the app logged, on the progress page
};

// Writes the PDF atomically. Returns false with `error` set on an unknown id, a bad date, nothing
// to print, or a write failure (the previous file is then untouched).
bool WriteSheetPdf(const Database& db, const SheetRequest& request, const std::filesystem::path& out, std::string& error);

}  // namespace ta
