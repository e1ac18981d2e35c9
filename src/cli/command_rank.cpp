// `rank`: pain marks from the command line to ranked muscles, with reasons and the cover.
#include "commands.hpp"
#include "json_export.hpp"

#include "mark_regions.hpp"
#include "presentation.hpp"
#include "numbers.hpp"
#include "pain_map.hpp"
#include "warning_signs.hpp"

#include <iomanip>
#include <ostream>

namespace ta::cli {

namespace {

// Splits "TEXT@N" into TEXT and the intensity N (default 5).
std::optional<std::pair<std::string, int>> SplitIntensity(const std::string& spec, std::string& error) {
    auto at = spec.rfind('@');
    if (at == std::string::npos) return std::make_pair(spec, 5);
    auto intensity = ParseWholeNumber(std::string_view(spec).substr(at + 1));
    if (!intensity || *intensity < 1 || *intensity > 10) {
        error = "intensity in \"" + spec + "\" must be a whole number from 1 to 10";
        return std::nullopt;
    }
    return std::make_pair(spec.substr(0, at), *intensity);
}

std::optional<PainMark> RegionMark(const Database& db, const std::string& spec, std::string& error) {
    auto split = SplitIntensity(spec, error);
    if (!split) return std::nullopt;
    auto region = db.atlas.ResolveRegion(split->first);
    if (!region) {
        error = "unknown region '" + split->first + "' (see: trigger-atlas-cli regions)";
        return std::nullopt;
    }
    return PainMark{*region, split->second, -1, {}};
}

std::optional<PainMark> PointMark(const Database& db, const std::string& spec, std::string& error) {
    auto split = SplitIntensity(spec, error);
    if (!split) return std::nullopt;
    const std::string& text = split->first;
    auto colon = text.find(':');
    auto comma = text.find(',', colon == std::string::npos ? 0 : colon);
    if (colon == std::string::npos || comma == std::string::npos) {
        error = "point \"" + spec + "\" must look like VIEW:X,Y (e.g. back:300,700)";
        return std::nullopt;
    }
    auto view = db.atlas.FindView(text.substr(0, colon));
    auto x = ParseDecimal(std::string_view(text).substr(colon + 1, comma - colon - 1));
    auto y = ParseDecimal(std::string_view(text).substr(comma + 1));
    if (!view || !x || !y) {
        error = !view ? "unknown view in \"" + spec + "\"" : "coordinates in \"" + spec + "\" are not plain numbers";
        return std::nullopt;
    }
    auto mark = MarkAtPoint(db, *view, {*x, *y}, split->second);
    if (!mark) error = "point \"" + spec + "\" is not on the body";
    return mark;
}

// VIEW:X,Y;X,Y;...@RADIUS[@N]: a painted stroke, as the app stores it.
std::optional<PainMark> StrokeMark(const Database& db, const std::string& spec, std::string& error) {
    const auto fail = [&](const std::string& why) {
        error = "stroke \"" + spec + "\" " + why + " (e.g. back:420,560;430,640;440,700@14)";
        return std::nullopt;
    };
    const auto first_at = spec.find('@');
    if (first_at == std::string::npos) return fail("needs @RADIUS");
    auto split = SplitIntensity(spec.substr(first_at + 1).find('@') == std::string::npos ? spec + "@5" : spec, error);
    if (!split) return std::nullopt;
    const std::string& body = split->first;  // VIEW:...@RADIUS
    const auto colon = body.find(':'), at = body.rfind('@');
    auto view = colon == std::string::npos ? std::nullopt : db.atlas.FindView(body.substr(0, colon));
    auto radius = ParseDecimal(std::string_view(body).substr(at + 1));
    if (!view) return fail("names no known view");
    const int view_index = *view;
    if (!radius || *radius < 1 || *radius > 200) return fail("needs a radius from 1 to 200");
    Stroke stroke{{}, *radius, false};
    std::string_view rest = std::string_view(body).substr(colon + 1, at - colon - 1);
    while (!rest.empty()) {
        const auto end = std::min(rest.find(';'), rest.size());
        const auto pair = rest.substr(0, end);
        const auto comma = pair.find(',');
        auto x = comma == std::string_view::npos ? std::nullopt : ParseDecimal(pair.substr(0, comma));
        auto y = comma == std::string_view::npos ? std::nullopt : ParseDecimal(pair.substr(comma + 1));
        if (!x || !y) return fail("has a point that is not X,Y");
        stroke.points.push_back({*x, *y});
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    if (stroke.points.empty()) return fail("has no points");
    const RegionGrid& grid = db.pattern_index[view_index].regions;
    const auto under = RegionsUnder(grid, MarkFootprint(grid, {stroke}));
    if (under.empty()) return fail("is not on the body");
    return PainMark{under.front().first, split->second, view_index, {stroke}};
}

std::optional<std::vector<PainMark>> PainMapMarks(const Database& db, const std::string& file, std::ostream& err) {
    Diagnostics diagnostics;
    auto map = LoadPainMap(file, diagnostics);
    for (const auto& d : diagnostics.Items()) err << FormatDiagnostic(d) << "\n";
    if (!map) return std::nullopt;
    Diagnostics skipped;
    auto marks = ResolvePainMap(db, *map, skipped);
    for (const auto& d : skipped.Items()) err << FormatDiagnostic(d) << "\n";
    return marks;
}

void PrintRanking(std::ostream& out, const Database& db, const RankResult& result) {
    for (size_t i = 0; i < result.candidates.size() && i < kShownCandidates; ++i) {
        const Candidate& c = result.candidates[i];
        out << std::setw(2) << i + 1 << ". " << std::fixed << std::setprecision(1) << std::setw(5) << c.score << "  "
            << CandidateTitle(db, c) << "\n      " << c.explanation << "\n";
    }
    if (!result.cover.empty()) {
        out << "\nFewest muscles that explain all your spots:";
        for (int i : result.cover) out << " " << CandidateTitle(db, result.candidates[i]) << (i == result.cover.back() ? "" : ",");
        out << "\n";
    }
}

}  // namespace

// Before any muscle: each warning for where it hurts on a line, the general ones on one more.
void PrintWarnings(std::ostream& out, const std::vector<WarningLine>& warnings) {
    if (warnings.empty()) return;
    out << "Check these first (act on them before any self-treatment):\n";
    const WarningGroups groups = GroupWarnings(warnings);
    for (const WarningLine& w : groups.specific)
        out << "  " << (w.urgency == Urgency::Emergency ? "!! " : "!  ") << w.tag << ": " << w.summary << "\n";
    if (!groups.general.empty()) {
        out << "  " << GeneralWarningsLine(groups) << ":";
        for (const WarningLine& w : groups.general) out << (&w == &groups.general.front() ? " " : "; ") << w.title;
        out << ".\n";
    }
    out << "  What each means and what to do: --json, or print a sheet (trigger-atlas-cli sheet).\n\n";
}

int RunRank(CommandEnv& env) {
    if (env.args.regions.empty() && env.args.points.empty() && env.args.strokes.empty() && !env.args.pain_map) {
        env.err << "trigger-atlas-cli: rank needs --region ID, --point VIEW:X,Y, --stroke VIEW:X,Y;X,Y@RADIUS or --pain-map FILE\n";
        return kExitUsage;
    }
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    if (auto problem = SafetyContentProblem(db->content.safety)) {
        env.err << "trigger-atlas-cli: refusing to rank without the warning signs: " << *problem << "\n";
        return kExitDataError;
    }
    std::vector<PainMark> marks;
    std::string error;
    for (const auto& spec : env.args.regions)
        if (auto m = RegionMark(*db, spec, error)) marks.push_back(*m);
    for (const auto& spec : env.args.points)
        if (auto m = PointMark(*db, spec, error)) marks.push_back(*m);
    for (const auto& spec : env.args.strokes)
        if (auto m = StrokeMark(*db, spec, error)) marks.push_back(*m);
    if (env.args.pain_map) {
        auto from_map = PainMapMarks(*db, *env.args.pain_map, env.err);
        if (!from_map) {
            env.err << "trigger-atlas-cli: cannot read the pain map " << *env.args.pain_map << "\n";
            return kExitDataError;
        }
        marks.insert(marks.end(), from_map->begin(), from_map->end());
    }
    if (!error.empty()) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return kExitUsage;
    }
    std::vector<int> regions;
    for (const PainMark& m : marks)
        for (int r : RegionsCovered(*db, m)) regions.push_back(r);
    const auto warnings = WarningLines(*db, WarningSignsForRegions(*db, regions));
    RankResult result = Rank(*db, marks);
    if (env.args.json) {
        env.out << RankJson(*db, marks, result, warnings).dump(2) << "\n";
    } else {
        PrintWarnings(env.out, warnings);
        PrintRanking(env.out, *db, result);
    }
    return kExitOk;
}

}  // namespace ta::cli
