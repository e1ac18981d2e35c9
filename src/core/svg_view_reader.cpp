// SVG view reader. Elements are classified by their ta: attributes wherever they sit in the tree,
// so regrouping in Inkscape does not break the file; paths inside <g id="silhouette"> form the
// silhouette. Plain SVG decoration without ta: attributes is drawing only and is ignored.
#include "svg_view_reader.hpp"

#include "numbers.hpp"
#include "triangulate.hpp"
#include "xml_reader.hpp"

#include <sstream>

namespace ta {

namespace {

constexpr size_t kMaxViewBytes = 32u << 20;

constexpr double kMaxCanvas = 20000;     // atlas units; the views are 800 x 1600
constexpr double kMinRegionArea = 1.0;  // square atlas units

std::optional<Rect> ParseViewBox(const std::string& text) {
    std::istringstream words(text);
    std::string part;
    double v[4];
    for (double& value : v) {
        if (!(words >> part)) return std::nullopt;
        if (!part.empty() && part.back() == ',') part.pop_back();
        auto parsed = ParseDecimal(part);
        if (!parsed) return std::nullopt;
        value = *parsed;
    }
    if (words >> part || v[2] <= 0 || v[3] <= 0) return std::nullopt;
    // Atlas views are a few thousand units across; a huge canvas is an error, not a drawing.
    if (v[2] > kMaxCanvas || v[3] > kMaxCanvas || std::abs(v[0]) > kMaxCanvas || std::abs(v[1]) > kMaxCanvas) return std::nullopt;
    return Rect{v[0], v[1], v[0] + v[2], v[1] + v[3]};
}

std::optional<Side> ParseSide(const ElementReader& e) {
    auto side = e.ChoiceAttribute("ta:side", {"right", "left"}, std::string("right"));
    if (!side) return std::nullopt;
    return *side == "left" ? Side::Left : Side::Right;
}

class SvgViewReader {
public:
    SvgViewReader(const Atlas& atlas, View& view, Diagnostics& diagnostics)
        : atlas_(atlas), view_(view), diagnostics_(diagnostics) {}

    void Walk(const ElementReader& e, bool in_silhouette) {
        if (e.Element().Attribute("transform"))
            e.Error("transform attributes are not supported",
                    "apply the transform to the coordinates (Inkscape: Path > Object to Path, and set "
                    "Preferences > Behavior > Transforms > Store transformation: Optimized)");
        const std::string_view name = e.Name();
        if (name == "g") {
            bool silhouette = in_silhouette || (e.Attribute("id") && *e.Attribute("id") == "silhouette");
            for (auto* child = e.Element().FirstChildElement(); child; child = child->NextSiblingElement())
                Walk(ElementReader(*child, e.File(), e.Path() + "/" + child->Name(), diagnostics_), silhouette);
        } else if (name == "path") {
            ReadPath(e, in_silhouette);
        } else if (name == "circle") {
            ReadCircle(e);
        } else if (HasTaAttribute(e)) {
            e.Warning("<" + std::string(name) + "> with ta: attributes is ignored",
                      "regions, muscles and the silhouette must be <path>, points must be <circle>");
        }
    }

private:
    static bool HasTaAttribute(const ElementReader& e) {
        for (auto* a = e.Element().FirstAttribute(); a; a = a->Next())
            if (std::string_view(a->Name()).starts_with("ta:")) return true;
        return false;
    }

