// Shared helpers: wrapped text, headings, tooltips, toggle buttons, note boxes.
#include "widgets.hpp"

#include "fonts.hpp"

namespace ta::gui {

void TextWrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
}

void TextWrappedColored(const ImVec4& colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    TextWrapped(text);
    ImGui::PopStyleColor();
}

void Heading(const Fonts& fonts, const std::string& text) {
    ImGui::Dummy(ImVec2(0, Em(0.3f)));
    ImGui::PushFont(fonts.bold);
    TextWrapped(text);
    ImGui::PopFont();
}

void Tooltip(const char* text) {
    if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(Em(22));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool ToggleButton(const char* label, bool active, const ImVec2& size) {
    if (active) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button(label, size);
    if (active) ImGui::PopStyleColor(3);
    return pressed;
}

void BeginNote(const char* id, const ImVec4& accent) {
    ImGui::PushID(id);
    ImGui::GetWindowDrawList()->ChannelsSplit(2);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    ImGui::Indent(Em(0.7f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::GetStateStorage()->SetInt(ImGui::GetID("accent"), static_cast<int>(ImGui::ColorConvertFloat4ToU32(accent)));
}

void EndNote() {
    ImGui::PopStyleColor();
    ImGui::Unindent(Em(0.7f));
    ImGui::Dummy(ImVec2(0, Em(0.2f)));
    ImGui::EndGroup();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const auto accent = static_cast<ImU32>(ImGui::GetStateStorage()->GetInt(ImGui::GetID("accent")));
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    max.x = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImVec4 fill = ImGui::ColorConvertU32ToFloat4(accent);
    fill.w = 0.09f;
    dl->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(fill), Em(0.3f));
    dl->AddRectFilled(min, ImVec2(min.x + Em(0.22f), max.y), accent, Em(0.3f), ImDrawFlags_RoundCornersLeft);
    dl->ChannelsMerge();
    ImGui::PopID();
}

void SameLineOrWrap(float spacing, float width) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

float ButtonWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x; }

std::array<float, 4> LastItemRect() {
    return {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y};
}

}  // namespace ta::gui
