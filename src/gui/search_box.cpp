// Search box and its result list.
#include "search_box.hpp"

#include "app.hpp"
#include "warning_list.hpp"
#include "widgets.hpp"

#include "muscle_label.hpp"

#include <imgui_stdlib.h>

#include <algorithm>

namespace ta::gui {

namespace {

constexpr size_t kMaxResults = 12;

void Open(App& app, int muscle) {
    app.SelectMuscle(muscle);
    app.session.search_text.clear();
    app.search_selection = 0;
}

// Up and Down in the box move through the results. Asking for history callbacks makes the text
// box own those keys, so keyboard navigation does not jump out of it.
int OnHistoryKey(ImGuiInputTextCallbackData* data) {
    auto* app = static_cast<App*>(data->UserData);
    if (data->EventKey == ImGuiKey_DownArrow) app->search_selection += 1;
    if (data->EventKey == ImGuiKey_UpArrow) app->search_selection = std::max(app->search_selection - 1, 0);
    return 0;
}

// A complaint ("sciatica"): its warning signs first, then what the word usually means; the
// muscles that commonly refer there follow in the result list.
void DrawConditions(App& app, const SearchResults& found) {
    if (found.conditions.empty()) return;
    DrawWarningList(app, WarningLines(app.db, WarningSignsForRegions(app.db, ConditionRegions(app.db, found))));
    for (const auto& hit : found.conditions) {
        const Condition& c = app.db.content.conditions[hit.condition];
        ImGui::PushFont(app.fonts.bold);
        TextWrapped(c.name);
        ImGui::PopFont();
        if (!c.note.empty()) TextWrappedColored(app.palette.text_muted, c.note);
    }
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "Muscles that commonly refer there:");
    ImGui::PopFont();
}

}  // namespace

bool SearchHasResults(App& app) { return !app.session.search_text.empty(); }

void DrawSearchBox(App& app) {
    if (app.focus_search) {
        ImGui::SetKeyboardFocusHere();
        app.focus_search = false;
    }
    ImGui::SetNextItemWidth(-1);
    const std::string before = app.session.search_text;
    const bool enter = ImGui::InputTextWithHint("##search", "Search muscles  (Ctrl+F)", &app.session.search_text,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory, OnHistoryKey, &app);
    const bool active = ImGui::IsItemActive();
    if (app.session.search_text != before) app.search_selection = 0;
    if (active && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) app.session.search_text.clear();
    if (app.session.search_text.empty()) return;

    const SearchResults found = app.Search().Find(app.session.search_text, kMaxResults);
    const auto& hits = found.muscles;
    const int count = static_cast<int>(hits.size());
    app.search_selection = std::clamp(app.search_selection, 0, std::max(count - 1, 0));
    if (enter && count > 0) {
        Open(app, hits[app.search_selection].muscle);
        return;
    }
    if (hits.empty()) {
        TextWrappedColored(app.palette.text_muted, "No muscle matches \u201C" + app.session.search_text + "\u201D.");
        return;
    }
    DrawConditions(app, found);
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        if (ImGui::Selectable(MuscleHeading(app.db, hits[i].muscle).c_str(), i == app.search_selection)) {
            Open(app, hits[i].muscle);
            ImGui::PopID();
            return;
        }
        // The condition is named above the list; a name or alias that matched is shown beside it.
        if (hits[i].condition < 0 && hits[i].matched != app.db.content.muscles[hits[i].muscle].name) {
            ImGui::SameLine();
            ImGui::TextColored(app.palette.text_muted, "%s", hits[i].matched.c_str());
        }
        ImGui::PopID();
    }
    ImGui::PushFont(app.fonts.small);
    TextWrappedColored(app.palette.text_muted, "\u2191 \u2193 to choose, Enter to open, Esc to clear");
    ImGui::PopFont();
}

}  // namespace ta::gui
