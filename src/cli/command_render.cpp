// `render`: draws atlas views to PNG files (images/views/ is made with it).
#include "commands.hpp"

#include "view_png.hpp"

#include <ostream>

namespace ta::cli {

int RunRender(CommandEnv& env) {
    const CliArgs& args = env.args;
    if (!args.output || args.positional.empty()) {
        env.err << "trigger-atlas-cli: render needs VIEW... and -o DIR (try: render front back -o images/views)\n";
        return kExitUsage;
    }
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    std::vector<int> views;
    for (const auto& id : args.positional) {
        if (id == "all") {
            for (size_t v = 0; v < db->atlas.views.size(); ++v) views.push_back(static_cast<int>(v));
            continue;
        }
        auto view = db->atlas.FindView(id);
        if (!view) {
            env.err << "trigger-atlas-cli: unknown view '" << id << "' (see: trigger-atlas-cli regions)\n";
            return kExitUsage;
        }
        views.push_back(*view);
    }
    std::error_code ec;
    std::filesystem::create_directories(*args.output, ec);
    for (int v : views) {
        const auto file = std::filesystem::path(*args.output) / (db->atlas.views[v].id + ".png");
        std::string error;
        if (!sheets::WriteViewPng(*db, v, 600, file, error)) {
            env.err << "trigger-atlas-cli: " << error << "\n";
            return kExitDataError;
        }
        env.out << file.string() << "\n";
    }
    return kExitOk;
}

}  // namespace ta::cli
