// `diary`: the pain diary from the command line: add an entry, list, export to CSV, print the
// progress page. --diary FILE uses another database than $XDG_DATA_HOME/trigger-atlas/diary.sqlite.
#include "commands.hpp"

#include "diary_csv.hpp"
#include "diary_items.hpp"
#include "diary_store.hpp"
#include "numbers.hpp"
#include "sheet_pdf.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace ta::cli {

namespace {

std::optional<DiaryStore> OpenDiary(CommandEnv& env) {
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(env.args.diary ? std::filesystem::path(*env.args.diary) : DefaultDiaryPath(), diagnostics);
    for (const auto& d : diagnostics.Items()) env.err << FormatDiagnostic(d) << "\n";
    return store;
}

// Every entry and everything the app logged; false after printing why not.
bool ReadAll(CommandEnv& env, DiaryStore& store, DiaryContents& diary) {
    std::string error;
    auto entries = store.Entries(error);
    auto activity = entries ? store.Activity(error) : std::nullopt;
    if (!activity) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return false;
    }
    diary = {std::move(*entries), std::move(*activity)};
    return true;
}

nlohmann::ordered_json EntryJson(const DiaryEntry& e) {
    nlohmann::ordered_json areas = nlohmann::ordered_json::array();
    for (const auto& mark : e.map.marks)
        areas.push_back({{"region", mark.region}, {"view", mark.view}, {"intensity", mark.intensity}, {"quality", PainQualityName(mark.quality)}});
    return {{"id", e.id}, {"taken_at", e.taken_at}, {"overall", e.overall}, {"areas", areas}, {"did", e.did}, {"note", e.note}};
}

void PrintEntry(std::ostream& out, const DiaryEntry& e) {
    std::string time = e.taken_at;
    time[10] = ' ';
    out << time << "  overall " << e.overall;
    std::string areas;
    for (const auto& mark : e.map.marks)
        areas += (areas.empty() ? "" : ", ") + mark.region + " " + std::to_string(mark.intensity) + " " + PainQualityName(mark.quality);
    out << "  " << (areas.empty() ? "no areas" : areas);
    std::string did;
    for (const auto& item : e.did) did += (did.empty() ? "" : ", ") + item;
    if (!did.empty()) out << "  did: " << did;
    if (!e.note.empty()) out << "  note: " << e.note;
    out << "\n";
}

// The entry the options describe; nothing (after a message, with the exit code) when they do not
// make one.
std::optional<DiaryEntry> EntryFromArgs(CommandEnv& env, int& exit_code) {
    const CliArgs& args = env.args;
    exit_code = kExitUsage;
    auto overall = args.overall ? ParseWholeNumber(*args.overall) : std::nullopt;
    if (!overall || *overall > kMaxOverall) {
        env.err << "trigger-atlas-cli: diary add needs --overall N, a whole number from 0 to 10\n";
        return std::nullopt;
    }
    DiaryEntry entry{0, args.at.value_or(LocalDiaryTime()), {}, *overall, args.did, args.note.value_or("")};
    if (!IsDiaryTime(entry.taken_at)) {
        env.err << "trigger-atlas-cli: --at must be a local date and time like 2026-11-30T08:15\n";
        return std::nullopt;
    }
    if (args.pain_map) {
        Diagnostics diagnostics;
        auto map = LoadPainMap(*args.pain_map, diagnostics);
        for (const auto& d : diagnostics.Items()) env.err << FormatDiagnostic(d) << "\n";
        if (!map) {
            env.err << "trigger-atlas-cli: cannot read the pain map " << *args.pain_map << "\n";
            exit_code = kExitDataError;
            return std::nullopt;
        }
        entry.map = std::move(*map);
    }
    return entry;
}

// Unknown routine or technique ids are refused while the content can say what exists.
bool CheckItems(CommandEnv& env, const std::vector<std::string>& items) {
    if (items.empty()) return true;
    const Database* db = env.LoadData();
    if (!db) return true;  // the diary works without content; ids are then kept as given
    for (const auto& item : items)
        if (!IsDiaryItem(*db, item)) {
            env.err << "trigger-atlas-cli: --did " << item << " is not a routine id or MUSCLE.TECHNIQUE id"
                    << " (e.g. desk-neck-shoulders-10 or levator-scapulae." << "<technique>; see: trigger-atlas-cli show MUSCLE)\n";
            return false;
        }
    return true;
}

