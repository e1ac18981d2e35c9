// Pain map reading and writing. Numbers are written with std::to_chars and read with
// std::from_chars, so a map saved in one locale opens in any other.
#include "pain_map.hpp"

#include "atomic_file.hpp"
#include "numbers.hpp"
#include "xml_reader.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace ta {

namespace {

constexpr std::array<const char*, 5> kQualityNames = {"aching", "sharp", "burning", "tingling", "numb"};

std::string FormatNumber(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, end) : "0";
}

bool RoomFor(const ElementReader& e, const PainMap& map, size_t max_marks) {
    if (map.marks.size() < max_marks) return true;
    if (map.marks.size() == max_marks) e.Error("more than " + std::to_string(max_marks) + " marks; the rest are ignored");
    return false;
}

// Region, intensity and quality, shared by <mark> and <area>.
bool ReadMarkAttributes(const ElementReader& e, PainMapMark& mark) {
    auto region = e.RequiredAttribute("region");
    auto intensity = e.Attribute("intensity") ? e.WholeAttribute("intensity", 1, 10) : std::optional<int>(5);
    auto quality = e.ChoiceAttribute("quality", {"aching", "sharp", "burning", "tingling", "numb"}, std::string("aching"));
    if (!region || !intensity || !quality) return false;
    mark.region = *region;
    mark.intensity = *intensity;
    mark.quality = *ParsePainQuality(*quality);
    return true;
}

// <mark region=...> (any format) or <mark view x y region=...> (format 1: a click).
void ReadMark(const ElementReader& e, PainMap& map, size_t max_marks) {
    e.CheckAttributes({"view", "x", "y", "region", "intensity", "quality"});
    if (!RoomFor(e, map, max_marks)) return;
    PainMapMark mark;
    if (!ReadMarkAttributes(e, mark)) return;
    if (auto view = e.Attribute("view")) {
        auto x = e.DecimalAttribute("x", -1e6, 1e6, std::nullopt);
        auto y = e.DecimalAttribute("y", -1e6, 1e6, std::nullopt);
        if (!x || !y) return;
        // A point without a view places nothing; a blank view counts as none, as it does for <area>.
        if (!IsBlank(*view)) {
            mark.view = *view;
            mark.strokes = ClickStrokes({*x, *y});
        }
    }
    map.marks.push_back(std::move(mark));
}

// "x,y x,y ..." with plain decimals.
std::optional<std::vector<AtlasPoint>> ParsePoints(const ElementReader& e, const std::string& text, size_t& budget) {
    std::vector<AtlasPoint> points;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && text[at] == ' ') ++at;
        if (at == text.size()) break;
        const size_t end = std::min(text.find(' ', at), text.size());
        const std::string_view pair(text.data() + at, end - at);
        const size_t comma = pair.find(',');
        auto x = comma == std::string_view::npos ? std::nullopt : ParseDecimal(pair.substr(0, comma));
        auto y = comma == std::string_view::npos ? std::nullopt : ParseDecimal(pair.substr(comma + 1));
        if (!x || !y || std::abs(*x) > 1e6 || std::abs(*y) > 1e6) {
            e.Error("points must be \"x,y x,y ...\" with plain numbers");
            return std::nullopt;
        }
        if (budget == 0) {
            e.Error("too many points in the map");
            return std::nullopt;
        }
        --budget;
        points.push_back({*x, *y});
        at = end;
    }
    if (points.empty()) e.Error("a stroke needs at least one point");
    return points.empty() ? std::nullopt : std::optional(std::move(points));
}

void ReadArea(const ElementReader& e, PainMap& map, const PainMapLimits& limits, size_t& point_budget) {
    e.CheckAttributes({"view", "region", "intensity", "quality"});
    if (!RoomFor(e, map, limits.max_marks)) return;
    PainMapMark mark;
    auto view = e.RequiredAttribute("view");
    if (!view || !ReadMarkAttributes(e, mark)) return;  // a blank view is an error there
    mark.view = *view;
    e.ForEachChild({{"stroke", [&](const ElementReader& c) {
                         c.CheckAttributes({"radius", "points", "erase"});
                         auto radius = c.DecimalAttribute("radius", 0.5, 500, std::nullopt);
                         auto erase = c.ChoiceAttribute("erase", {"yes", "no"}, std::string("no"));
                         auto text = c.RequiredAttribute("points");
                         if (!radius || !erase || !text) return;
                         if (auto points = ParsePoints(c, *text, point_budget)) mark.strokes.push_back({std::move(*points), *radius, *erase == "yes"});
                     }}});
    if (mark.strokes.empty()) {
        e.Error("an area needs at least one <stroke>");
        return;
    }
    map.marks.push_back(std::move(mark));
}

std::string FormatPoints(const std::vector<AtlasPoint>& points) {
    std::string out;
    for (const AtlasPoint& p : points) out += (out.empty() ? "" : " ") + FormatNumber(p.x) + "," + FormatNumber(p.y);
    return out;
}

}  // namespace

const char* PainQualityName(PainQuality quality) { return kQualityNames[static_cast<size_t>(quality)]; }

