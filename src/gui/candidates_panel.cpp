// Candidates panel: safety notes first, then the ranking as the core computed it.
#include "candidates_panel.hpp"

#include "app.hpp"
#include "warning_list.hpp"
#include "widgets.hpp"

#include "presentation.hpp"
#include "warning_signs.hpp"

#include <cstdio>

namespace ta::gui {

namespace {


void DrawNerveWarning(App& app) {
    if (!app.session.AnyNerveQuality()) return;
    BeginNote("nerve", app.palette.warning);
    ImGui::PushFont(app.fonts.bold);
    TextWrappedColored(app.palette.warning, "Burning, tingling or numbness");
    ImGui::PopFont();
    TextWrapped(app.db.content.safety.nerve_warning);
    EndNote();
    ImGui::Spacing();
}

// One row: the name, a score bar, the reason; the whole row hovers and selects. The text goes on
// a channel above the row's highlight, which is only known in size after the text is laid out.
void DrawCandidate(App& app, int index, const Candidate& c) {
    ImGui::PushID(index);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.bold);
    // Two-digit ranks ("10.") need more than one-digit ones; the column fits the widest.
    const float number_x = ImGui::GetCursorPosX(), number_column = ImGui::CalcTextSize("00.").x + Em(0.4f);
    ImGui::Text("%d.", index + 1);
    ImGui::SameLine(number_x + number_column);
    TextWrapped(CandidateTitle(app.db, c));
    ImGui::PopFont();
    ImGui::Indent(number_column);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, app.palette.score_bar);
    ImGui::ProgressBar(static_cast<float>(c.score / 100), ImVec2(-Em(0.2f), Em(0.45f)), "");
    ImGui::PopStyleColor();
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, c.explanation);
    ImGui::PopFont();
    ImGui::Unindent(number_column);
    ImGui::EndGroup();
    const ImVec2 end{ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x, ImGui::GetItemRectMax().y};
    dl->ChannelsSetCurrent(0);
    ImGui::SetCursorScreenPos(start);
    if (ImGui::Selectable("##row", app.session.selected_muscle == c.muscle, ImGuiSelectableFlags_AllowItemOverlap, {end.x - start.x, end.y - start.y}))
        app.SelectMuscle(c.muscle);
    if (ImGui::IsItemHovered()) app.session.hovered_candidate = index;
    dl->ChannelsMerge();
    ImGui::Dummy({0, Em(0.35f)});
    ImGui::PopID();
}

void DrawCover(App& app, const RankResult& ranking) {
    if (ranking.cover.size() < 2) return;
    ImGui::Separator();
    ImGui::PushFont(app.fonts.bold);
    TextWrapped("Fewest muscles that explain all your spots");
    ImGui::PopFont();
    for (int i : ranking.cover) {
        const Candidate& c = ranking.candidates[i];
        if (ImGui::SmallButton(CandidateTitle(app.db, c).c_str())) app.SelectMuscle(c.muscle);
        if (ImGui::IsItemHovered()) app.session.hovered_candidate = i;
    }
}

void DrawUnexplained(App& app, const RankResult& ranking) {
    if (ranking.unexplained_marks.empty()) return;
    std::string names;
    const auto& marks = app.session.ResolvedMarks();
    for (int m : ranking.unexplained_marks) names += (names.empty() ? "" : ", ") + app.db.atlas.regions[marks[m].region].name;
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "No muscle in the atlas refers pain to: " + names + ".");
    ImGui::PopFont();
}

}  // namespace

void DrawCandidatesPanel(App& app) {
    app.session.hovered_candidate.reset();
    ImGui::PushFont(app.fonts.heading);
    ImGui::TextUnformatted("Likely sources");
    ImGui::PopFont();
    const RankResult& ranking = app.session.Ranking();
    if (app.session.Map().marks.empty()) {
        TextWrappedColored(app.palette.text_muted,
                           "Paint or click where it hurts on the body. The muscles that can send pain there appear here, "
                           "best match first.");
        return;
    }
    // Said once here rather than in a tooltip over every row, which hid the reasons.
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "Point at a muscle to see where it sends pain; click it for how to treat it.");
    ImGui::PopFont();
    DrawWarningList(app, WarningLines(app.db, WarningSignsForRegions(app.db, app.session.MarkedRegions())));
    DrawNerveWarning(app);
    for (size_t i = 0; i < ranking.candidates.size() && i < kShownCandidates; ++i)
        DrawCandidate(app, static_cast<int>(i), ranking.candidates[i]);
    DrawCover(app, ranking);
    DrawUnexplained(app, ranking);
}

}  // namespace ta::gui
