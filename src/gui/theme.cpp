// Theme colours and spacing.
#include "theme.hpp"

namespace ta::gui {

namespace {

ImVec4 Rgb(int hex, float alpha = 1) {
    return ImVec4(static_cast<float>((hex >> 16) & 0xff) / 255.f, static_cast<float>((hex >> 8) & 0xff) / 255.f,
                  static_cast<float>(hex & 0xff) / 255.f, alpha);
}
ImU32 Col(int hex, float alpha = 1) { return ImGui::ColorConvertFloat4ToU32(Rgb(hex, alpha)); }

void SetSpacing(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.ItemInnerSpacing = ImVec2(6, 5);
    style.IndentSpacing = 18;
    style.ScrollbarSize = 12;
    style.WindowRounding = 6;
    style.ChildRounding = 6;
    style.FrameRounding = 5;
    style.PopupRounding = 6;
    style.GrabRounding = 5;
    style.TabRounding = 5;
    style.ScrollbarRounding = 6;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 0;
    style.ScaleAllSizes(scale);
}

void LightColours(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = Rgb(0x2b2622);
    c[ImGuiCol_TextDisabled] = Rgb(0x8c8178);
    c[ImGuiCol_WindowBg] = Rgb(0xfbf8f3);
    c[ImGuiCol_ChildBg] = Rgb(0xfbf8f3, 0);
    c[ImGuiCol_PopupBg] = Rgb(0xfffdf9);
    c[ImGuiCol_MenuBarBg] = Rgb(0xf1ebe2);
    c[ImGuiCol_Border] = Rgb(0xe2d8cb);
    c[ImGuiCol_FrameBg] = Rgb(0xefe8de);
    c[ImGuiCol_FrameBgHovered] = Rgb(0xe7dccd);
    c[ImGuiCol_FrameBgActive] = Rgb(0xdfd1bf);
    c[ImGuiCol_Button] = Rgb(0xece3d6);
    c[ImGuiCol_ButtonHovered] = Rgb(0xe0d2bf);
    c[ImGuiCol_ButtonActive] = Rgb(0xd4c2ab);
    c[ImGuiCol_Header] = Rgb(0xf0e4d3);
    c[ImGuiCol_HeaderHovered] = Rgb(0xe8d8c2);
    c[ImGuiCol_HeaderActive] = Rgb(0xdfcbb0);
    c[ImGuiCol_Tab] = Rgb(0xece3d6);
    c[ImGuiCol_TabHovered] = Rgb(0xe0d2bf);
    c[ImGuiCol_TabActive] = Rgb(0xb5473f);
    c[ImGuiCol_CheckMark] = Rgb(0xb5473f);
    c[ImGuiCol_SliderGrab] = Rgb(0xb5473f);
    c[ImGuiCol_SliderGrabActive] = Rgb(0x8f3029);
    c[ImGuiCol_PlotHistogram] = Rgb(0xc0564c);
    c[ImGuiCol_Separator] = Rgb(0xe2d8cb);
    c[ImGuiCol_TitleBg] = Rgb(0xf1ebe2);
    c[ImGuiCol_TitleBgActive] = Rgb(0xe9e0d3);
    c[ImGuiCol_ModalWindowDimBg] = Rgb(0x2b2622, 0.45f);
    c[ImGuiCol_NavHighlight] = Rgb(0xb5473f);
}

void DarkColours(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = Rgb(0xe9e4dc);
    c[ImGuiCol_TextDisabled] = Rgb(0x968d83);
    c[ImGuiCol_WindowBg] = Rgb(0x1f2124);
    c[ImGuiCol_ChildBg] = Rgb(0x1f2124, 0);
    c[ImGuiCol_PopupBg] = Rgb(0x26292d);
    c[ImGuiCol_MenuBarBg] = Rgb(0x26292d);
    c[ImGuiCol_Border] = Rgb(0x3a3e44);
    c[ImGuiCol_FrameBg] = Rgb(0x2e3237);
    c[ImGuiCol_FrameBgHovered] = Rgb(0x383d43);
    c[ImGuiCol_FrameBgActive] = Rgb(0x43484f);
    c[ImGuiCol_Button] = Rgb(0x33373c);
    c[ImGuiCol_ButtonHovered] = Rgb(0x41464d);
    c[ImGuiCol_ButtonActive] = Rgb(0x4c525a);
    c[ImGuiCol_Header] = Rgb(0x3a3630);
    c[ImGuiCol_HeaderHovered] = Rgb(0x4a433a);
    c[ImGuiCol_HeaderActive] = Rgb(0x574e43);
    c[ImGuiCol_Tab] = Rgb(0x33373c);
    c[ImGuiCol_TabHovered] = Rgb(0x41464d);
    c[ImGuiCol_TabActive] = Rgb(0xc0564c);
    c[ImGuiCol_CheckMark] = Rgb(0xe0786e);
    c[ImGuiCol_SliderGrab] = Rgb(0xd0645a);
    c[ImGuiCol_SliderGrabActive] = Rgb(0xe0786e);
    c[ImGuiCol_PlotHistogram] = Rgb(0xd0645a);
    c[ImGuiCol_Separator] = Rgb(0x3a3e44);
    c[ImGuiCol_NavHighlight] = Rgb(0xe0786e);
}

}  // namespace

Palette ApplyTheme(bool dark, float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    SetSpacing(style, scale);
    if (dark) DarkColours(style);
    else LightColours(style);
    Palette p;
    p.paper = dark ? Col(0x181a1d) : Col(0xf4efe6);
    p.skin = dark ? Col(0x6e5e51) : Col(0xf2dfcb);
    p.skin_outline = dark ? Col(0xc9b5a1) : Col(0x8a6e5a);
    p.region_hover = dark ? Col(0xffffff, 0.16f) : Col(0xc48a5a, 0.22f);
    p.region_marked = dark ? Col(0xe06a5f, 0.30f) : Col(0xd9574c, 0.22f);
    p.landmark = dark ? Col(0xd8c6b4, 0.35f) : Col(0xa88b74, 0.55f);
    p.mark = dark ? Col(0xf07a6e) : Col(0xb3262e);
    p.mark_ring = dark ? Col(0x181a1d) : Col(0xffffff);
    p.essential = dark ? Col(0xe0564a, 0.62f) : Col(0xd63c32, 0.58f);
    p.spillover = dark ? Col(0xf0897e) : Col(0xc8342b);
    p.trigger_point = dark ? Col(0xfff1c7) : Col(0x5c1414);
    p.muscle_outline = dark ? Col(0xb7a4e8) : Col(0x5b3a8e);
    p.label = dark ? Col(0xe9e4dc) : Col(0x2b2622);
    p.text_muted = dark ? Rgb(0xaaa196) : Rgb(0x74695f);
    p.warning = dark ? Rgb(0xf0b45a) : Rgb(0x9a5b00);
    p.emergency = dark ? Rgb(0xff7b70) : Rgb(0xa3161c);
    p.accent = dark ? Rgb(0xe0786e) : Rgb(0xb5473f);
    p.score_bar = dark ? Rgb(0xd0645a) : Rgb(0xc0564c);
    return p;
}

}  // namespace ta::gui
