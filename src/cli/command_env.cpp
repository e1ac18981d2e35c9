// CommandEnv: finds the data directories (options first, then next to the program) and loads them.
#include "commands.hpp"

#include "data_paths.hpp"

#include <ostream>

namespace ta::cli {

CommandEnv::CommandEnv(const CliArgs& a, const char* argv0, std::ostream& o, std::ostream& e)
    : args(a), out(o), err(e), argv0_(argv0) {}

const Database* CommandEnv::LoadData() {
    if (loaded_) return database_ ? &*database_ : nullptr;
    loaded_ = true;
    DataPaths paths = FindDataPaths(argv0_);
    if (args.content_dir) paths.content = *args.content_dir;
    if (args.atlas_dir) paths.atlas = *args.atlas_dir;
    Database db = LoadDatabase(paths.content, paths.atlas, diagnostics_);
    if (args.command != "validate" && diagnostics_.HasErrors())
        err << "trigger-atlas-cli: the data has " << diagnostics_.ErrorCount()
            << " error(s); run 'trigger-atlas-cli validate' for details\n";
    if (db.content.muscles.empty() || db.atlas.regions.empty()) {
        if (args.command != "validate")
            err << "trigger-atlas-cli: no usable data in " << paths.content.string() << " and " << paths.atlas.string()
                << " (use --content and --atlas)\n";
        return nullptr;
    }
    database_ = std::move(db);
    return &*database_;
}

}  // namespace ta::cli
