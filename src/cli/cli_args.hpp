// Command-line parsing for trigger-atlas-cli: one subcommand, its positional arguments and
// options. Parsing is separate from running so that every command checks its input the same way.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ta::cli {

struct CliArgs {
    std::string command;
    std::vector<std::string> positional;
    std::vector<std::string> regions;   // --region ID[@INTENSITY]
    std::vector<std::string> points;    // --point VIEW:X,Y[@INTENSITY]
    std::vector<std::string> strokes;   // --stroke VIEW:X,Y;X,Y;...@RADIUS[@INTENSITY]
    std::optional<std::string> content_dir, atlas_dir, view, output, paper, pain_map, routine;
    std::optional<std::string> diary, overall, note, csv, at;   // diary: --diary FILE --overall N ...
    std::vector<std::string> did;       // --did ID (diary add)
    bool progress = false;              // sheet --progress: add the diary's progress page
    bool json = false;
    bool help = false;
    bool version = false;
};

struct ParseOutcome {
    CliArgs args;
    std::string error;  // empty on success
};

ParseOutcome ParseArgs(int argc, char** argv);

}  // namespace ta::cli
