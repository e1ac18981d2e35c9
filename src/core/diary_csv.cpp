// Writing and reading the diary's CSV exports: the entries and the logged activity share the
// quoting, the reader and the header check.
#include "diary_csv.hpp"

#include "atomic_file.hpp"
#include "numbers.hpp"

#include <array>
#include <span>

namespace ta {

namespace {

constexpr std::array<const char*, 7> kEntryColumns = {"id", "taken_at", "overall", "areas", "did", "note", "pain_map"};
constexpr std::array<const char*, 2> kActivityColumns = {"time", "item"};

std::string Quoted(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// By position, not by what is written so far: an empty first field still gets its separator.
std::string Join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : separator) + items[i];
    return out;
}

std::string CsvLine(const std::vector<std::string>& fields) {
    std::vector<std::string> quoted;
    for (const auto& field : fields) quoted.push_back(Quoted(field));
    return Join(quoted, ",") + "\r\n";
}

// The header, then one line per row with the fields `fields` gives for it.
template <typename Row, typename Fields>
std::string RowsToCsv(std::span<const char* const> columns, const std::vector<Row>& rows, Fields fields) {
    std::string out = CsvLine({columns.begin(), columns.end()});
    for (const Row& row : rows) out += CsvLine(fields(row));
    return out;
}

std::string AreasText(const PainMap& map) {
    std::vector<std::string> areas;
    for (const auto& mark : map.marks)
        areas.push_back(mark.region + " " + std::to_string(mark.intensity) + " " + PainQualityName(mark.quality));
    return Join(areas, "; ");
}

std::vector<std::string> SplitWords(const std::string& text) {
    std::vector<std::string> words;
    size_t at = 0;
    while ((at = text.find_first_not_of(' ', at)) != std::string::npos) {
        const size_t end = std::min(text.find(' ', at), text.size());
        words.push_back(text.substr(at, end - at));
        at = end;
    }
    return words;
}

// Splits RFC 4180 text into records of fields; `line` counts physical lines for messages.
struct CsvReader {
    const std::string& text;
    size_t at = 0;
    int line = 1;

    bool Done() const { return at >= text.size(); }
    std::optional<std::vector<std::string>> Record(std::string& error) {
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (; at < text.size(); ++at) {
            const char c = text[at];
            if (quoted) {
                if (c == '"' && at + 1 < text.size() && text[at + 1] == '"') fields.back() += text[++at];
                else if (c == '"') quoted = false;
                else fields.back() += c, line += c == '\n';
            } else if (c == '"' && fields.back().empty()) {  // a quote opens a field only at its start
                quoted = true;
            } else if (c == ',') {
                fields.emplace_back();
            } else if (c == '\n' || c == '\r') {
                at += (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ? 2 : 1;
                ++line;
                return fields;
            } else {
                fields.back() += c;
            }
        }
        if (quoted) {
            error = "line " + std::to_string(line) + ": a quoted field is not closed";
            return std::nullopt;
        }
        return fields;
    }
};

std::optional<DiaryEntry> EntryFromFields(const std::vector<std::string>& f, std::string& error) {
    auto id = ParseWholeNumber(f[0]);
    auto overall = ParseWholeNumber(f[2]);
    Diagnostics diagnostics;
    auto map = ParsePainMap("pain_map", f[6], diagnostics);
    if (!id || !overall || !map) {
        error = !id ? "id is not a number" : !overall ? "overall is not a number" : "pain_map is not a pain map";
        return std::nullopt;
    }
    DiaryEntry entry{*id, f[1], std::move(*map), *overall, SplitWords(f[4]), f[5]};
    if (auto problem = CheckDiaryEntry(entry)) {
        error = *problem;
        return std::nullopt;
    }
    return entry;
}

std::optional<DiaryActivity> ActivityFromFields(const std::vector<std::string>& f, std::string& error) {
    DiaryActivity done{0, f[0], f[1]};
    if (auto problem = CheckDiaryActivity(done)) {
        error = *problem;
        return std::nullopt;
    }
    return done;
}

// The rows after a header that must be `columns`, each made by `parse` (which says what is wrong
// with its fields); `what` names the export in the message for a wrong header.
template <typename Row, typename Parse>
std::optional<std::vector<Row>> RowsFromCsv(const std::string& text, std::span<const char* const> columns, const char* what,
                                            Parse parse, std::string& error) {
    const std::vector<std::string> header(columns.begin(), columns.end());
    CsvReader reader{text};
    auto first = reader.Record(error);
    if (!first || *first != header) {
        if (error.empty()) error = std::string("line 1: not ") + what + " (the header should be " + Join(header, ",") + ")";
        return std::nullopt;
    }
    std::vector<Row> rows;
    while (!reader.Done()) {
        const int line = reader.line;
        auto fields = reader.Record(error);
        if (!fields) return std::nullopt;
        std::string problem = fields->size() == header.size() ? "" : "expected " + std::to_string(header.size()) + " fields";
        std::optional<Row> row = problem.empty() ? parse(*fields, problem) : std::nullopt;
        if (!row) {
            error = "line " + std::to_string(line) + ": " + problem;
            return std::nullopt;
        }
        rows.push_back(std::move(*row));
    }
    return rows;
}

}  // namespace

std::string DiaryToCsv(const std::vector<DiaryEntry>& entries) {
    return RowsToCsv(kEntryColumns, entries, [](const DiaryEntry& e) {
        return std::vector<std::string>{std::to_string(e.id), e.taken_at, std::to_string(e.overall), AreasText(e.map),
                                        Join(e.did, " "),     e.note,     PainMapToXml(e.map)};
    });
}

std::optional<std::vector<DiaryEntry>> DiaryFromCsv(const std::string& text, std::string& error) {
    return RowsFromCsv<DiaryEntry>(text, kEntryColumns, "a diary export", EntryFromFields, error);
}

std::string ActivityToCsv(const std::vector<DiaryActivity>& activity) {
    return RowsToCsv(kActivityColumns, activity, [](const DiaryActivity& done) { return std::vector<std::string>{done.at, done.item}; });
}

std::optional<std::vector<DiaryActivity>> ActivityFromCsv(const std::string& text, std::string& error) {
    return RowsFromCsv<DiaryActivity>(text, kActivityColumns, "a diary activity export", ActivityFromFields, error);
}

std::filesystem::path ActivityCsvPath(const std::filesystem::path& entries_csv) {
    return entries_csv.parent_path() / (entries_csv.stem().string() + "-activity.csv");
}

bool WriteDiaryCsv(const std::filesystem::path& entries_csv, const std::vector<DiaryEntry>& entries,
                   const std::vector<DiaryActivity>& activity, std::string& error) {
    return WriteFileAtomically(entries_csv, DiaryToCsv(entries), error) &&
           WriteFileAtomically(ActivityCsvPath(entries_csv), ActivityToCsv(activity), error);
}

}  // namespace ta
