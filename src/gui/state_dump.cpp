// State dump for tests: plain facts about the UI, in window pixels and atlas units.
#include "state_dump.hpp"

#include "app.hpp"

#include "atomic_file.hpp"
#include "presentation.hpp"
#include "warning_signs.hpp"

#include <cstdio>

namespace ta::gui {

namespace {

using nlohmann::json;

json RegionsOnScreen(App& app) {
    json regions = json::object();
    const View& view = app.db.atlas.views[app.session.view];
    for (const RegionShape& region : view.regions) {
        const std::string& id = app.db.atlas.regions[region.region].id;
        if (regions.contains(id)) continue;
        const AtlasPoint inside = InteriorPoint(region.shape);
        const ScreenPixel screen = ViewToScreen(app.canvas.transform.AtlasToView(inside), {app.canvas.top_left.x, app.canvas.top_left.y});
        regions[id] = {{"atlas", {inside.x, inside.y}}, {"screen", {screen.x, screen.y}}};
    }
    return regions;
}

json Marks(const App& app) {
    json marks = json::array();
    for (const PainMapMark& m : app.session.Map().marks)
        marks.push_back({{"region", m.region}, {"view", m.view}, {"intensity", m.intensity}, {"quality", PainQualityName(m.quality)},
                         {"strokes", m.strokes.size()}});
    return marks;
}

json Candidates(App& app) {
    json candidates = json::array();
    const RankResult& ranking = app.session.Ranking();
    for (size_t i = 0; i < ranking.candidates.size() && i < kShownCandidates; ++i) {
        const Candidate& c = ranking.candidates[i];
        candidates.push_back({{"muscle", app.db.content.muscles[c.muscle].id}, {"side", CandidateSideName(c.side)}, {"score", c.score}});
    }
    return candidates;
}

// Where the current view's anchors are on screen ("medial-border-upper/right": [x, y]), so
// tests can paint from one landmark to another.
json AnchorsOnScreen(App& app) {
    json anchors = json::object();
    if (app.db.atlas.views.empty()) return anchors;
    for (const Anchor& a : app.db.atlas.views[app.session.view].anchors) {
        const ScreenPixel p = ViewToScreen(app.canvas.transform.AtlasToView(a.position), {app.canvas.top_left.x, app.canvas.top_left.y});
        anchors[a.name + (a.side == Side::Midline ? "" : std::string("/") + SideName(a.side))] = {p.x, p.y};
    }
    return anchors;
}

// The warning signs the candidates panel shows, in its order.
json Warnings(App& app) {
    json ids = json::array();
    for (const WarningLine& w : WarningLines(app.db, WarningSignsForRegions(app.db, app.session.MarkedRegions()))) ids.push_back(w.id);
    return ids;
}

// The routine player: which routine, step and phase, so tests can follow it.
json Player(const App& app) {
    if (!app.countdowns.routine) return nullptr;
    const PlayingRoutine& r = *app.countdowns.routine;
    return {{"routine", app.db.content.routines[r.routine].id}, {"step", r.player.CurrentStep()},
            {"phase", r.player.PhaseText()},                      {"remaining", r.player.Remaining()},
            {"started", r.started},                               {"paused", r.player.Paused()},
            {"finished", r.player.Finished()},                    {"flash", app.countdowns.Flash()},
            {"sound_problem", app.countdowns.cue.Problem()},      {"next_button", r.next_button}};
}

// The movement reminder: whether it is on, its interval and where the last one showed.
json MoveReminder(const App& app) {
    const DeskReminder& r = app.desk_reminder;
    return {{"on", r.schedule.Enabled()}, {"minutes", r.schedule.IntervalMinutes()}, {"banner", r.banner},
            {"notification", r.notifier.Out()}, {"problem", r.problem}, {"start_button", r.start_button}};
}

// What the app logged as done, if the diary is open: how much, and what Log today ticks.
json DiaryActivityJson(const App& app) {
    return {{"open", app.diary.store.has_value()}, {"activity", app.diary.activity.size()}, {"done_since", app.diary.done_since},
            {"ticked", app.diary.did}};
}

}  // namespace

json StateJson(App& app, int frame) {
    json views = json::array();
    for (const View& v : app.db.atlas.views) views.push_back(v.id);
    const Session& s = app.session;
    json state = {
        {"frame", frame},
        {"views", views},
        {"view", app.db.atlas.views.empty() ? "" : app.db.atlas.views[s.view].id},
        {"zoom", app.session.Framing().zoom},
        {"canvas", {{"x", app.canvas.top_left.x}, {"y", app.canvas.top_left.y}, {"width", app.canvas.size.x}, {"height", app.canvas.size.y}}},
        {"transform", {{"zoom", app.canvas.transform.zoom}, {"origin_x", app.canvas.transform.origin.x}, {"origin_y", app.canvas.transform.origin.y}}},
        {"input_mode", app.input_mode == InputMode::Paint ? "paint" : app.input_mode == InputMode::Erase ? "erase" : "click"},
        {"selected_mark", s.selected_mark ? static_cast<int>(*s.selected_mark) : -1},
        {"anchors", AnchorsOnScreen(app)},
        {"marks", Marks(app)},
        {"can_undo", s.CanUndo()},
        {"can_redo", s.CanRedo()},
        {"candidates", Candidates(app)},
        {"selected_muscle", s.selected_muscle ? app.db.content.muscles[*s.selected_muscle].id : ""},
        {"mouse", {ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y}},
        {"hovered_region", app.canvas.hovered_region ? app.db.atlas.regions[*app.canvas.hovered_region].id : ""},
        {"search_text", s.search_text},
        {"panels", {{"safety", app.show_safety}, {"shortcuts", app.show_shortcuts}, {"about", app.show_about},
                    {"muscle", s.selected_muscle.has_value()}, {"self_test", app.open_self_test.has_value()},
                    {"routine", app.countdowns.routine.has_value()}, {"file_dialog", app.file_dialog.IsOpen()},
                    {"confirm_discard", app.confirm_discard.has_value()}, {"problems", app.show_problems}, {"no_data", app.NoData()}}},
        {"document", app.DocumentPath().string()},
        {"modified", s.Modified()},
        {"file_dialog", {{"name", app.file_dialog.Name()}, {"asks_to_replace", app.file_dialog.AsksToReplace()}}},
        {"last_export", app.LastExport().string()},
        {"problem_count", app.load_diagnostics.Items().size()},
        {"tools", {{"intensity", s.new_intensity}, {"quality", PainQualityName(s.new_quality)}, {"brush", s.brush_radius}}},
        {"timer_running", app.countdowns.Running()},
        {"player", Player(app)},
        {"move_reminder", MoveReminder(app)},
        {"diary", DiaryActivityJson(app)},
        {"body_renders", app.body_texture.Renders()},
        {"frame_draws", app.frame_cache.Draws()},
        {"theme", app.settings.dark_theme ? "dark" : "light"},
        {"status", app.status},
        {"safety_problem", SafetyContentProblem(app.db.content.safety).value_or("")},
        {"warnings", Warnings(app)},
        {"regions", app.db.atlas.views.empty() ? json::object() : RegionsOnScreen(app)},
    };
    return state;
}

void WriteStateDump(App& app, int frame, const std::filesystem::path& file) {
    std::string error;
    if (!WriteFileAtomically(file, StateJson(app, frame).dump(1) + "\n", error))
        std::fprintf(stderr, "trigger-atlas: cannot write the state dump: %s\n", error.c_str());
}

}  // namespace ta::gui
