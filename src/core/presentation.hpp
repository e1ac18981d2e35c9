// What every front end says about the core's results and how many of each it shows, so the app,
// the CLI and the sheets agree word for word: a candidate's title, the label for a technique's
// tool, the warning signs split into those for where it hurts and those that apply anywhere,
// which muscles the body view overlays, and which self-tests and routines involve a muscle.
#pragma once

#include "database.hpp"
#include "ranking.hpp"
#include "warning_signs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

class Session;

constexpr size_t kShownCandidates = 10;   // ranked muscles listed by the app, the CLI and the sheet cover
constexpr const char* kToolLabel = "You need";

// "right", "left" or "both sides".
const char* CandidateSideLabel(CandidateSide side);
// "Iliopsoas — hip flexors (right)".
std::string CandidateTitle(const Database& db, const Candidate& candidate);

// The warning signs for where it hurts, each on its own line, and those that apply wherever the
// pain is, folded into one line ("See a doctor first: 4 more signs, wherever the pain is").
struct WarningGroups {
    std::vector<WarningLine> specific, general;
};
WarningGroups GroupWarnings(const std::vector<WarningLine>& warnings);
std::string GeneralWarningsLine(const WarningGroups& groups);

// The muscle instances whose zones the body view shows: the candidate under the pointer, else
// the selected muscle (the side the ranking found, or both), else the top `highlight_top`
// candidates (benchmarks and screenshots of a full overlay).
std::vector<MuscleInstance> OverlayInstances(Session& session, int highlight_top);

// The self-tests that check a muscle and the routines with a step for it (indexes into content).
struct MuscleGuides {
    std::vector<int> self_tests, routines;
};
MuscleGuides GuidesFor(const Database& db, int muscle);

}  // namespace ta
