// The chart model: one value per day (the day's mean), gaps on days without entries, treatment
// days, the worst areas first, and ticks that stay few over a year.
#include "diary_chart.hpp"
#include "diary_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace ta;

TEST_CASE("the chart has one mean value per day and breaks on days without entries") {
    std::vector<DiaryEntry> entries = {test::DayEntry(0, 6), test::DayEntry(0, 4), test::DayEntry(3, 2)};
    entries[1].taken_at[11] = '2';  // the same day, 20:00
    entries[1].map.marks.pop_back();  // no groin pain that evening: it counts as 0
    entries[2].did = {"low-back-15"};
    const DiaryChart chart = BuildDiaryChart(entries, nullptr);
    CHECK(chart.days == 4);
    CHECK(chart.first_day == *DayNumber("2026-11-01"));
    REQUIRE(chart.series.size() == 3);
    CHECK(chart.series[0].overall);
    CHECK(chart.series[0].label == "Overall");
    CHECK(chart.series[0].points.size() == 2);
    CHECK(chart.series[0].points[0].value == Approx(5));
    CHECK(chart.series[0].points[1].day == 3);
    CHECK(chart.series[1].label == "right-low-paraspinal");  // the worst area first
    CHECK(chart.series[2].points[0].value == Approx((5 + 0) / 2.0));
    CHECK(chart.treatment_days == std::vector<int>{3});
    CHECK(chart.y_ticks == std::vector<int>{0, 2, 4, 6, 8, 10});
}

TEST_CASE("the chart draws the worst areas and says how many more there are") {
    DiaryEntry entry = test::DayEntry(0, 5);
    for (const char* region : {"left-groin", "sacrum", "right-mid-temple", "left-mid-temple", "right-upper-trapezius"})
        entry.map.marks.push_back({"", {}, region, 2, PainQuality::Aching});
    const DiaryChart chart = BuildDiaryChart({entry}, nullptr, 4);
    CHECK(chart.series.size() == 5);
    CHECK(chart.more_areas == "3 more areas not drawn");
    CHECK(chart.days == 1);
}

TEST_CASE("a year of entries keeps about eight day ticks") {
    const DiaryChart chart = BuildDiaryChart(test::EasingDiary(365), nullptr);
    CHECK(chart.days == 365);
    CHECK(chart.x_ticks.size() <= 8);
    CHECK(chart.x_ticks.front().label == "1 Nov");
    CHECK(chart.treatment_days.size() == 183);
    CHECK_FALSE(chart.DotsShown());  // 365 dots a line would run together
    CHECK(BuildDiaryChart(test::EasingDiary(14), nullptr).DotsShown());
    CHECK(BuildDiaryChart(test::EasingDiary(14), nullptr).x_ticks.size() == 7);
    CHECK(BuildDiaryChart({}, nullptr).series.front().points.empty());
}
