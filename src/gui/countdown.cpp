// Drawing the countdown box.
#include "countdown.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include <cmath>
#include <cstdio>

namespace ta::gui {

namespace {

std::string Clock(double seconds) {
    const int whole = static_cast<int>(std::ceil(seconds - 1e-6));
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", whole / 60, whole % 60);
    return text;
}

// The box behind the digits: the accent colour, strong while the flash lasts, faint otherwise.
void DrawBox(App& app, ImVec2 min, ImVec2 max) {
    ImVec4 fill = app.palette.accent;
    fill.w = 0.10f + 0.75f * static_cast<float>(app.countdowns.Flash());
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(fill), Em(0.4f));
}

}  // namespace

void DrawCountdown(App& app, const RoutinePlayer& player, CountdownSize size) {
    const bool large = size == CountdownSize::Large;
    ImFont* digits = large ? app.fonts.countdown : app.fonts.heading;
    const std::string clock = Clock(player.Remaining());
    ImGui::PushFont(digits);
    const ImVec2 text_size = ImGui::CalcTextSize("00:00");
    ImGui::PopFont();
    const ImVec2 padding{Em(0.8f), Em(large ? 0.4f : 0.2f)};
    const ImVec2 box{text_size.x + padding.x * 2, text_size.y + padding.y * 2};
    const ImVec2 min = ImGui::GetCursorScreenPos();
    DrawBox(app, min, {min.x + box.x, min.y + box.y});
    ImGui::PushFont(digits);
    const float width = ImGui::CalcTextSize(clock.c_str()).x;
    ImGui::SetCursorScreenPos({min.x + (box.x - width) / 2, min.y + padding.y});
    ImGui::TextUnformatted(clock.c_str());
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(min);
    ImGui::Dummy(box);
    ImGui::SameLine(0, Em(0.8f));
    ImGui::BeginGroup();
    ImGui::PushFont(large ? app.fonts.heading : app.fonts.bold);
    TextWrapped(player.PhaseText());
    ImGui::PopFont();
    ImGui::ProgressBar(static_cast<float>(player.Fraction()), ImVec2(-Em(0.2f), Em(large ? 0.6f : 0.4f)), "");
    const std::string next = player.Paused() && !player.Finished() ? "Paused" : player.NextText();
    if (!next.empty()) TextWrappedColored(app.palette.text_muted, next);
    ImGui::EndGroup();
}

}  // namespace ta::gui
