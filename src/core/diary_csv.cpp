// Writing and reading the diary's CSV export.
#include "diary_csv.hpp"

#include "numbers.hpp"

#include <array>

namespace ta {

namespace {

constexpr std::array<const char*, 7> kColumns = {"id", "taken_at", "overall", "areas", "did", "note", "pain_map"};

std::string Quoted(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string Join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
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

}  // namespace

std::string DiaryToCsv(const std::vector<DiaryEntry>& entries) {
    std::vector<std::string> header(kColumns.begin(), kColumns.end());
    std::string out = Join(header, ",") + "\r\n";
    for (const DiaryEntry& e : entries) {
        const std::vector<std::string> fields = {std::to_string(e.id), e.taken_at,          std::to_string(e.overall),
                                                 AreasText(e.map),     Join(e.did, " "),    e.note,
                                                 PainMapToXml(e.map)};
        std::vector<std::string> quoted;
        for (const auto& field : fields) quoted.push_back(Quoted(field));
        out += Join(quoted, ",") + "\r\n";
    }
    return out;
}

std::optional<std::vector<DiaryEntry>> DiaryFromCsv(const std::string& text, std::string& error) {
    CsvReader reader{text};
    auto header = reader.Record(error);
    if (!header || *header != std::vector<std::string>(kColumns.begin(), kColumns.end())) {
        if (error.empty()) error = "line 1: not a diary export (the header should be " + Join({kColumns.begin(), kColumns.end()}, ",") + ")";
        return std::nullopt;
    }
    std::vector<DiaryEntry> entries;
    while (!reader.Done()) {
        const int line = reader.line;
        auto fields = reader.Record(error);
        if (!fields) return std::nullopt;
        std::string problem = fields->size() == kColumns.size() ? "" : "expected " + std::to_string(kColumns.size()) + " fields";
        std::optional<DiaryEntry> entry = problem.empty() ? EntryFromFields(*fields, problem) : std::nullopt;
        if (!entry) {
            error = "line " + std::to_string(line) + ": " + problem;
            return std::nullopt;
        }
        entries.push_back(std::move(*entry));
    }
    return entries;
}

}  // namespace ta
