// The "Check these first" list: one line a warning sign, the details a click away.
#include "warning_list.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "presentation.hpp"

#include <functional>

namespace ta::gui {

namespace {

// One line a warning, red for emergencies; a click opens what it means and what to do. A stroke
// down the spine brings up several warnings, and as boxes they pushed the muscles off screen.
void DrawWarningRow(const std::string& id, const ImVec4& colour, const std::string& line,
                    const std::function<void()>& details) {
    ImGui::PushID(id.c_str());
    bool& open = *ImGui::GetStateStorage()->GetBoolRef(ImGui::GetID("open"), false);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(open ? "\u25BE" : "\u25B8");
    ImGui::SameLine(Em(1.1f));
    TextWrapped(line);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) open = !open;
    if (open) {
        ImGui::Indent(Em(1.1f));
        details();
        ImGui::Unindent(Em(1.1f));
        ImGui::Spacing();
    }
    ImGui::PopID();
}

void DrawWarningDetails(App& app, const WarningLine& w) {
    ImGui::PushFont(app.fonts.bold);
    TextWrapped(w.title);
    ImGui::PopFont();
    TextWrapped(w.text);
}

}  // namespace

void DrawWarningList(App& app, const std::vector<WarningLine>& warnings) {
    if (warnings.empty()) return;
    ImGui::PushFont(app.fonts.bold);
    ImGui::TextUnformatted("Check these first");
    ImGui::PopFont();
    const WarningGroups groups = GroupWarnings(warnings);
    for (const WarningLine& w : groups.specific) {
        const ImVec4 colour = w.urgency == Urgency::Emergency ? app.palette.emergency : app.palette.warning;
        DrawWarningRow(w.id, colour, w.tag + ": " + w.summary, [&] { DrawWarningDetails(app, w); });
    }
    if (!groups.general.empty())
        DrawWarningRow("general", app.palette.warning, GeneralWarningsLine(groups), [&] {
            for (const WarningLine& w : groups.general) DrawWarningDetails(app, w);
        });
    ImGui::Spacing();
}

}  // namespace ta::gui
