// SVG path data parser: a small tokenizer plus one case per command; curves are flattened with a
// fixed number of segments, which is plenty at the sizes the atlas is drawn.
#include "svg_path.hpp"

#include <cstdio>

#include <charconv>
#include <cctype>
#include <cmath>

namespace ta {

namespace {

constexpr double kMaxCoordinate = 1e6;  // atlas views are a few thousand units across

class PathTokenizer {
public:
    explicit PathTokenizer(std::string_view data) : data_(data) {}

    void SkipSeparators() {
        while (pos_ < data_.size() && (std::isspace(static_cast<unsigned char>(data_[pos_])) || data_[pos_] == ','))
            ++pos_;
    }
    bool AtEnd() { SkipSeparators(); return pos_ >= data_.size(); }
    bool AtCommand() { SkipSeparators(); return pos_ < data_.size() && std::isalpha(static_cast<unsigned char>(data_[pos_])); }
    char ReadCommand() { return data_[pos_++]; }
    size_t Offset() const { return pos_; }

    std::optional<double> ReadNumber() {
        SkipSeparators();
        if (pos_ >= data_.size()) return std::nullopt;
        size_t start = pos_;
        if (data_[pos_] == '+') ++start;  // from_chars does not take a leading '+'
        char first = start < data_.size() ? data_[start] : '\0';
        if (!(std::isdigit(static_cast<unsigned char>(first)) || first == '.' || first == '-')) return std::nullopt;
        double value = 0;
        auto [end, ec] = std::from_chars(data_.data() + start, data_.data() + data_.size(), value);
        if (ec != std::errc() || !std::isfinite(value) || std::abs(value) > kMaxCoordinate) return std::nullopt;
        pos_ = static_cast<size_t>(end - data_.data());
        return value;
    }

private:
    std::string_view data_;
    size_t pos_ = 0;
};

AtlasPoint Lerp(AtlasPoint a, AtlasPoint b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }

AtlasPoint Reflect(AtlasPoint control, AtlasPoint about) {
    return {2 * about.x - control.x, 2 * about.y - control.y};
}

class PathBuilder {
public:
    PathBuilder(std::string_view data, const PathParseLimits& limits) : tokens_(data), limits_(limits) {}

    PathParseResult Run() {
        char command = 0;
        while (!tokens_.AtEnd() && result_.error.empty()) {
            if (tokens_.AtCommand()) {
                const bool first = command == 0;
                command = tokens_.ReadCommand();
                if (first && command != 'M' && command != 'm') return Fail("path data must start with a command such as M");
            } else if (command == 0) {
                return Fail("path data must start with a command such as M");
            } else if (command == 'M' || command == 'm') {
                command = command == 'M' ? 'L' : 'l';  // extra pairs after a moveto are linetos
            } else if (command == 'Z' || command == 'z') {
                return Fail("unexpected number after Z");
            }
            RunCommand(command);
        }
        FinishSubpath(false);
        return std::move(result_);
    }

private:
    void RunCommand(char command) {
        const bool relative = std::islower(static_cast<unsigned char>(command));
        const AtlasPoint origin = relative ? current_ : AtlasPoint{0, 0};
        switch (std::toupper(static_cast<unsigned char>(command))) {
        case 'M': if (auto p = Point(origin)) { FinishSubpath(false); StartSubpath(*p); } break;
        case 'L': if (auto p = Point(origin)) LineTo(*p); break;
        case 'H': if (auto x = Number()) LineTo({*x + origin.x, current_.y}); break;
        case 'V': if (auto y = Number()) LineTo({current_.x, *y + origin.y}); break;
        case 'C': Cubic(origin, false); break;
        case 'S': Cubic(origin, true); break;
        case 'Q': Quadratic(origin, false); break;
        case 'T': Quadratic(origin, true); break;
        case 'Z': FinishSubpath(true); current_ = start_; break;
        case 'A': Fail("arcs (A) are not supported", "convert arcs to curves: in Inkscape, Path > Object to Path"); break;
        default: Fail(std::string("unknown path command '") + command + "'");
        }
        if (std::toupper(static_cast<unsigned char>(command)) != 'C' && std::toupper(static_cast<unsigned char>(command)) != 'S')
            last_cubic_control_.reset();
        if (std::toupper(static_cast<unsigned char>(command)) != 'Q' && std::toupper(static_cast<unsigned char>(command)) != 'T')
            last_quad_control_.reset();
    }

