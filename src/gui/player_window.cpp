// Laying out the routine player window.
#include "player_window.hpp"

#include "app.hpp"
#include "countdown.hpp"
#include "technique_figure.hpp"
#include "technique_text.hpp"
#include "widgets.hpp"

#include "routine_steps.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace ta::gui {

namespace {

std::string Minutes(double minutes) {
    char text[16];
    std::snprintf(text, sizeof text, minutes < 1 ? "%.0f s" : "%.3g min", minutes < 1 ? minutes * 60 : minutes);
    return text;
}

// One row of the step list: the heading wrapped to the list's width, its time below it.
bool StepRow(App& app, const std::string& heading, const std::string& time, bool current, bool done) {
    ImFont* font = current ? app.fonts.bold : app.fonts.body;
    const float wrap = ImGui::GetContentRegionAvail().x - Em(0.4f);
    const ImVec2 title = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, heading.c_str());
    const float small = app.fonts.small->FontSize;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable("##step", current, 0, {0, title.y + small + Em(0.3f)});
    const ImU32 colour = ImGui::ColorConvertFloat4ToU32(done ? app.palette.text_muted : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText(font, font->FontSize, {min.x + Em(0.2f), min.y + Em(0.1f)}, colour, heading.c_str(), nullptr, wrap);
    dl->AddText(app.fonts.small, small, {min.x + Em(1.4f), min.y + Em(0.1f) + title.y}, ImGui::ColorConvertFloat4ToU32(app.palette.text_muted),
                time.c_str());
    return clicked;
}

// The list of steps: done ones ticked and muted, the current one highlighted; a click jumps there.
void DrawStepList(App& app, const Routine& routine, PlayingRoutine& playing) {
    const int current = playing.player.Finished() ? static_cast<int>(routine.steps.size()) : playing.player.CurrentStep();
    for (size_t i = 0; i < routine.steps.size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string mark = index < current ? "\u2713 " : std::to_string(i + 1) + ". ";
        ImGui::PushID(index);
        if (StepRow(app, mark + ResolveStep(app.db, routine.steps[i]).heading, Minutes(routine.steps[i].minutes), index == current,
                    index < current))
            playing.player.GoToStep(index);
        if (index == current && playing.listed_step != current) {  // follow the player, not every frame
            ImGui::SetScrollHereY(0.3f);
            playing.listed_step = current;
        }
        ImGui::PopID();
    }
}

void DrawControls(App& app, PlayingRoutine& playing) {
    RoutinePlayer& player = playing.player;
    const ImVec2 size{Em(6.5f), Em(2.2f)};
    if (ImGui::Button("\u25C0 Previous", size)) player.PreviousStep();
    ImGui::SameLine();
    const bool waiting = !playing.started || player.Finished();
    const char* toggle = !playing.started ? "Start" : player.Finished() ? "Start again" : player.Paused() ? "Resume" : "Pause";
    if (ToggleButton(toggle, waiting || player.Paused(), size)) {
        if (player.Finished()) {
            player.GoToStep(0);
            playing.logged = false;   // a second time through is logged again
        }
        if (waiting || player.Paused()) player.Resume();
        else player.Pause();
        playing.started = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Next \u25B6", size)) player.NextStep();
    playing.next_button = LastItemRect();
    if (app.countdowns.cue.Unavailable()) {
        ImGui::PushFont(app.fonts.small);
        TextWrappedColored(app.palette.text_muted,
                           "No sound (" + app.countdowns.cue.Problem() + "): the countdown flashes at the end of each hold.");
        ImGui::PopFont();
    }
}

// The current step: heading, countdown and controls, then its picture and instructions.
void DrawCurrentStep(App& app, const Routine& routine, PlayingRoutine& playing) {
    const int index = std::min(playing.player.CurrentStep(), static_cast<int>(routine.steps.size()) - 1);
    const RoutineStep& step = routine.steps[index];
    const ResolvedStep resolved = ResolveStep(app.db, step);
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "Step " + std::to_string(index + 1) + " of " + std::to_string(routine.steps.size()));
    ImGui::PopFont();
    ImGui::PushFont(app.fonts.heading);
    TextWrapped(playing.player.Finished() ? "Routine done" : resolved.heading);
    ImGui::PopFont();
    DrawCountdown(app, playing.player, CountdownSize::Large);
    ImGui::Spacing();
    DrawControls(app, playing);
    ImGui::Separator();
    ImGui::BeginChild("instructions");
    if (resolved.technique) {
        const Technique& t = *resolved.technique;
        DrawFigure(app, t.figure, Em(16));
        if (!step.note.empty()) TextWrapped(step.note);
        if (!resolved.dose.empty()) {
            ImGui::PushFont(app.fonts.bold);
            TextWrapped("This step: " + resolved.dose);
            ImGui::PopFont();
        }
        if (!t.tool.empty()) TextWrappedColored(app.palette.text_muted, "You need: " + t.tool);
        TextWrappedColored(app.palette.text_muted, "Position: " + t.position);
        NumberedSteps(t.steps);
        Cautions(app, t.cautions);
        if (resolved.muscle && ImGui::SmallButton("Open the muscle")) app.SelectMuscle(*resolved.muscle);
    }
    ImGui::EndChild();
}

}  // namespace

void DrawPlayerWindow(App& app) {
    if (!app.countdowns.routine) return;
    PlayingRoutine& playing = *app.countdowns.routine;
    const Routine& routine = app.db.content.routines[playing.routine];
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 size{std::min(viewport->WorkSize.x * 0.92f, Em(58)), std::min(viewport->WorkSize.y * 0.92f, Em(40))};
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    ImGui::SetNextWindowPos({viewport->WorkPos.x + viewport->WorkSize.x / 2, viewport->WorkPos.y + viewport->WorkSize.y / 2},
                            ImGuiCond_Appearing, {0.5f, 0.5f});
    bool open = true;
    if (ImGui::Begin((routine.title + "###routine-player").c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        if (routine.steps.empty()) {
            TextWrapped(routine.intro);
        } else {
            // The intro is read before starting; once the routine runs it folds away to leave room.
            if (!playing.started) TextWrapped(routine.intro);
            else if (ImGui::CollapsingHeader("About this routine")) TextWrapped(routine.intro);
            ImGui::BeginChild("steps", {std::max(Em(13), ImGui::GetContentRegionAvail().x * 0.3f), 0}, true);
            DrawStepList(app, routine, playing);
            ImGui::EndChild();
            ImGui::SameLine();
            ImGui::BeginChild("current");
            DrawCurrentStep(app, routine, playing);
            ImGui::EndChild();
        }
    }
    ImGui::End();
    if (!open) app.CloseRoutine();
}

}  // namespace ta::gui
