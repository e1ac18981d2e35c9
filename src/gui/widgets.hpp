// Small drawing helpers shared by the panels, so every panel looks and spaces things alike.
#pragma once

#include <imgui.h>

#include <array>
#include <string>

namespace ta::gui {

struct Fonts;

inline float Em(float n = 1) { return ImGui::GetFontSize() * n; }  // sizes in font heights

void TextWrapped(const std::string& text);
void TextWrappedColored(const ImVec4& colour, const std::string& text);
void Heading(const Fonts& fonts, const std::string& text);       // a panel section title
void Tooltip(const char* text);                                  // while the last item is hovered
// The next item on this line, or on a new one when `width` more would run past the window's
// content edge: rows of buttons wrap on narrow windows and at large text instead of being cut off.
void SameLineOrWrap(float spacing, float width);
float ButtonWidth(const char* label);
// Where the last item was drawn (x0 y0 x1 y1): the state dump tells the end-to-end tests where to click.
std::array<float, 4> LastItemRect();
bool ToggleButton(const char* label, bool active, const ImVec2& size = ImVec2(0, 0));
// A rounded box around the content drawn between BeginNote and EndNote (warnings, red flags).
void BeginNote(const char* id, const ImVec4& accent);
void EndNote();

}  // namespace ta::gui