std::optional<PainQuality> ParsePainQuality(std::string_view name) {
    for (size_t i = 0; i < kQualityNames.size(); ++i)
        if (name == kQualityNames[i]) return static_cast<PainQuality>(i);
    return std::nullopt;
}

std::optional<AtlasPoint> PainMapMark::Anchor() const {
    for (const Stroke& s : strokes)
        if (!s.erase && !s.points.empty()) return s.points.front();
    return std::nullopt;
}

std::vector<Stroke> ClickStrokes(AtlasPoint point) { return {Stroke{{point}, kClickRadius, false}}; }

std::optional<std::string> PainMapTooLarge(const PainMap& map, const PainMapLimits& limits) {
    size_t points = 0;
    for (const auto& mark : map.marks)
        for (const auto& stroke : mark.strokes) points += stroke.points.size();
    if (map.marks.size() > limits.max_marks)
        return "the map has " + std::to_string(map.marks.size()) + " marks; a map holds at most " + std::to_string(limits.max_marks);
    if (points > limits.max_points)
        return "the map has " + std::to_string(points) + " painted points; a map holds at most " + std::to_string(limits.max_points) +
               " (erase or simplify some areas)";
    return std::nullopt;
}

std::string PainMapToXml(const PainMap& map) {
    tinyxml2::XMLPrinter printer;
    printer.PushHeader(false, true);
    printer.OpenElement("pain-map");
    printer.PushAttribute("format", "2");
    for (const auto& mark : map.marks) {
        printer.OpenElement(mark.Drawn() ? "area" : "mark");
        if (mark.Drawn()) printer.PushAttribute("view", mark.view.c_str());
        printer.PushAttribute("region", mark.region.c_str());
        printer.PushAttribute("intensity", mark.intensity);
        printer.PushAttribute("quality", PainQualityName(mark.quality));
        for (const auto& stroke : mark.Drawn() ? mark.strokes : std::vector<Stroke>{}) {
            printer.OpenElement("stroke");
            printer.PushAttribute("radius", FormatNumber(stroke.radius).c_str());
            if (stroke.erase) printer.PushAttribute("erase", "yes");
            printer.PushAttribute("points", FormatPoints(stroke.points).c_str());
            printer.CloseElement();
        }
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

namespace {

std::optional<PainMap> ReadPainMapDocument(const tinyxml2::XMLDocument& document, const std::string& file, Diagnostics& diagnostics,
                                           const PainMapLimits& limits, int errors_before) {
    auto root = ElementReader::Root(document, file, "pain-map", diagnostics);
    if (!root || !root->CheckFormatIn(1, 2)) return std::nullopt;
    root->CheckAttributes({"format"});
    PainMap map;
    size_t point_budget = limits.max_points;
    root->ForEachChild({
        {"mark", [&](const ElementReader& e) { ReadMark(e, map, limits.max_marks); }},
        {"area", [&](const ElementReader& e) { ReadArea(e, map, limits, point_budget); }},
        {"note", [&](const ElementReader& e) { e.CheckAttributes({}); map.note = e.Text(); }},
    });
    if (diagnostics.ErrorCount() > errors_before) return std::nullopt;
    return map;
}

}  // namespace

std::optional<PainMap> LoadPainMap(const std::string& file, Diagnostics& diagnostics, const PainMapLimits& limits) {
    tinyxml2::XMLDocument document;
    const int errors_before = diagnostics.ErrorCount();
    if (!LoadXmlFile(file, document, diagnostics, {.max_file_bytes = limits.max_file_bytes})) return std::nullopt;
    return ReadPainMapDocument(document, file, diagnostics, limits, errors_before);
}

std::optional<PainMap> ParsePainMap(const std::string& name, const std::string& xml, Diagnostics& diagnostics, const PainMapLimits& limits) {
    tinyxml2::XMLDocument document;
    const int errors_before = diagnostics.ErrorCount();
    if (xml.size() > limits.max_file_bytes || !ParseXmlText(name, xml, document, diagnostics)) return std::nullopt;
    return ReadPainMapDocument(document, name, diagnostics, limits, errors_before);
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
    if (auto problem = PainMapTooLarge(map)) {
        error = "cannot save: " + *problem;
        return false;
    }
    return WriteFileAtomically(path, PainMapToXml(map), error);
}

std::vector<PainMark> ResolvePainMap(const Database& db, const PainMap& map, Diagnostics& diagnostics) {
    std::vector<PainMark> marks;
    for (const auto& mark : map.marks) {
        auto region = db.atlas.ResolveRegion(mark.region);
        if (!region) {
            diagnostics.Add({Severity::Warning, {}, 0, "pain-map/mark", "unknown region '" + mark.region + "' is skipped",
                             "the atlas may have changed since the map was saved"});
            continue;
        }
        PainMark resolved{*region, mark.intensity, -1, {}};
        if (auto view = db.atlas.FindView(mark.view); view && mark.Drawn()) {
            resolved.view = *view;
            resolved.strokes = mark.strokes;
        }
        marks.push_back(std::move(resolved));
    }
    return marks;
}

}  // namespace ta
