// The subcommands of trigger-atlas-cli and the environment they run in.
#pragma once

#include "cli_args.hpp"

#include "database.hpp"
#include "diagnostics.hpp"
#include "diary.hpp"
#include "diary_activity.hpp"
#include "search.hpp"
#include "warning_signs.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ta::cli {

// Exit codes: 0 success, 1 bad data or nothing found, 2 bad command line.
enum ExitCode { kExitOk = 0, kExitDataError = 1, kExitUsage = 2 };

class CommandEnv {
public:
    CommandEnv(const CliArgs& args, const char* argv0, std::ostream& out, std::ostream& err);

    // Loads content and atlas once. Errors are summarised on stderr; the data is still returned
    // when muscles could be read, so one broken file does not stop a query.
    const Database* LoadData();
    const Diagnostics& LoadDiagnostics() const { return diagnostics_; }

    const CliArgs& args;
    std::ostream& out;
    std::ostream& err;

private:
    const char* argv0_;
    std::optional<Database> database_;
    Diagnostics diagnostics_;
    bool loaded_ = false;
};

struct Command {
    const char* name;
    const char* usage;
    const char* summary;
    const char* details;
    int (*run)(CommandEnv& env);
};

const std::vector<Command>& Commands();

// Before any muscle: each warning for where it hurts on a line, the general ones on one more.
void PrintWarnings(std::ostream& out, const std::vector<WarningLine>& warnings);

// "'erector spinae' does not name one muscle; did you mean: ...?"
void PrintNotOneMuscle(std::ostream& err, const Database& db, std::string_view text, const MuscleName& name);

// A diary as its store gives it: every entry and everything the app logged, each oldest first.
struct DiaryContents {
    std::vector<DiaryEntry> entries;
    std::vector<DiaryActivity> activity;
};
// The diary (--diary FILE, else the default); false after printing why not.
bool ReadDiary(CommandEnv& env, DiaryContents& diary);

int RunValidate(CommandEnv& env);
int RunList(CommandEnv& env);
int RunRegions(CommandEnv& env);
int RunSearch(CommandEnv& env);
int RunShow(CommandEnv& env);
int RunRank(CommandEnv& env);
int RunSheet(CommandEnv& env);
int RunRender(CommandEnv& env);
int RunDiary(CommandEnv& env);

}  // namespace ta::cli
