// Argument parsing: "--name value" and "--name=value" forms.
#include "cli_args.hpp"

#include <string_view>

namespace ta::cli {

namespace {

// Options that take a value, and where the value goes.
std::optional<std::string>* ValueSlot(CliArgs& a, std::string_view name) {
    if (name == "--content") return &a.content_dir;
    if (name == "--atlas") return &a.atlas_dir;
    if (name == "--view") return &a.view;
    if (name == "-o" || name == "--output") return &a.output;
    if (name == "--paper") return &a.paper;
    if (name == "--pain-map") return &a.pain_map;
    if (name == "--routine") return &a.routine;
    if (name == "--diary") return &a.diary;
    if (name == "--overall") return &a.overall;
    if (name == "--note") return &a.note;
    if (name == "--csv") return &a.csv;
    if (name == "--at") return &a.at;
    return nullptr;
}

std::vector<std::string>* ListSlot(CliArgs& a, std::string_view name) {
    if (name == "--region") return &a.regions;
    if (name == "--point") return &a.points;
    if (name == "--stroke") return &a.strokes;
    if (name == "--did") return &a.did;
    return nullptr;
}

}  // namespace

ParseOutcome ParseArgs(int argc, char** argv) {
    ParseOutcome out;
    CliArgs& a = out.args;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::optional<std::string> inline_value;
        if (arg.starts_with("--") && arg.find('=') != std::string::npos) {
            inline_value = arg.substr(arg.find('=') + 1);
            arg = arg.substr(0, arg.find('='));
        }
        auto take_value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 < argc) return std::string(argv[++i]);
            out.error = "option " + arg + " needs a value";
            return std::nullopt;
        };
        if (arg == "--help" || arg == "-h") {
            a.help = true;
        } else if (arg == "--version") {
            a.version = true;
        } else if (arg == "--json") {
            a.json = true;
        } else if (arg == "--progress") {
            a.progress = true;
        } else if (auto* slot = ValueSlot(a, arg)) {
            if (auto v = take_value()) *slot = *v; else return out;
        } else if (auto* list = ListSlot(a, arg)) {
            if (auto v = take_value()) list->push_back(*v); else return out;
        } else if (arg.starts_with("-") && arg != "-") {
            out.error = "unknown option " + arg;
            return out;
        } else if (a.command.empty()) {
            a.command = arg;
        } else {
            a.positional.push_back(arg);
        }
    }
    return out;
}

}  // namespace ta::cli
