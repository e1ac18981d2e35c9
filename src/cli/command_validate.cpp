// `validate`: load everything and print each diagnostic as file:line: severity: message.
#include "commands.hpp"
#include "json_export.hpp"

#include <ostream>

namespace ta::cli {

int RunValidate(CommandEnv& env) {
    const Database* db = env.LoadData();
    const Diagnostics& diagnostics = env.LoadDiagnostics();
    if (env.args.json) {
        nlohmann::json j;
        j["diagnostics"] = nlohmann::json::array();
        for (const auto& d : diagnostics.Items()) j["diagnostics"].push_back(DiagnosticJson(d));
        j["errors"] = diagnostics.ErrorCount();
        j["warnings"] = diagnostics.WarningCount();
        j["muscles"] = db ? db->content.muscles.size() : 0;
        env.out << j.dump(2) << "\n";
    } else {
        for (const auto& d : diagnostics.Items()) env.out << FormatDiagnostic(d) << "\n";
        if (db) {
            size_t points = 0, techniques = 0;
            for (const auto& m : db->content.muscles) {
                points += m.trigger_points.size();
                techniques += m.techniques.size();
            }
            env.out << db->content.muscles.size() << " muscles, " << points << " trigger points, " << techniques
                    << " techniques, " << db->atlas.regions.size() << " regions, " << db->atlas.views.size() << " views: ";
        }
        env.out << diagnostics.ErrorCount() << " error(s), " << diagnostics.WarningCount() << " warning(s)\n";
    }
    return diagnostics.HasErrors() || !db ? kExitDataError : kExitOk;
}

}  // namespace ta::cli
