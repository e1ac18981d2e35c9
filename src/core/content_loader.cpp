// Content directory loader. Muscle files are read in sorted order so results never depend on
// the order the file system lists them in.
#include "content_loader.hpp"

#include "content_readers.hpp"

#include <algorithm>

namespace ta {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> MuscleFiles(const fs::path& dir, Diagnostics& diagnostics, const ContentLimits& limits) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        diagnostics.Add({Severity::Error, dir.string(), 0, {}, "cannot list the muscles directory: " + ec.message(),
                         "content/ must contain a muscles/ directory"});
        return files;
    }
    for (const auto& entry : it) {
        if (entry.path().extension() != ".xml") continue;
        if (files.size() >= limits.max_muscle_files) {
            diagnostics.Add({Severity::Error, dir.string(), 0, {},
                             "more than " + std::to_string(limits.max_muscle_files) + " muscle files; the rest are not read", {}});
            break;
        }
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

Content LoadContent(const fs::path& content_dir, Diagnostics& diagnostics, const ContentLimits& limits) {
    Content content;
    auto file = [&](const char* name) { return (content_dir / name).string(); };
    ReadSourcesFile(file("sources.xml"), content, diagnostics);
    ReadGroupsFile(file("groups.xml"), content, diagnostics);
    ReadSafetyFile(file("safety.xml"), content, diagnostics);
    ReadSelfTestsFile(file("self-tests.xml"), content, diagnostics);
    ReadExercisesFile(file("exercises.xml"), content, diagnostics);
    ReadRoutinesFile(file("routines.xml"), content, diagnostics);
    ReadConditionsFile(file("conditions.xml"), content, diagnostics);
    for (const auto& path : MuscleFiles(content_dir / "muscles", diagnostics, limits)) {
        const size_t muscles = content.muscles.size();
        const auto errors = diagnostics.ErrorCount();
        ReadMuscleFile(path.string(), content, diagnostics);
        if (content.muscles.size() == muscles && diagnostics.ErrorCount() > errors) content.unreadable_muscles.insert(path.stem().string());
    }
    if (content.muscles.empty())
        diagnostics.Add({Severity::Error, (content_dir / "muscles").string(), 0, {}, "no muscles were read",
                         "check that --content points at the content directory"});
    return content;
}

}  // namespace ta
