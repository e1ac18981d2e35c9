// Drawing the diary chart with ImGui's draw list: legend first (as on paper), then the plot box
// with the pain scale, treatment days as light bands, and one polyline per run of days.
#include "chart_view.hpp"

#include "widgets.hpp"

#include <string>

namespace ta::gui {

namespace {

ImU32 ColourOf(const ChartSeries& s) {
    // The overall line is "ink": the text colour of the theme, so it reads on dark and light alike.
    if (s.overall) return ImGui::GetColorU32(ImGuiCol_Text);
    return ImGui::GetColorU32(ImVec4(s.colour.r, s.colour.g, s.colour.b, 1));
}

const ImVec4 kTreatment{0.30f, 0.65f, 0.35f, 1};  // the progress page's green

void DrawLegend(const DiaryChart& chart, const Palette& palette) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto item = [&](ImU32 colour, bool band, const std::string& words) {
        const float width = Em(1.2f) + ImGui::CalcTextSize(words.c_str()).x + Em(0.8f);
        if (ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float mid = at.y + ImGui::GetTextLineHeight() / 2;
        if (band) draw->AddRectFilled({at.x, mid - Em(0.3f)}, {at.x + Em(0.9f), mid + Em(0.3f)}, colour);
        else draw->AddLine({at.x, mid}, {at.x + Em(0.9f), mid}, colour, Em(0.15f));
        ImGui::SetCursorScreenPos({at.x + Em(1.2f), at.y});
        ImGui::TextUnformatted(words.c_str());
        ImGui::SameLine(0, Em(0.8f));
    };
    for (const ChartSeries& s : chart.series) item(ColourOf(s), false, s.label);
    item(ImGui::GetColorU32(kTreatment), true, chart.treatment_label);
    if (!chart.more_areas.empty()) item(ImGui::GetColorU32(palette.text_muted), false, chart.more_areas);
    ImGui::NewLine();
}

void DrawAxes(const DiaryChart& chart, ImVec2 min, ImVec2 max, const Palette& palette) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 rule = ImGui::GetColorU32(ImGuiCol_Separator), muted = ImGui::GetColorU32(palette.text_muted);
    for (int value : chart.y_ticks) {
        const float y = static_cast<float>(chart.Y(value, min.y, max.y - min.y));
        draw->AddLine({min.x, y}, {max.x, y}, rule, value == 0 ? 1.5f : 1.0f);
        const std::string label = std::to_string(value);
        draw->AddText({min.x - ImGui::CalcTextSize(label.c_str()).x - Em(0.3f), y - ImGui::GetTextLineHeight() / 2}, muted, label.c_str());
    }
    for (const ChartTick& tick : chart.x_ticks) {
        const float x = static_cast<float>(chart.X(tick.day, min.x, max.x - min.x));
        draw->AddText({x - ImGui::CalcTextSize(tick.label.c_str()).x / 2, max.y + Em(0.2f)}, muted, tick.label.c_str());
    }
}

void DrawTreatmentDays(const DiaryChart& chart, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float day_width = (max.x - min.x) / static_cast<float>(chart.days);
    const ImU32 band = ImGui::GetColorU32(ImVec4(kTreatment.x, kTreatment.y, kTreatment.z, 0.18f));
    const ImU32 tick = ImGui::GetColorU32(kTreatment);
    for (int day : chart.treatment_days) {
        const float x = min.x + static_cast<float>(day) * day_width;
        draw->AddRectFilled({x, min.y}, {x + day_width, max.y}, band);
        draw->AddRectFilled({x, max.y - Em(0.25f)}, {x + day_width, max.y}, tick);
    }
}

// One polyline per run of consecutive days; a lone day is a dot.
void DrawSeries(const DiaryChart& chart, const ChartSeries& s, ImVec2 min, ImVec2 max, ImU32 colour) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float thickness = s.overall ? Em(0.16f) : Em(0.09f);
    std::vector<ImVec2> run;
    auto flush = [&] {
        if (run.size() > 1) draw->AddPolyline(run.data(), static_cast<int>(run.size()), colour, ImDrawFlags_None, thickness);
        if (run.size() == 1 || chart.DotsShown())
            for (const ImVec2& p : run) draw->AddCircleFilled(p, thickness * 1.4f, colour, 8);
        run.clear();
    };
    for (size_t i = 0; i < s.points.size(); ++i) {
        if (i > 0 && s.points[i - 1].day != s.points[i].day - 1) flush();
        run.push_back({static_cast<float>(chart.X(s.points[i].day, min.x, max.x - min.x)),
                       static_cast<float>(chart.Y(s.points[i].value, min.y, max.y - min.y))});
    }
    flush();
}

}  // namespace

void DrawDiaryChart(const DiaryChart& chart, float height, const Palette& palette) {
    DrawLegend(chart, palette);
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 min{top_left.x + Em(1.6f), top_left.y + Em(0.5f)};
    const ImVec2 max{top_left.x + width - Em(0.8f), top_left.y + height - Em(1.4f)};
    if (max.x > min.x && max.y > min.y) {
        DrawTreatmentDays(chart, min, max);
        DrawAxes(chart, min, max, palette);
        for (auto s = chart.series.rbegin(); s != chart.series.rend(); ++s) DrawSeries(chart, *s, min, max, ColourOf(*s));
    }
    ImGui::Dummy({width, height});
}

}  // namespace ta::gui
