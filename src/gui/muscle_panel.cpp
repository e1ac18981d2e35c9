// Muscle panel and guides: presentation of content/ texts, nothing decided here.
#include "muscle_panel.hpp"

#include "app.hpp"
#include "countdown.hpp"
#include "technique_figure.hpp"
#include "technique_text.hpp"
#include "widgets.hpp"

#include "muscle_label.hpp"
#include "presentation.hpp"
#include "point_labels.hpp"
#include "related_muscles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ta::gui {

namespace {

const char* KindTitle(TechniqueKind kind) {
    switch (kind) {
    case TechniqueKind::Massage: return "Massage";
    case TechniqueKind::Stretch: return "Stretch";
    case TechniqueKind::SelfTest: return "Check";
    case TechniqueKind::Movement: return "Movement";
    case TechniqueKind::Strength: return "Strength";
    }
    return "";
}

void Bullets(const std::vector<std::string>& items) {
    for (const std::string& item : items) {
        ImGui::Bullet();
        TextWrapped(item);
    }
}

// The hold button, or the hold's countdown right where it was started.
void DrawHold(App& app, const Muscle& muscle, const Technique& t) {
    const std::string owner = muscle.id + "." + t.id;   // the diary's id, logged when the hold runs out
    auto& hold = app.countdowns.hold;
    if (hold && hold->owner == owner) {
        DrawCountdown(app, hold->player, CountdownSize::Compact);
        if (ImGui::Button(hold->player.Finished() ? "Close timer" : "Stop")) hold.reset();
        return;
    }
    const std::string label = "Start a " + std::to_string(*t.dose.hold_seconds) + " s hold timer";
    if (ImGui::Button(label.c_str())) app.StartHold(owner, muscle.name + ": " + t.title, *t.dose.hold_seconds);
}

void DrawTechnique(App& app, const Muscle& muscle, const Technique& t, bool open) {
    const std::string header = std::string(KindTitle(t.kind)) + ": " + t.title + "###" + t.id;
    ImGui::PushFont(app.fonts.bold);
    const bool shown = ImGui::CollapsingHeader(header.c_str(), open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ImGui::PopFont();
    if (!shown) return;
    ImGui::PushID(t.id.c_str());
    ImGui::Indent(Em(0.5f));
    DrawFigure(app, t.figure, Em(16));
    if (!t.tool.empty()) TextWrappedColored(app.palette.text_muted, std::string(kToolLabel) + ": " + t.tool);
    if (!t.position.empty()) TextWrappedColored(app.palette.text_muted, "Position: " + t.position);
    NumberedSteps(t.steps);
    const std::string dose = t.dose.Describe();
    if (!dose.empty()) {
        ImGui::PushFont(app.fonts.bold);
        TextWrapped("Dose: " + dose);
        ImGui::PopFont();
    }
    if (t.dose.hold_seconds) DrawHold(app, muscle, t);
    Cautions(app, t.cautions);
    ImGui::Unindent(Em(0.5f));
    ImGui::Spacing();
    ImGui::PopID();
}

void DrawTechniques(App& app, const Muscle& m) {
    if (app.scroll_to_treatment) {
        ImGui::SetScrollHereY(0);
        app.scroll_to_treatment = false;
    }
    Heading(app.fonts, "How to treat it yourself");
    bool first_of_kind[5] = {true, true, true, true, true};  // one per TechniqueKind
    for (const Technique& t : m.techniques) {
        const auto kind = static_cast<size_t>(t.kind);
        DrawTechnique(app, m, t, first_of_kind[kind] && t.kind != TechniqueKind::SelfTest);
        first_of_kind[kind] = false;
    }
    for (const NotAtHome& n : m.not_at_home)
        TextWrappedColored(app.palette.text_muted, std::string("Not at home (") + TechniqueKindName(n.kind) + "): " + n.reason);
}

void DrawGuidesFor(App& app, int muscle) {
    const MuscleGuides guides = GuidesFor(app.db, muscle);
    if (guides.self_tests.empty() && guides.routines.empty()) return;
    Heading(app.fonts, "Self-tests and routines");
    for (int i : guides.self_tests)
        if (ImGui::Button(("Self-test: " + app.db.content.self_tests[i].title + "##test" + std::to_string(i)).c_str())) app.open_self_test = i;
    for (int i : guides.routines)
        if (ImGui::Button(("Routine: " + app.db.content.routines[i].title + "##routine" + std::to_string(i)).c_str())) app.OpenRoutine(i);
}

void DrawRelated(App& app, int muscle) {
    const auto related = RelatedMuscles(app.db, muscle, 8);
    if (related.empty()) return;
    Heading(app.fonts, "Related muscles");
    float line_width = 0;
    for (int other : related) {
        const std::string& name = app.db.content.muscles[other].name;
        const float width = ImGui::CalcTextSize(name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (line_width > 0 && line_width + width < ImGui::GetContentRegionAvail().x) ImGui::SameLine(0, Em(0.3f));
        else line_width = 0;
        line_width += width + Em(0.3f);
        if (ImGui::Button((name + "##related").c_str())) {
            app.SelectMuscle(other);
            return;
        }
    }
}

void DrawSources(App& app, const Muscle& m) {
    if (!ImGui::CollapsingHeader("Sources")) return;
    ImGui::PushFont(app.fonts.small);
    for (const Citation& c : m.sources)
        for (const Reference& r : app.db.content.references)
            if (r.id == c.reference) TextWrappedColored(app.palette.text_muted, r.text + (c.chapter.empty() ? "" : ", " + c.chapter));
    ImGui::PopFont();
}

void DrawHeader(App& app, int muscle) {
    const Muscle& m = app.db.content.muscles[muscle];
    ImGui::PushFont(app.fonts.heading);
    TextWrapped(MuscleHeading(app.db, muscle));
    ImGui::PopFont();
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, m.anatomical_name);
    ImGui::PopFont();
    if (ToggleButton("How to treat it", true)) app.scroll_to_treatment = true;
    Tooltip("Jump to the stretches and massage for this muscle");
    SameLineOrWrap(Em(0.3f), ButtonWidth("Export sheet\u2026"));
    if (ImGui::Button("Export sheet\u2026")) app.AskExport();
    Tooltip("Save a printable PDF with this muscle, its techniques and your pain map (Ctrl+P)");
    SameLineOrWrap(Em(0.3f), ButtonWidth("Close"));
    if (ImGui::Button("Close")) app.session.selected_muscle.reset();
    ImGui::Spacing();
}

void DrawGuideSteps(App& app, const SelfTest& test) {
    DrawFigure(app, test.figure, Em(16));
    if (!test.position.empty()) TextWrappedColored(app.palette.text_muted, "Position: " + test.position);
    NumberedSteps(test.steps);
    if (!test.result.empty()) {
        Heading(app.fonts, "What it tells you");
        TextWrapped(test.result);
    }
    Cautions(app, test.cautions);
}

}  // namespace

void DrawMusclePanel(App& app) {
    if (!app.session.selected_muscle) {
        ImGui::PushFont(app.fonts.heading);
        ImGui::TextUnformatted("Muscle");
        ImGui::PopFont();
        TextWrappedColored(app.palette.text_muted,
                           "Choose a muscle from the list of likely sources, or search by name (Ctrl+F), "
                           "to see its trigger points, how to stretch and massage it, and what to watch for.");
        return;
    }
    const int index = *app.session.selected_muscle;
    const Muscle& m = app.db.content.muscles[index];
    DrawHeader(app, index);
    Heading(app.fonts, "Where it is");
    TextWrapped(m.location);
    Heading(app.fonts, "Trigger points");
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "Marked \u2715 on the body, numbered as here. Solid colour: where they usually send pain; dots: where they sometimes do.");
    ImGui::PopFont();
    for (size_t i = 0; i < m.trigger_points.size(); ++i) {
        ImGui::Text("%d.", TriggerPointNumber(static_cast<int>(i)));
        ImGui::SameLine(Em(1.8f));
        TextWrapped(m.trigger_points[i].find);
    }
    Heading(app.fonts, "What you may notice");
    Bullets(m.symptoms);
    Heading(app.fonts, "What starts or keeps it going");
    Bullets(m.causes);
    DrawTechniques(app, m);
    DrawGuidesFor(app, index);
    DrawRelated(app, index);
    DrawSources(app, m);
}

void DrawGuideWindows(App& app) {
    const ImVec2 size{Em(30), Em(32)};
    if (app.open_self_test) {
        const SelfTest& test = app.db.content.self_tests[*app.open_self_test];
        bool open = true;
        ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
        if (ImGui::Begin(("Self-test: " + test.title + "###self-test").c_str(), &open)) DrawGuideSteps(app, test);
        ImGui::End();
        if (!open) app.open_self_test.reset();
    }
}

}  // namespace ta::gui
