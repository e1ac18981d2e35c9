// Diary entries: checking them and the calendar arithmetic the chart needs.
#include "diary.hpp"

#include "local_time.hpp"
#include "numbers.hpp"

#include <chrono>
#include <cstdio>

namespace ta {

namespace {

std::optional<int> Digits(std::string_view text, size_t at, size_t count) {
    if (text.size() < at + count) return std::nullopt;
    return ParseWholeNumber(text.substr(at, count));
}

}  // namespace

std::optional<int> DayNumber(std::string_view date) {
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    auto y = Digits(date, 0, 4), m = Digits(date, 5, 2), d = Digits(date, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year(*y), std::chrono::month(static_cast<unsigned>(*m)),
                                          std::chrono::day(static_cast<unsigned>(*d))};
    if (!ymd.ok()) return std::nullopt;
    return static_cast<int>(std::chrono::sys_days(ymd).time_since_epoch().count());
}

std::string DateOfDayNumber(int day) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

bool IsDiaryTime(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':' || !DayNumber(text)) return false;
    auto hour = Digits(text, 11, 2), minute = Digits(text, 14, 2);
    return hour && minute && *hour < 24 && *minute < 60;
}

std::string LocalDiaryTime() { return LocalTimeText("%Y-%m-%dT%H:%M"); }

// Spaces, commas, semicolons and quotes are kept out of ids: the CSV's "did" column lists them
// separated by spaces, and the command line takes them one word each.
std::optional<std::string> CheckDiaryItem(const std::string& item) {
    if (item.empty() || item.find_first_of(" \t\n,;\"") != std::string::npos) return "\"" + item + "\" is not a routine or technique id";
    return std::nullopt;
}

std::optional<std::string> CheckDiaryTime(const std::string& text) {
    if (IsDiaryTime(text)) return std::nullopt;
    return "the time \"" + text + "\" must look like 2026-11-30T08:15";
}

std::optional<std::string> CheckDiaryEntry(const DiaryEntry& entry) {
    if (auto problem = CheckDiaryTime(entry.taken_at)) return problem;
    if (entry.overall < 0 || entry.overall > kMaxOverall) return "overall pain must be 0 to 10";
    for (const auto& item : entry.did)
        if (auto problem = CheckDiaryItem(item)) return problem;
    for (const auto& mark : entry.map.marks)
        if (mark.region.empty() || mark.intensity < 1 || mark.intensity > 10) return "every area needs a region and an intensity 1 to 10";
    return PainMapTooLarge(entry.map);
}

}  // namespace ta
