// JSON forms of the core's results, for --json output. The keys named in the CLI contract
// (README) are stable; extra keys may be added.
#pragma once

#include "database.hpp"
#include "ranking.hpp"
#include "search.hpp"

#include "warning_signs.hpp"

#include <nlohmann/json.hpp>

namespace ta::cli {

nlohmann::json MuscleSummaryJson(const Database& db, int muscle);
nlohmann::json MuscleJson(const Database& db, int muscle);
// Keys in reading order: the warning signs come before the candidates.
nlohmann::ordered_json RankJson(const Database& db, const std::vector<PainMark>& marks, const RankResult& result,
                                const std::vector<WarningLine>& warnings);
nlohmann::ordered_json WarningsJson(const Database& db, const std::vector<WarningLine>& warnings);
// Warning signs for the matched conditions' areas first, then conditions, then muscles.
nlohmann::ordered_json SearchJson(const Database& db, const SearchIndex& index, const SearchResults& found,
                                  const std::vector<WarningLine>& warnings);
nlohmann::json DiagnosticJson(const Diagnostic& diagnostic);

}  // namespace ta::cli
