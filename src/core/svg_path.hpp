// Parser for SVG path data ("M 10 20 L 30 40 C ... Z"), flattening curves into polygons.
// Supports M L H V C S Q T Z in absolute and relative forms; arcs (A) are rejected with a hint.
#pragma once

#include "geometry.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace ta {

struct PathParseLimits {
    size_t max_points = 200000;   // per path; a larger outline is a mistake or an attack
    int curve_segments = 12;      // line segments per Bézier curve
};

struct Subpath {
    Polygon points;
    bool closed = false;          // ended with Z; shapes treat every subpath as closed anyway
    friend bool operator==(const Subpath&, const Subpath&) = default;
};

struct PathParseResult {
    std::vector<Subpath> subpaths;
    std::string error;            // empty on success
    size_t error_offset = 0;      // byte offset into the path data
};

PathParseResult ParseSvgPath(std::string_view data, const PathParseLimits& limits = {});

// A shape written back as SVG path data in atlas units: "M x,y L x,y ... Z" per ring, two decimals.
std::string FormatSvgPath(const Shape& shape);

}  // namespace ta