    void Cubic(AtlasPoint origin, bool smooth) {
        AtlasPoint c1 = smooth ? (last_cubic_control_ ? Reflect(*last_cubic_control_, current_) : current_) : AtlasPoint{};
        if (!smooth) { auto p = Point(origin); if (!p) return; c1 = *p; }
        auto c2 = Point(origin);
        if (!c2) return;
        auto end = Point(origin);
        if (!end) return;
        const AtlasPoint p0 = current_;
        for (int i = 1; i <= limits_.curve_segments; ++i) {
            double t = static_cast<double>(i) / limits_.curve_segments;
            AtlasPoint a = Lerp(p0, c1, t), b = Lerp(c1, *c2, t), c = Lerp(*c2, *end, t);
            AtlasPoint d = Lerp(a, b, t), e = Lerp(b, c, t);
            LineTo(Lerp(d, e, t));
        }
        last_cubic_control_ = *c2;
    }

    void Quadratic(AtlasPoint origin, bool smooth) {
        AtlasPoint control = smooth ? (last_quad_control_ ? Reflect(*last_quad_control_, current_) : current_) : AtlasPoint{};
        if (!smooth) { auto p = Point(origin); if (!p) return; control = *p; }
        auto end = Point(origin);
        if (!end) return;
        const AtlasPoint p0 = current_;
        for (int i = 1; i <= limits_.curve_segments; ++i) {
            double t = static_cast<double>(i) / limits_.curve_segments;
            LineTo(Lerp(Lerp(p0, control, t), Lerp(control, *end, t), t));
        }
        last_quad_control_ = control;
    }

    std::optional<double> Number() {
        auto value = tokens_.ReadNumber();
        if (!value) Fail("expected a number", "numbers are plain decimals separated by spaces or commas");
        return value;
    }

    std::optional<AtlasPoint> Point(AtlasPoint origin) {
        auto x = Number();
        if (!x) return std::nullopt;
        auto y = Number();
        if (!y) return std::nullopt;
        return AtlasPoint{*x + origin.x, *y + origin.y};
    }

    void StartSubpath(AtlasPoint p) {
        current_ = start_ = p;
        open_.points.assign(1, p);
    }

    void LineTo(AtlasPoint p) {
        if (open_.points.empty()) open_.points.push_back(current_);  // drawing after Z restarts at start_
        if (++point_count_ > limits_.max_points) {
            Fail("path has more than " + std::to_string(limits_.max_points) + " points",
                 "simplify the path (Inkscape: Path > Simplify)");
            return;
        }
        open_.points.push_back(p);
        current_ = p;
    }

    void FinishSubpath(bool closed) {
        if (open_.points.size() > 1 && open_.points.back() == open_.points.front()) open_.points.pop_back();
        if (open_.points.size() >= 2) {
            open_.closed = closed;
            result_.subpaths.push_back(std::move(open_));
        }
        open_ = {};
    }

    PathParseResult Fail(std::string message, std::string hint = {}) {
        if (result_.error.empty()) {
            result_.error = hint.empty() ? message : message + " (" + hint + ")";
            result_.error_offset = tokens_.Offset();
        }
        return result_;
    }

    PathTokenizer tokens_;
    PathParseLimits limits_;
    PathParseResult result_;
    Subpath open_;
    AtlasPoint current_, start_;
    std::optional<AtlasPoint> last_cubic_control_, last_quad_control_;
    size_t point_count_ = 0;
};

}  // namespace

PathParseResult ParseSvgPath(std::string_view data, const PathParseLimits& limits) {
    return PathBuilder(data, limits).Run();
}

std::string FormatSvgPath(const Shape& shape) {
    std::string out;
    char number[64];
    for (const Polygon& ring : shape.rings) {
        for (size_t i = 0; i < ring.size(); ++i) {
            std::snprintf(number, sizeof number, "%s%s%.2f,%.2f", out.empty() ? "" : " ", i == 0 ? "M " : "L ", ring[i].x, ring[i].y);
            out += number;
        }
        if (!ring.empty()) out += " Z";
    }
    return out;
}

}  // namespace ta