int Add(CommandEnv& env, DiaryStore& store) {
    int exit_code = kExitOk;
    auto entry = EntryFromArgs(env, exit_code);
    if (!entry) return exit_code;
    if (!CheckItems(env, entry->did)) return kExitUsage;
    std::string error;
    if (!store.Add(*entry, error)) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return kExitDataError;
    }
    if (env.args.json) env.out << EntryJson(*entry).dump(2) << "\n";
    else env.out << "added entry " << entry->id << " to " << store.Path().string() << "\n";
    return kExitOk;
}

// The entries, then what the app logged as done (hold timers and routines), each oldest first.
int List(CommandEnv& env, DiaryStore& store) {
    DiaryContents diary;
    if (!ReadAll(env, store, diary)) return kExitDataError;
    if (env.args.json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array(), done = nlohmann::ordered_json::array();
        for (const auto& e : diary.entries) list.push_back(EntryJson(e));
        for (const auto& a : diary.activity) done.push_back({{"id", a.id}, {"at", a.at}, {"item", a.item}});
        env.out << nlohmann::ordered_json{{"diary", store.Path().string()}, {"entries", list}, {"activity", done}}.dump(2) << "\n";
    } else {
        for (const auto& e : diary.entries) PrintEntry(env.out, e);
        if (diary.entries.empty()) env.out << "no entries yet in " << store.Path().string() << "\n";
        for (const auto& a : diary.activity) env.out << a.at.substr(0, 10) << " " << a.at.substr(11) << "  done (logged by the app): " << a.item << "\n";
    }
    return kExitOk;
}

// The entries to the file asked for, what the app logged beside it (WriteDiaryCsv).
int Export(CommandEnv& env, DiaryStore& store) {
    if (!env.args.csv) {
        env.err << "trigger-atlas-cli: diary export needs --csv FILE\n";
        return kExitUsage;
    }
    DiaryContents diary;
    if (!ReadAll(env, store, diary)) return kExitDataError;
    const std::filesystem::path file = *env.args.csv, activity_file = ActivityCsvPath(file);
    std::string error;
    if (!WriteDiaryCsv(file, diary.entries, diary.activity, error)) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return kExitDataError;
    }
    if (env.args.json)
        env.out << nlohmann::ordered_json{{"entries", {{"file", file.string()}, {"rows", diary.entries.size()}}},
                                          {"activity", {{"file", activity_file.string()}, {"rows", diary.activity.size()}}}}.dump(2) << "\n";
    else
        env.out << "exported " << diary.entries.size() << " entries to " << file.string() << "\n"
                << "exported " << diary.activity.size() << " logged activities to " << activity_file.string() << "\n";
    return kExitOk;
}

int Chart(CommandEnv& env, DiaryStore& store) {
    if (!env.args.output) {
        env.err << "trigger-atlas-cli: diary chart needs -o FILE.pdf\n";
        return kExitUsage;
    }
    DiaryContents diary;
    const Database* db = ReadAll(env, store, diary) ? env.LoadData() : nullptr;
    if (!db) return kExitDataError;
    SheetRequest request;
    request.diary = &diary.entries;
    request.diary_activity = &diary.activity;
    std::string error;
    if (!WriteSheetPdf(*db, request, *env.args.output, error)) {
        env.err << "trigger-atlas-cli: " << error << "\n";
        return kExitDataError;
    }
    return kExitOk;
}

}  // namespace

bool ReadDiary(CommandEnv& env, DiaryContents& diary) {
    auto store = OpenDiary(env);
    return store && ReadAll(env, *store, diary);
}

int RunDiary(CommandEnv& env) {
    const std::string action = env.args.positional.empty() ? "" : env.args.positional.front();
    int (*run)(CommandEnv&, DiaryStore&) = action == "add" ? Add : action == "list" ? List : action == "export" ? Export
                                         : action == "chart" ? Chart : nullptr;
    if (!run || env.args.positional.size() != 1) {
        env.err << "trigger-atlas-cli: diary needs one of: add, list, export, chart (see --help)\n";
        return kExitUsage;
    }
    auto store = OpenDiary(env);
    if (!store) return kExitDataError;
    return run(env, *store);
}

}  // namespace ta::cli