    std::optional<Shape> ReadShape(const ElementReader& e) {
        auto d = e.RequiredAttribute("d");
        if (!d) return std::nullopt;
        PathParseResult parsed = ParseSvgPath(*d);
        if (!parsed.error.empty()) {
            e.Error("bad path data at character " + std::to_string(parsed.error_offset) + ": " + parsed.error);
            return std::nullopt;
        }
        Shape shape;
        for (auto& sub : parsed.subpaths)
            if (sub.points.size() >= 3) shape.rings.push_back(std::move(sub.points));
        shape.UpdateBounds();
        if (shape.rings.empty()) {
            e.Error("path encloses no area", "a shape needs at least three points");
            return std::nullopt;
        }
        if (const size_t pieces = TrapezoidCount(shape); pieces > kMaxTrapezoids) {
            e.Error("shape too intricate to draw: it needs more than " + std::to_string(kMaxTrapezoids) + " pieces",
                    "simplify the outline (fewer points, fewer teeth or notches) or split it into several shapes");
            return std::nullopt;
        }
        if (!view_.canvas.Contains({shape.bounds.min_x, shape.bounds.min_y}) ||
            !view_.canvas.Contains({shape.bounds.max_x, shape.bounds.max_y}))
            e.Error("path goes outside the view's viewBox", "move it inside the drawing area");
        return shape;
    }

    void ReadPath(const ElementReader& e, bool in_silhouette) {
        if (auto region = e.Attribute("ta:region")) return ReadRegion(e, *region);
        if (auto muscle = e.Attribute("ta:muscle")) return ReadMuscle(e, *muscle);
        if (auto landmark = e.Attribute("ta:landmark")) return ReadLandmarkPath(e, *landmark);
        if (auto pattern = e.Attribute("ta:pattern")) return ReadPattern(e, *pattern);
        if (!in_silhouette) return;
        if (auto shape = ReadShape(e))
            for (auto& ring : shape->rings) view_.silhouette.rings.push_back(std::move(ring));
    }

    void ReadRegion(const ElementReader& e, const std::string& id) {
        auto region = atlas_.FindRegion(id);
        if (!region) {
            e.Error("unknown region '" + id + "'", "region ids are listed in atlas/regions.xml, e.g. right-mid-temple");
            return;
        }
        auto shape = ReadShape(e);
        if (!shape || !CheckRegionShape(e, id, *shape)) return;
        view_.regions.push_back({*region, std::move(*shape)});
    }

    // Regions tile the body, and hit-testing and the pattern index rely on each being a proper
    // area: a region that is a line, crosses itself or repeats another's outline is an error.
    bool CheckRegionShape(const ElementReader& e, const std::string& id, const Shape& shape) {
        if (ShapeArea(shape) < kMinRegionArea) {
            e.Error("region '" + id + "' encloses no area", "a region is a patch of skin: give it an outline around an area");
            return false;
        }
        for (const auto& ring : shape.rings)
            if (RingCrossesItself(ring)) {
                e.Error("region '" + id + "' crosses itself", "redraw its outline so no two edges cross or touch");
                return false;
            }
        for (const auto& other : view_.regions)
            if (other.shape.rings == shape.rings) {
                e.Error("region '" + id + "' has the same outline as '" + atlas_.regions[other.region].id + "'",
                        "each region covers its own part of the body");
                return false;
            }
        return true;
    }

    void ReadMuscle(const ElementReader& e, const std::string& id) {
        auto side = ParseSide(e);
        auto depth = e.ChoiceAttribute("ta:depth", {"superficial", "deep"}, std::string("superficial"));
        auto shape = ReadShape(e);
        if (!side || !depth || !shape) return;
        view_.muscles.push_back({id, *side, *depth == "deep", std::move(*shape), e.Line()});
    }

    void ReadPattern(const ElementReader& e, const std::string& trigger_point) {
        auto side = ParseSide(e);
        auto kind = e.ChoiceAttribute("ta:kind", {"essential", "spillover"}, std::nullopt);
        auto shape = ReadShape(e);
        if (!side || !kind || !shape) return;
        view_.patterns.push_back({trigger_point, *kind == "essential" ? PatternKind::Essential : PatternKind::Spillover, *side,
                                  std::move(*shape), e.Line()});
    }

