// Diary benchmark: adding an entry to a diary that holds a year of daily entries (on disk, WAL,
// synchronous writes), and drawing the chart of that year: reading the entries, building the
// chart model, drawing it with cairo (the progress page) and with the ImGui draw list (the app).
// Prints one Markdown row per figure (medians, milliseconds).
#include "chart_drawing.hpp"
#include "chart_view.hpp"

#include "diary_chart.hpp"
#include "diary_store.hpp"

#include <cairo.h>
#include <imgui.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace fs = std::filesystem;
using namespace ta;

namespace {

double MedianMillis(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A day's entry with three areas, a routine every other day.
DiaryEntry DailyEntry(int day) {
    DiaryEntry e;
    e.taken_at = DateOfDayNumber(*DayNumber("2026-01-01") + day) + "T08:00";
    e.overall = 2 + (day * 7) % 7;
    for (const char* region : {"right-low-paraspinal", "right-groin", "right-upper-trapezius"})
        e.map.marks.push_back({"back", ClickStrokes({400.0 + day % 50, 600.0}), region, 1 + (day + e.overall) % 10, PainQuality::Aching});
    if (day % 2 == 0) e.did = {"low-back-15"};
    e.note = "day " + std::to_string(day);
    return e;
}

double CairoChartMillis(const DiaryChart& chart) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1190, 1684);  // A4 at 144 dpi
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, 2, 2);
    PangoContext* pango = pango_cairo_create_context(cr);
    sheets::PageWriter page(cr, pango, Paper::A4, "");
    const double ms = MedianMillis(15, [&] { sheets::DrawDiaryChart(page, chart, {40, 80, 515, 230}); });
    g_object_unref(pango);
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return ms;
}

// One ImGui frame with the chart in a window, up to the finished draw data (no GPU); `vertices`
// says how much was drawn, so a window that drew nothing cannot pass for a fast one.
double ImGuiChartMillis(const DiaryChart& chart, int& vertices) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {1280, 800};
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    const gui::Palette palette{};
    const double ms = MedianMillis(15, [&] {
        ImGui::NewFrame();
        ImGui::SetNextWindowSize({1100, 500});
        ImGui::Begin("chart");
        gui::DrawDiaryChart(chart, 400, palette);
        ImGui::End();
        ImGui::Render();
    });
    vertices = ImGui::GetDrawData()->TotalVtxCount;
    ImGui::DestroyContext();
    return ms;
}

}  // namespace

int main() {
    try {
        const fs::path dir = fs::temp_directory_path() / "trigger-atlas-bench-diary";
        fs::remove_all(dir);
        Diagnostics diagnostics;
        auto store = DiaryStore::Open(dir / "diary.sqlite", diagnostics);
        if (!store) return 1;
        std::string error;
        for (int day = 0; day < 365; ++day) {
            DiaryEntry e = DailyEntry(day);
            if (!store->Add(e, error)) return 1;
        }
        int extra = 365;
        const double add = MedianMillis(31, [&] {
            DiaryEntry e = DailyEntry(extra++);
            store->Add(e, error);
        });
        std::vector<DiaryEntry> year;
        const double read = MedianMillis(15, [&] { year = *store->Entries(error); });
        DiaryChart chart;
        const double model = MedianMillis(15, [&] { chart = BuildDiaryChart(year, nullptr); });
        std::printf("| diary | add one entry (a year already stored, synchronous) | %.2f ms | < 50 ms |\n", add);
        std::printf("| diary | read a year of entries | %.2f ms | |\n", read);
        std::printf("| diary | chart model for a year of daily entries | %.2f ms | |\n", model);
        const double cairo = CairoChartMillis(chart);
        std::printf("| diary | draw the year's chart, cairo (progress page) | %.2f ms | |\n", cairo);
        int vertices = 0;
        const double imgui = ImGuiChartMillis(chart, vertices);
        std::printf("| diary | draw the year's chart, ImGui draw list (app; %d vertices) | %.2f ms | |\n", vertices, imgui);
        std::printf("| diary | read + model + ImGui draw, a year | %.2f ms | < 50 ms |\n", read + model + imgui);
        std::printf("| diary | read + model + cairo draw, a year | %.2f ms | < 50 ms |\n", read + model + cairo);
        fs::remove_all(dir);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_diary: %s\n", e.what());
        return 1;
    }
    return 0;
}
