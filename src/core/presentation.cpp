// The words and counts every front end shows.
#include "presentation.hpp"

#include "muscle_label.hpp"
#include "session.hpp"

#include <algorithm>

namespace ta {

const char* CandidateSideLabel(CandidateSide side) {
    return side == CandidateSide::Both ? "both sides" : CandidateSideName(side);
}

std::string CandidateTitle(const Database& db, const Candidate& candidate) {
    return MuscleHeading(db, candidate.muscle) + " (" + CandidateSideLabel(candidate.side) + ")";
}

WarningGroups GroupWarnings(const std::vector<WarningLine>& warnings) {
    WarningGroups groups;
    for (const WarningLine& w : warnings) (w.general ? groups.general : groups.specific).push_back(w);
    return groups;
}

std::string GeneralWarningsLine(const WarningGroups& groups) {
    if (groups.general.empty()) return {};
    const size_t n = groups.general.size();
    return "See a doctor first: " + std::to_string(n) + (groups.specific.empty() ? "" : " more") + (n == 1 ? " sign" : " signs") +
           ", wherever the pain is";
}

namespace {

void AddInstances(const Candidate& c, std::vector<MuscleInstance>& instances) {
    if (c.side != CandidateSide::Left) instances.push_back({c.muscle, Side::Right});
    if (c.side != CandidateSide::Right) instances.push_back({c.muscle, Side::Left});
}

}  // namespace

std::vector<MuscleInstance> OverlayInstances(Session& session, int highlight_top) {
    const RankResult& ranking = session.Ranking();
    std::optional<Candidate> shown;
    if (session.hovered_candidate && *session.hovered_candidate < static_cast<int>(ranking.candidates.size())) {
        shown = ranking.candidates[*session.hovered_candidate];
    } else if (session.selected_muscle) {
        auto found = std::find_if(ranking.candidates.begin(), ranking.candidates.end(),
                                  [&](const Candidate& c) { return c.muscle == *session.selected_muscle; });
        if (found != ranking.candidates.end()) {
            shown = *found;
        } else {  // a muscle opened from search that explains none of the marks: both sides
            shown = Candidate{};
            shown->muscle = *session.selected_muscle;
            shown->side = CandidateSide::Both;
        }
    }
    std::vector<MuscleInstance> instances;
    if (shown) {
        AddInstances(*shown, instances);
        return instances;
    }
    const size_t top = std::min(ranking.candidates.size(), static_cast<size_t>(std::max(highlight_top, 0)));
    for (size_t i = 0; i < top; ++i) AddInstances(ranking.candidates[i], instances);
    return instances;
}

MuscleGuides GuidesFor(const Database& db, int muscle) {
    const std::string& id = db.content.muscles[muscle].id;
    MuscleGuides guides;
    const auto& tests = db.content.self_tests;
    for (size_t i = 0; i < tests.size(); ++i)
        if (std::find(tests[i].muscles.begin(), tests[i].muscles.end(), id) != tests[i].muscles.end())
            guides.self_tests.push_back(static_cast<int>(i));
    const auto& routines = db.content.routines;
    for (size_t i = 0; i < routines.size(); ++i)
        if (std::any_of(routines[i].steps.begin(), routines[i].steps.end(), [&](const RoutineStep& s) { return s.muscle == id; }))
            guides.routines.push_back(static_cast<int>(i));
    return guides;
}

}  // namespace ta
