// trigger-atlas-cli: the command-line front end over the core library.
#include "cli_args.hpp"
#include "commands.hpp"

#include <iostream>

namespace ta::cli {

const std::vector<Command>& Commands() {
    static const std::vector<Command> commands = {
        {"validate", "validate [--content DIR] [--atlas DIR] [--json]", "check the content and atlas",
         "Prints every problem as file:line: severity: message. Exits 1 if there is any error.", RunValidate},
        {"list", "list [--json]", "list all muscles", "Prints each muscle's id and name.", RunList},
        {"regions", "regions [--view VIEW] [--json]", "list body regions, per view",
         "Regions are named for the PERSON's side: right-mid-temple is the person's right temple.", RunRegions},
        {"rank", "rank (--region ID[@N] | --point VIEW:X,Y[@N])... [--json]", "rank muscles for pain spots",
         "Each mark is a region id or a point in atlas units on a view, with an optional intensity N\n"
         "from 1 to 10 (default 5). Example: rank --region right-low-paraspinal --region right-groin@7", RunRank},
        {"search", "search TEXT [--json]", "find muscles by name, alias or group",
         "Case, accents and punctuation do not matter; typos are tolerated.", RunSearch},
        {"show", "show ID [--json]", "show a muscle's whole entry",
         "Trigger points, referral zones, symptoms, causes, techniques and sources.", RunShow},
        {"sheet", "sheet [ID...] -o FILE.pdf [--paper a4|letter] [--pain-map FILE] [--routine ID] [--progress [--diary FILE]]",
         "print treatment sheets as PDF",
         "One sheet per muscle (ids or group ids), with a cover page when there are several or a pain\n"
         "map is given; without ids, a pain map prints the muscles that explain its spots.\n"
         "--routine prints a routine as one sheet; --progress puts the diary's progress page first.\n"
         "Example: sheet levator-scapulae -o neck.pdf", RunSheet},
        {"diary", "diary (add --pain-map FILE --overall N [--did ID]... [--note TEXT] [--at TIME] | list | export --csv FILE | chart -o FILE.pdf) [--diary FILE] [--json]",
         "keep a pain diary",
         "add stores an entry: the pain map's areas, overall pain 0-10, what was done (routine ids or\n"
         "MUSCLE.TECHNIQUE ids), a note; --at 2026-11-30T08:15 back-dates it (default: now).\n"
         "list prints every entry and what the app logged; export --csv diary.csv writes the entries,\n"
         "and what the app logged (hold timers, routines) to diary-activity.csv beside it; chart prints\n"
         "the progress page.\n"
         "The diary lives in $XDG_DATA_HOME/trigger-atlas/diary.sqlite; --diary FILE uses another.", RunDiary},
        {"render", "render (VIEW... | all) -o DIR", "draw atlas views as PNG images",
         "Writes DIR/<view>.png, 600 pixels wide: the silhouette and landmarks as the sheets draw them.\n"
         "images/views/ is made with: trigger-atlas-cli render all -o images/views", RunRender},
    };
    return commands;
}

namespace {

void PrintUsage(std::ostream& out) {
    out << "Usage: trigger-atlas-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& c : Commands()) out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary << "\n";
    out << "\nEvery command takes --content DIR and --atlas DIR to use other data, and --help.\n"
           "--version prints the version.\n"
           "Trigger Atlas is education, not diagnosis.\n";
}

void PrintCommandHelp(std::ostream& out, const Command& c) {
    out << "Usage: trigger-atlas-cli " << c.usage << "\n\n" << c.summary << ".\n" << c.details << "\n";
}

}  // namespace

int Main(int argc, char** argv) {
    ParseOutcome parsed = ParseArgs(argc, argv);
    if (!parsed.error.empty()) {
        std::cerr << "trigger-atlas-cli: " << parsed.error << " (see --help)\n";
        return kExitUsage;
    }
    const CliArgs& args = parsed.args;
    if (args.version) {
        std::cout << "trigger-atlas-cli " << TA_VERSION << "\n";
        return kExitOk;
    }
    if (args.command.empty()) {
        PrintUsage(args.help ? std::cout : std::cerr);
        return args.help ? kExitOk : kExitUsage;
    }
    for (const auto& command : Commands()) {
        if (args.command != command.name) continue;
        if (args.help) {
            PrintCommandHelp(std::cout, command);
            return kExitOk;
        }
        CommandEnv env(args, argv[0], std::cout, std::cerr);
        const int status = command.run(env);
        // The answer is still given from the readable part of the data, but as the manual says,
        // data with errors is never a success.
        return status == kExitOk && env.LoadDiagnostics().HasErrors() ? kExitDataError : status;
    }
    std::cerr << "trigger-atlas-cli: unknown command '" << args.command << "'\n";
    PrintUsage(std::cerr);
    return kExitUsage;
}

}  // namespace ta::cli

// The exception boundary: whatever escapes a command (a file-system error, bad_alloc) becomes a
// message and exit code 2, never an abort.
int main(int argc, char** argv) {
    try {
        return ta::cli::Main(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "trigger-atlas-cli: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "trigger-atlas-cli: internal error\n";
    }
    return ta::cli::kExitUsage;
}
