// Marks list: edits go through the Session so each one is an undo step.
#include "marks_panel.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cctype>

namespace ta::gui {

namespace {

void DrawEditButtons(App& app) {
    Session& s = app.session;
    ImGui::BeginDisabled(!s.CanUndo());
    if (ImGui::Button("Undo")) s.Undo();
    ImGui::EndDisabled();
    Tooltip("Undo the last change to the marks (Ctrl+Z)");
    ImGui::SameLine(0, Em(0.25f));
    ImGui::BeginDisabled(!s.CanRedo());
    if (ImGui::Button("Redo")) s.Redo();
    ImGui::EndDisabled();
    Tooltip("Redo (Ctrl+Y or Ctrl+Shift+Z)");
    ImGui::SameLine(0, Em(0.25f));
    ImGui::BeginDisabled(s.Map().marks.empty());
    if (ImGui::Button("Clear all")) s.ClearMarks();
    ImGui::EndDisabled();
    Tooltip("Remove every mark (undo brings them back)");
}

// The intensity slider gives up width before the quality drop-down cuts off a name ("tingling"
// at 200% text in a narrow column); it keeps at least the width of its own label.
float IntensitySliderWidth(float spacing) {
    float longest = 0;
    for (PainQuality q : kPainQualities) longest = std::max(longest, ImGui::CalcTextSize(PainQualityName(q)).x);
    const float padding = 2 * ImGui::GetStyle().FramePadding.x;
    const float quality = longest + padding + ImGui::GetFrameHeight();
    const float remove = ImGui::GetFrameHeight() + padding;
    const float smallest = ImGui::CalcTextSize("intensity 10").x + padding;
    return std::clamp(ImGui::GetContentRegionAvail().x - quality - remove - 2 * spacing, smallest, Em(9));
}

// Returns false when the mark was removed (the list changed under the loop).
bool DrawMark(App& app, size_t index) {
    Session& s = app.session;
    const PainMapMark mark = s.Map().marks[index];
    ImGui::PushID(static_cast<int>(index));
    // One row an area, named by the regions it covers; clicking the name selects it.
    std::string name = s.MarkName(index);
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (mark.Drawn() && mark.strokes.size() > 1) name += "  (" + std::to_string(mark.strokes.size()) + " strokes)";
    if (ImGui::Selectable(name.c_str(), s.selected_mark == index)) {
        s.selected_mark = index;
        if (auto view = app.db.atlas.FindView(mark.view)) s.view = *view;
    }
    Tooltip(name.c_str());
    int intensity = mark.intensity;
    const float spacing = Em(0.25f);
    ImGui::SetNextItemWidth(IntensitySliderWidth(spacing));
    if (ImGui::SliderInt("##intensity", &intensity, 1, 10, "intensity %d") && intensity != mark.intensity) s.SetMarkIntensity(index, intensity);
    Tooltip("Intensity, 1 to 10");
    ImGui::SameLine(0, spacing);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - spacing);
    if (ImGui::BeginCombo("##quality", PainQualityName(mark.quality))) {
        for (PainQuality q : kPainQualities)
            if (ImGui::Selectable(PainQualityName(q), q == mark.quality) && q != mark.quality) s.SetMarkQuality(index, q);
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, spacing);
    const bool removed = ImGui::Button("\u2715");
    Tooltip("Remove this spot or area");
    ImGui::PopID();
    if (removed) s.RemoveMark(index);
    return !removed;
}

}  // namespace

void DrawMarksPanel(App& app) {
    ImGui::PushFont(app.fonts.bold);
    ImGui::AlignTextToFramePadding();
    const size_t count = app.session.Map().marks.size();
    const std::string title = "Where it hurts (" + std::to_string(count) + ")";
    ImGui::TextUnformatted(title.c_str());
    const float title_width = ImGui::CalcTextSize(title.c_str()).x;
    ImGui::PopFont();
    // The buttons sit right of the title when both fit, else on a line of their own.
    const float pad = 2 * ImGui::GetStyle().FramePadding.x;
    const float buttons = ImGui::CalcTextSize("UndoRedoClear all").x + 3 * pad + 2 * Em(0.25f);
    if (title_width + ImGui::GetStyle().ItemSpacing.x + buttons <= ImGui::GetContentRegionAvail().x)
        ImGui::SameLine(ImGui::GetContentRegionMax().x - buttons);
    DrawEditButtons(app);
    // At most about four areas in view; more scroll.
    const float row = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFrameHeightWithSpacing();
    const float height = std::min(static_cast<float>(count), 4.3f) * row;
    ImGui::BeginChild("marks", {0, height}, false);
    for (size_t i = 0; i < app.session.Map().marks.size(); ++i)
        if (!DrawMark(app, i)) break;
    ImGui::EndChild();
}

}  // namespace ta::gui
