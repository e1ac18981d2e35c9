// Building the diary chart: days, daily means, treatment days, ticks.
#include "diary_chart.hpp"

#include "numbers.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace ta {

namespace {

// Okabe-Ito hues: told apart with any colour vision, on screen and on paper alike.
constexpr ChartColour kOverallColour{0.13f, 0.13f, 0.13f};
constexpr std::array<ChartColour, 6> kAreaColours = {{{0.90f, 0.62f, 0.00f}, {0.34f, 0.71f, 0.91f}, {0.00f, 0.62f, 0.45f},
                                                      {0.00f, 0.45f, 0.70f}, {0.84f, 0.37f, 0.00f}, {0.80f, 0.47f, 0.65f}}};
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct DayEntries {
    int day = 0;
    std::vector<const DiaryEntry*> entries;
};

std::vector<DayEntries> GroupByDay(const std::vector<DiaryEntry>& entries, int& first_day) {
    std::map<int, std::vector<const DiaryEntry*>> by_day;
    for (const DiaryEntry& e : entries)
        if (auto day = DayNumber(e.taken_at)) by_day[*day].push_back(&e);
    first_day = by_day.empty() ? 0 : by_day.begin()->first;
    std::vector<DayEntries> days;
    for (auto& [day, list] : by_day) days.push_back({day - first_day, std::move(list)});
    return days;
}

// The area's intensity in one entry: the strongest of its marks on that region, 0 if unmarked.
int IntensityIn(const DiaryEntry& entry, const std::string& region) {
    int strongest = 0;
    for (const auto& mark : entry.map.marks)
        if (mark.region == region) strongest = std::max(strongest, mark.intensity);
    return strongest;
}

template <typename Value>
ChartSeries DailyMeans(const std::vector<DayEntries>& days, std::string label, ChartColour colour, Value value) {
    ChartSeries series{std::move(label), colour, false, {}};
    for (const DayEntries& d : days) {
        double sum = 0;
        for (const DiaryEntry* e : d.entries) sum += value(*e);
        series.points.push_back({d.day, sum / static_cast<double>(d.entries.size())});
    }
    return series;
}

// Regions ordered by their peak intensity, then by how often they were marked.
std::vector<std::string> AreasWorstFirst(const std::vector<DiaryEntry>& entries) {
    std::map<std::string, std::pair<int, int>> peak_and_count;
    for (const DiaryEntry& e : entries)
        for (const auto& mark : e.map.marks) {
            auto& [peak, count] = peak_and_count[mark.region];
            peak = std::max(peak, mark.intensity);
            ++count;
        }
    std::vector<std::string> regions;
    for (const auto& [region, stats] : peak_and_count) regions.push_back(region);
    std::stable_sort(regions.begin(), regions.end(), [&](const std::string& a, const std::string& b) {
        return peak_and_count[a] > peak_and_count[b];
    });
    return regions;
}

std::string AreaLabel(const Database* db, const std::string& region) {
    if (!db) return region;
    auto index = db->atlas.ResolveRegion(region);
    return index ? db->atlas.regions[*index].name : region;
}

// About eight ticks whatever the span: every day, every 2, 3 days, weekly, fortnightly, ...
std::vector<ChartTick> DayTicks(int first_day, int days) {
    constexpr std::array<int, 9> kSteps = {1, 2, 3, 7, 14, 28, 56, 91, 182};
    int step = kSteps.back();
    for (int s : kSteps)
        if (days <= s * 8) {
            step = s;
            break;
        }
    std::vector<ChartTick> ticks;
    for (int day = 0; day < days; day += step) {
        const std::string text = DateOfDayNumber(first_day + day);
        const std::string_view date = text;  // YYYY-MM-DD
        const int month = std::clamp(ParseWholeNumber(date.substr(5, 2)).value_or(1), 1, 12);
        ticks.push_back({day, std::to_string(ParseWholeNumber(date.substr(8, 2)).value_or(1)) + " " + kMonths[static_cast<size_t>(month - 1)]});
    }
    return ticks;
}

}  // namespace

DiaryChart BuildDiaryChart(const std::vector<DiaryEntry>& entries, const Database* db, size_t max_areas) {
    DiaryChart chart;
    const std::vector<DayEntries> days = GroupByDay(entries, chart.first_day);
    chart.days = days.empty() ? 1 : days.back().day + 1;
    for (int v = 0; v <= kMaxOverall; v += 2) chart.y_ticks.push_back(v);
    chart.x_ticks = DayTicks(chart.first_day, chart.days);
    chart.y_label = "pain 0\u201310";
    chart.treatment_label = "a day something was done";

    chart.series.push_back(DailyMeans(days, "Overall", kOverallColour, [](const DiaryEntry& e) { return e.overall; }));
    chart.series.back().overall = true;
    const std::vector<std::string> areas = AreasWorstFirst(entries);
    for (size_t i = 0; i < areas.size() && i < max_areas; ++i)
        chart.series.push_back(DailyMeans(days, AreaLabel(db, areas[i]), kAreaColours[i % kAreaColours.size()],
                                          [&](const DiaryEntry& e) { return IntensityIn(e, areas[i]); }));
    if (areas.size() > max_areas) {
        const size_t hidden = areas.size() - max_areas;
        chart.more_areas = std::to_string(hidden) + (hidden == 1 ? " more area" : " more areas") + " not drawn";
    }
    for (int day : TreatmentDays(entries, {})) chart.treatment_days.push_back(day - chart.first_day);
    return chart;
}

void MarkActivityDays(DiaryChart& chart, const std::vector<DiaryActivity>& activity) {
    std::vector<int> days = chart.treatment_days;
    for (int day : TreatmentDays({}, activity))
        if (day >= chart.first_day && day < chart.first_day + chart.days) days.push_back(day - chart.first_day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    chart.treatment_days = std::move(days);
}

}  // namespace ta
