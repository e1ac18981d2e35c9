// `sheet`: printable treatment sheets as PDF, for muscles, a pain map or a routine.
#include "commands.hpp"

#include "sheet_pdf.hpp"

#include <ostream>

namespace ta::cli {

namespace {

std::optional<Paper> ParsePaper(const std::optional<std::string>& name) {
    if (!name || *name == "a4" || *name == "A4") return Paper::A4;
    if (*name == "letter") return Paper::Letter;
    return std::nullopt;
}

}  // namespace

int RunSheet(CommandEnv& env) {
    const CliArgs& args = env.args;
    auto paper = ParsePaper(args.paper);
    if (!args.output || !paper || (args.positional.empty() && !args.pain_map && !args.routine && !args.progress)) {
        env.err << "trigger-atlas-cli: "
                << (!args.output ? "sheet needs -o FILE.pdf"
                    : !paper     ? "--paper must be a4 or letter"
                                 : "sheet needs muscle ids, --pain-map FILE, --routine ID or --progress")
                << "\n";
        return kExitUsage;
    }
    const Database* db = env.LoadData();
    if (!db) return kExitDataError;
    SheetRequest request{args.positional, std::nullopt, args.routine.value_or(""), *paper, ""};
    if (args.pain_map) {
        Diagnostics diagnostics;
        request.pain_map = LoadPainMap(*args.pain_map, diagnostics);
        for (const auto& d : diagnostics.Items()) env.err << FormatDiagnostic(d) << "\n";
        if (!request.pain_map) {
            env.err << "trigger-atlas-cli: cannot read the pain map " << *args.pain_map << "\n";
            return kExitDataError;
        }
    }
    DiaryContents diary;
    if (args.progress) {
        if (!ReadDiary(env, diary)) return kExitDataError;
        request.diary = &diary.entries;
        request.diary_activity = &diary.activity;
    }
    std::string error;
    if (!WriteSheetPdf(*db, request, *args.output, error)) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return kExitDataError;
    }
    return kExitOk;
}

}  // namespace ta::cli