    void ReadLandmarkPath(const ElementReader& e, const std::string& name) {
        auto d = e.RequiredAttribute("d");
        if (!d) return;
        PathParseResult parsed = ParseSvgPath(*d);
        if (!parsed.error.empty()) {
            e.Error("bad path data at character " + std::to_string(parsed.error_offset) + ": " + parsed.error);
            return;
        }
        view_.landmarks.push_back({name, std::move(parsed.subpaths), std::nullopt});
    }

    std::optional<AtlasPoint> CircleCentre(const ElementReader& e) {
        auto cx = e.DecimalAttribute("cx", view_.canvas.min_x, view_.canvas.max_x, std::nullopt);
        auto cy = e.DecimalAttribute("cy", view_.canvas.min_y, view_.canvas.max_y, std::nullopt);
        if (!cx || !cy) return std::nullopt;
        return AtlasPoint{*cx, *cy};
    }

    void ReadCircle(const ElementReader& e) {
        if (auto tp = e.Attribute("ta:trigger-point")) {
            auto side = ParseSide(e);
            auto centre = CircleCentre(e);
            if (side && centre) view_.trigger_points.push_back({*tp, *side, *centre, e.Line()});
        } else if (auto landmark = e.Attribute("ta:landmark")) {
            if (auto centre = CircleCentre(e)) view_.landmarks.push_back({*landmark, {}, *centre});
        } else if (auto anchor = e.Attribute("ta:anchor")) {
            auto side = e.ChoiceAttribute("ta:side", {"right", "left", "midline"}, std::string("midline"));
            auto centre = CircleCentre(e);
            if (side && centre)
                view_.anchors.push_back({*anchor, *side == "right" ? Side::Right : *side == "left" ? Side::Left : Side::Midline, *centre});
        }
    }

    const Atlas& atlas_;
    View& view_;
    Diagnostics& diagnostics_;
};

bool ReadViewHeader(const ElementReader& root, View& view) {
    auto id = root.Attribute("ta:view");
    auto viewbox_text = root.RequiredAttribute("viewBox");
    if (!root.Attribute("ta:format")) {
        root.Error("missing ta:format", "add ta:format=\"1\" to the <svg> element");
        return false;
    }
    if (*root.Attribute("ta:format") != "1") {
        root.Error("unsupported ta:format \"" + *root.Attribute("ta:format") + "\"", "this program reads ta:format=\"1\"");
        return false;
    }
    if (!id || !IsValidId(*id)) {
        root.Error("missing or invalid ta:view", "name the view, e.g. ta:view=\"front\"");
        return false;
    }
    auto canvas = viewbox_text ? ParseViewBox(*viewbox_text) : std::nullopt;
    if (!canvas) {
        if (viewbox_text) root.Error("bad viewBox \"" + *viewbox_text + "\"", "four plain numbers: min-x min-y width height, each at most 20000");
        return false;
    }
    auto facing = root.ChoiceAttribute("ta:facing", {"front", "back", "right", "left", "below"}, std::nullopt);
    if (!facing) return false;
    view.id = *id;
    view.title = root.Attribute("ta:title").value_or(*id);
    view.facing = *facing;
    view.canvas = *canvas;
    return true;
}

}  // namespace

std::optional<View> ReadSvgView(const std::string& file, const Atlas& atlas, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    if (!LoadXmlFile(file, document, diagnostics, {.max_file_bytes = kMaxViewBytes})) return std::nullopt;
    auto root = ElementReader::Root(document, file, "svg", diagnostics);
    if (!root) return std::nullopt;
    View view;
    view.file = file;
    if (!ReadViewHeader(*root, view)) return std::nullopt;
    SvgViewReader reader(atlas, view, diagnostics);
    for (auto* child = root->Element().FirstChildElement(); child; child = child->NextSiblingElement())
        reader.Walk(ElementReader(*child, file, std::string("svg/") + child->Name(), diagnostics), false);
    view.silhouette.UpdateBounds();
    if (view.silhouette.rings.empty())
        root->Error("the view has no silhouette", "put the body outline in <g id=\"silhouette\">");
    return view;
}

}  // namespace ta
