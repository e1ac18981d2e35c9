// Pain map reading and writing. Numbers are written with std::to_chars and read with
// std::from_chars, so a map saved in one locale opens in any other.
#include "pain_map.hpp"

#include "atomic_file.hpp"
#include "xml_reader.hpp"

#include <array>
#include <charconv>

namespace ta {

namespace {

constexpr std::array<const char*, 5> kQualityNames = {"aching", "sharp", "burning", "tingling", "numb"};

std::string FormatNumber(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : "0";
}

void ReadMark(const ElementReader& e, PainMap& map, size_t max_marks) {
    e.CheckAttributes({"view", "x", "y", "region", "intensity", "quality"});
    if (map.marks.size() >= max_marks) {
        if (map.marks.size() == max_marks) e.Error("more than " + std::to_string(max_marks) + " marks; the rest are ignored");
        return;
    }
    PainMapMark mark;
    auto region = e.RequiredAttribute("region");
    auto intensity = e.Attribute("intensity") ? e.WholeAttribute("intensity", 1, 10) : std::optional<int>(5);
    auto quality = e.ChoiceAttribute("quality", {"aching", "sharp", "burning", "tingling", "numb"}, std::string("aching"));
    if (!region || !intensity || !quality) return;
    if (auto view = e.Attribute("view")) {
        auto x = e.DecimalAttribute("x", -1e6, 1e6, std::nullopt);
        auto y = e.DecimalAttribute("y", -1e6, 1e6, std::nullopt);
        if (!x || !y) return;
        mark.view = *view;
        mark.point = AtlasPoint{*x, *y};
    }
    mark.region = *region;
    mark.intensity = *intensity;
    mark.quality = *ParsePainQuality(*quality);
    map.marks.push_back(std::move(mark));
}

}  // namespace

const char* PainQualityName(PainQuality quality) { return kQualityNames[static_cast<size_t>(quality)]; }

std::optional<PainQuality> ParsePainQuality(std::string_view name) {
    for (size_t i = 0; i < kQualityNames.size(); ++i)
        if (name == kQualityNames[i]) return static_cast<PainQuality>(i);
    return std::nullopt;
}

std::string PainMapToXml(const PainMap& map) {
    tinyxml2::XMLPrinter printer;
    printer.PushHeader(false, true);
    printer.OpenElement("pain-map");
    printer.PushAttribute("format", "1");
    for (const auto& mark : map.marks) {
        printer.OpenElement("mark");
        if (mark.point) {
            printer.PushAttribute("view", mark.view.c_str());
            printer.PushAttribute("x", FormatNumber(mark.point->x).c_str());
            printer.PushAttribute("y", FormatNumber(mark.point->y).c_str());
        }
        printer.PushAttribute("region", mark.region.c_str());
        printer.PushAttribute("intensity", mark.intensity);
        printer.PushAttribute("quality", PainQualityName(mark.quality));
        printer.CloseElement();
    }
    if (!map.note.empty()) {
        printer.OpenElement("note");
        printer.PushText(map.note.c_str());
        printer.CloseElement();
    }
    printer.CloseElement();
    return std::string(printer.CStr(), static_cast<size_t>(printer.CStrSize() - 1));
}

std::optional<PainMap> LoadPainMap(const std::string& file, Diagnostics& diagnostics, const PainMapLimits& limits) {
    tinyxml2::XMLDocument document;
    const int errors_before = diagnostics.ErrorCount();
    if (!LoadXmlFile(file, document, diagnostics, {limits.max_file_bytes})) return std::nullopt;
    auto root = ElementReader::Root(document, file, "pain-map", diagnostics);
    if (!root || !root->CheckFormat(1)) return std::nullopt;
    root->CheckAttributes({"format"});
    PainMap map;
    root->ForEachChild({
        {"mark", [&](const ElementReader& e) { ReadMark(e, map, limits.max_marks); }},
        {"note", [&](const ElementReader& e) { e.CheckAttributes({}); map.note = e.Text(); }},
    });
    if (diagnostics.ErrorCount() > errors_before) return std::nullopt;
    return map;
}

bool SavePainMap(const PainMap& map, const std::filesystem::path& path, std::string& error) {
    // A file that is there but does not read as a pain map may be a damaged record worth rescuing,
    // or not a pain map at all: either way it is not ours to replace.
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        Diagnostics diagnostics;
        if (!LoadPainMap(path.string(), diagnostics)) {
            const auto& items = diagnostics.Items();
            error = path.string() + " is not a readable pain map, so it was left as it is" +
                    (items.empty() ? std::string() : " (" + items.front().message + ")") +
                    "; save under another name";
            return false;
        }
    }
    return WriteFileAtomically(path, PainMapToXml(map), error);
}

std::vector<PainMark> ResolvePainMap(const Database& db, const PainMap& map, Diagnostics& diagnostics) {
    std::vector<PainMark> marks;
    for (const auto& mark : map.marks) {
        auto region = db.atlas.FindRegion(mark.region);
        if (!region) {
            diagnostics.Add({Severity::Warning, {}, 0, "pain-map/mark", "unknown region '" + mark.region + "' is skipped",
                             "the atlas may have changed since the map was saved"});
            continue;
        }
        PainMark resolved{*region, mark.intensity, -1, {}};
        if (auto view = db.atlas.FindView(mark.view); view && mark.point) {
            resolved.view = *view;
            resolved.strokes.push_back({{*mark.point}, kClickRadius});
        }
        marks.push_back(std::move(resolved));
    }
    return marks;
}

}  // namespace ta
