// JSON forms of the core's results, for --json output. The keys named in the CLI contract
// (README) are stable; extra keys may be added.
#pragma once

#include "database.hpp"
#include "ranking.hpp"
#include "search.hpp"

#include <nlohmann/json.hpp>

namespace ta::cli {

nlohmann::json MuscleSummaryJson(const Database& db, int muscle);
nlohmann::json MuscleJson(const Database& db, int muscle);
nlohmann::json RankJson(const Database& db, const std::vector<PainMark>& marks, const RankResult& result);
nlohmann::json SearchJson(const Database& db, const std::vector<SearchHit>& hits);
nlohmann::json DiagnosticJson(const Diagnostic& diagnostic);

}  // namespace ta::cli
