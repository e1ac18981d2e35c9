// The Diary window's sections: log, chart, entries, compare.
#include "diary_panel.hpp"

#include "app.hpp"
#include "chart_view.hpp"
#include "widgets.hpp"

#include "diary_items.hpp"

#include <algorithm>

namespace ta::gui {

namespace {

void Tick(std::vector<std::string>& did, const std::string& item) {
    if (std::find(did.begin(), did.end(), item) == did.end()) did.push_back(item);
}

// What depends on both the entries and the activity: the chart, the treatment days, what was done
// since the latest entry.
void Derive(App& app) {
    DiaryPanel& d = app.diary;
    d.chart = BuildDiaryChart(d.entries, &app.db);
    MarkActivityDays(d.chart, d.activity);
    d.activity_days.clear();
    for (const DiaryActivity& done : d.activity) d.activity_days.insert(done.Day());
    d.done_since = DoneSinceLastEntry(d.entries, d.activity);
}

void Reload(App& app) {
    DiaryPanel& d = app.diary;
    std::string error;
    if (auto entries = d.store->Entries(error)) d.entries = std::move(*entries);
    else app.status = "Could not read the diary: " + error;
    if (auto activity = d.store->Activity(error)) d.activity = std::move(*activity);
    else app.status = "Could not read the diary: " + error;
    Derive(app);
    for (const std::string& item : d.done_since) Tick(d.did, item);
    d.compare.clear();
    if (!d.entries.empty()) d.compare = {d.entries.front().id, d.entries.back().id};
}

void EnsureOpen(App& app) {
    DiaryPanel& d = app.diary;
    if (d.tried_open) return;
    d.tried_open = true;
    d.store = DiaryStore::Open(d.file.empty() ? DefaultDiaryPath() : d.file, d.problems);
    if (d.store) Reload(app);
}

std::string AreaName(const Database& db, const std::string& region) {
    auto index = db.atlas.ResolveRegion(region);
    return index ? db.atlas.regions[*index].name : region;
}

void LogToday(App& app) {
    DiaryPanel& d = app.diary;
    DiaryEntry entry{0, LocalDiaryTime(), app.session.Map(), d.overall, d.did, d.note.data()};
    std::string error;
    if (!d.store->Add(entry, error)) {
        app.status = "Not logged: " + error;
        return;
    }
    app.status = "Logged today in the diary";
    d.did.clear();
    d.note.fill('\0');
    Reload(app);
}

void DidCheckbox(DiaryPanel& d, const std::string& id, const std::string& label) {
    bool ticked = std::find(d.did.begin(), d.did.end(), id) != d.did.end();
    if (!ImGui::Checkbox(label.c_str(), &ticked)) return;
    if (ticked) d.did.push_back(id);
    else d.did.erase(std::remove(d.did.begin(), d.did.end(), id), d.did.end());
}

// The things that can be ticked, each once: what the app logged since the latest entry, every
// routine, and the techniques of the muscle open in the app.
std::vector<std::string> Tickable(const App& app) {
    const DiaryPanel& d = app.diary;
    std::vector<std::string> items = d.done_since;
    for (const Routine& r : app.db.content.routines) Tick(items, r.id);
    if (app.session.selected_muscle) {
        const Muscle& m = app.db.content.muscles[static_cast<size_t>(*app.session.selected_muscle)];
        for (const Technique& t : m.techniques)
            if (t.kind != TechniqueKind::SelfTest) Tick(items, m.id + "." + t.id);
    }
    return items;
}

void DrawLogSection(App& app) {
    DiaryPanel& d = app.diary;
    Heading(app.fonts, "Log today");
    const size_t areas = app.session.Map().marks.size();
    ImGui::TextColored(app.palette.text_muted, "%s", areas == 0 ? "No areas on the map: logs overall pain only"
                                                                 : (std::to_string(areas) + (areas == 1 ? " area" : " areas") + " from the current map").c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderInt("##overall", &d.overall, 0, kMaxOverall, "overall pain %d of 10");
    ImGui::TextUnformatted("Done today:");
    for (const std::string& item : Tickable(app)) {
        const bool logged = std::find(d.done_since.begin(), d.done_since.end(), item) != d.done_since.end();
        DidCheckbox(d, item, DiaryItemLabel(app.db, item) + (logged ? " (logged)" : ""));
        if (logged) Tooltip("Logged by the app when its hold timer or routine player ran, since the last entry; untick it if it does not belong");
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##note", "a note (optional)", d.note.data(), d.note.size());
    if (ImGui::Button("Log today", {-1, 0})) LogToday(app);
    Tooltip("Stores the current map, the overall pain, what was done and the note");
}

std::string DidText(const Database& db, const DiaryEntry& e) {
    std::string text;
    for (const auto& item : e.did) text += (text.empty() ? "" : ", ") + DiaryItemLabel(db, item);
    return text;
}

void DrawEntries(App& app) {
    DiaryPanel& d = app.diary;
    Heading(app.fonts, "Entries");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("entries", 4, flags, {0, ImGui::GetContentRegionAvail().y})) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Compare", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Pain", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Done and note");
    ImGui::TableHeadersRow();
    for (auto e = d.entries.rbegin(); e != d.entries.rend(); ++e) {  // newest first
        ImGui::PushID(static_cast<int>(e->id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool ticked = std::find(d.compare.begin(), d.compare.end(), e->id) != d.compare.end();
        if (ImGui::Checkbox("##compare", &ticked)) {
            if (ticked) d.compare.push_back(e->id);
            else d.compare.erase(std::remove(d.compare.begin(), d.compare.end(), e->id), d.compare.end());
            if (d.compare.size() > 2) d.compare.erase(d.compare.begin());
        }
        Tooltip("Compare this day (two at a time)");
        ImGui::TableNextColumn();
        std::string when = e->taken_at;
        when[10] = ' ';
        const bool treated = !e->did.empty() || d.activity_days.count(e->Day()) > 0;
        ImGui::TextUnformatted((when + (treated ? " \u2713" : "")).c_str());
        if (treated) Tooltip("A treatment day: something was done (ticked, or logged by the app's timers and player)");
        ImGui::TableNextColumn();
        ImGui::Text("%d  (%zu)", e->overall, e->map.marks.size());
        Tooltip("Overall pain of 10 (areas marked)");
        ImGui::TableNextColumn();
        const std::string text = DidText(app.db, *e) + (e->note.empty() ? "" : (e->did.empty() ? "" : " \u2014 ") + e->note);
        ImGui::TextUnformatted(text.c_str());
        if (!text.empty()) Tooltip(text.c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void DrawDay(App& app, const DiaryEntry& e, size_t slot, float width) {
    std::string when = e.taken_at;
    when[10] = ' ';
    ImGui::PushFont(app.fonts.bold);
    ImGui::Text("%s \u2014 overall %d", when.c_str(), e.overall);
    ImGui::PopFont();
    const std::vector<SheetDiagram> diagrams = PainMapDiagrams(app.db, e.map);
    const size_t shown = std::min<size_t>(diagrams.size(), 2);
    const ImVec4 paper = ImGui::ColorConvertU32ToFloat4(app.palette.paper);
    for (size_t i = 0; i < shown; ++i) {
        if (i > 0) ImGui::SameLine();
        const int w = static_cast<int>(width / static_cast<float>(shown) - Em(0.3f));
        app.diary.thumbnails[slot * 2 + i].Draw(app.db, diagrams[i], w, static_cast<int>(Em(13)), paper);
    }
    for (const auto& mark : e.map.marks)
        ImGui::BulletText("%s: %d, %s", AreaName(app.db, mark.region).c_str(), mark.intensity, PainQualityName(mark.quality));
}

void DrawCompare(App& app) {
    DiaryPanel& d = app.diary;
    Heading(app.fonts, "Compare two days");
    std::vector<const DiaryEntry*> days;
    for (const DiaryEntry& e : d.entries)
        if (std::find(d.compare.begin(), d.compare.end(), e.id) != d.compare.end()) days.push_back(&e);
    if (days.size() < 2) {
        ImGui::TextColored(app.palette.text_muted, "Tick two entries to compare them.");
        return;
    }
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    for (size_t i = 0; i < 2; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::BeginChild(i == 0 ? "earlier" : "later", {half, 0});
        DrawDay(app, *days[i], i, half);
        ImGui::EndChild();
    }
}

void DrawProblems(App& app) {
    for (const Diagnostic& p : app.diary.problems.Items())
        TextWrappedColored(p.severity == Severity::Error ? app.palette.emergency : app.palette.warning,
                           p.message + (p.hint.empty() ? "" : " (" + p.hint + ")"));
}

}  // namespace

bool RecordDone(App& app, const std::string& item) {
    DiaryPanel& d = app.diary;
    EnsureOpen(app);
    DiaryActivity done{0, LocalDiaryTime(), item};
    std::string error = "the diary could not be opened (Diary \u25B8 Show the diary says why)";
    if (!d.store || !d.store->Record(done, error)) {
        app.status = "Not logged in the diary: " + error;
        return false;
    }
    d.activity.push_back(std::move(done));
    Derive(app);
    Tick(d.did, item);   // only this one: what the person unticked stays unticked
    return true;
}

void DrawDiaryWindow(App& app) {
    DiaryPanel& d = app.diary;
    // Dear ImGui 1.86 asserts when a window first appears under an open modal (the safety screen
    // at first start): the window waits until the modal is closed.
    const bool modal_open = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    d.shown = d.open && (d.shown || !modal_open);
    if (!d.shown) return;
    EnsureOpen(app);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos({viewport->WorkPos.x + viewport->WorkSize.x * 0.04f, viewport->WorkPos.y + viewport->WorkSize.y * 0.05f},
                           ImGuiCond_Appearing);
    ImGui::SetNextWindowSize({viewport->WorkSize.x * 0.92f, viewport->WorkSize.y * 0.9f}, ImGuiCond_Appearing);
    if (!ImGui::Begin("Diary", &d.open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    DrawProblems(app);
    if (d.store) {
        ImGui::BeginChild("left", {Em(27), 0});
        DrawLogSection(app);
        ImGui::Spacing();
        DrawEntries(app);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("right", {0, 0});
        Heading(app.fonts, "Pain over the days (" + d.chart.y_label + ")");
        if (d.entries.empty()) ImGui::TextColored(app.palette.text_muted, "No entries yet: log today to start the chart.");
        else DrawDiaryChart(d.chart, Em(15), app.palette);
        ImGui::Spacing();
        DrawCompare(app);
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace ta::gui
