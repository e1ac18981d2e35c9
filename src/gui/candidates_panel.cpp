// Candidates panel: safety notes first, then the ranking as the core computed it.
#include "candidates_panel.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "red_flags.hpp"

#include <cstdio>

namespace ta::gui {

namespace {

constexpr size_t kShownCandidates = 12;

std::string CandidateTitle(const App& app, const Candidate& c) {
    const std::string& name = app.db.content.muscles[c.muscle].name;
    if (c.side == CandidateSide::Both) return name + " (both sides)";
    return name + " (" + CandidateSideName(c.side) + ")";
}

void DrawRedFlags(App& app) {
    const auto flags = RedFlagsForRegions(app.db, app.session.MarkedRegions());
    int doctor_flags = 0;
    for (const RelevantRedFlag& relevant : flags) {
        const RedFlag& flag = app.db.content.safety.red_flags[relevant.flag];
        if (!flag.emergency || relevant.regions.empty()) {
            doctor_flags += 1;
            continue;
        }
        // The title and the first sentence (what to do) stay visible; the rest folds away so the
        // candidates are not pushed off screen.
        const auto first_stop = flag.text.find(". ");
        BeginNote(flag.id.c_str(), app.palette.emergency);
        ImGui::PushFont(app.fonts.bold);
        TextWrappedColored(app.palette.emergency, "Emergency: " + flag.title);
        ImGui::PopFont();
        TextWrapped(flag.text.substr(0, first_stop == std::string::npos ? std::string::npos : first_stop + 1));
        if (first_stop != std::string::npos && ImGui::TreeNode("Why, and what else to watch for")) {
            ImGui::PushFont(app.fonts.small);
            TextWrapped(flag.text.substr(first_stop + 2));
            ImGui::PopFont();
            ImGui::TreePop();
        }
        EndNote();
        ImGui::Spacing();
    }
    if (doctor_flags == 0) return;
    const std::string header = "When to see a doctor first (" + std::to_string(doctor_flags) + ")###doctor-flags";
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    for (const RelevantRedFlag& relevant : flags) {
        const RedFlag& flag = app.db.content.safety.red_flags[relevant.flag];
        if (flag.emergency && !relevant.regions.empty()) continue;
        ImGui::PushFont(app.fonts.bold);
        TextWrappedColored(flag.emergency ? app.palette.emergency : app.palette.warning, flag.title);
        ImGui::PopFont();
        ImGui::PushFont(app.fonts.small);
        TextWrapped(flag.text);
        ImGui::PopFont();
        ImGui::Spacing();
    }
}

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
    ImGui::Text("%d.", index + 1);
    ImGui::SameLine(Em(1.6f));
    TextWrapped(CandidateTitle(app, c));
    ImGui::PopFont();
    ImGui::Indent(Em(1.6f));
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, app.palette.score_bar);
    ImGui::ProgressBar(static_cast<float>(c.score / 100), ImVec2(-Em(0.2f), Em(0.45f)), "");
    ImGui::PopStyleColor();
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, c.explanation);
    ImGui::PopFont();
    ImGui::Unindent(Em(1.6f));
    ImGui::EndGroup();
    const ImVec2 end{ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x, ImGui::GetItemRectMax().y};
    dl->ChannelsSetCurrent(0);
    ImGui::SetCursorScreenPos(start);
    if (ImGui::Selectable("##row", app.session.selected_muscle == c.muscle, ImGuiSelectableFlags_AllowItemOverlap, {end.x - start.x, end.y - start.y}))
        app.SelectMuscle(c.muscle);
    if (ImGui::IsItemHovered()) app.session.hovered_candidate = index;
    Tooltip("Its zones show on the body while the mouse is here. Click to read about it and how to treat it.");
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
        if (ImGui::SmallButton(CandidateTitle(app, c).c_str())) app.SelectMuscle(c.muscle);
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
                           "Mark where it hurts on the body. The muscles that can send pain to those spots appear here, "
                           "best match first.");
        return;
    }
    DrawRedFlags(app);
    DrawNerveWarning(app);
    for (size_t i = 0; i < ranking.candidates.size() && i < kShownCandidates; ++i)
        DrawCandidate(app, static_cast<int>(i), ranking.candidates[i]);
    DrawCover(app, ranking);
    DrawUnexplained(app, ranking);
}

}  // namespace ta::gui
