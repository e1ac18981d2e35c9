// Reads <figure pose="..." tool="..." place="..." arrow="..."/> inside a <technique> or
// <self-test>: every name must be one the figure library can draw.
#pragma once

#include "content.hpp"
#include "xml_reader.hpp"

#include <optional>

namespace ta {

// Reads one <figure> into `figure`; a second one in the same parent is an error.
void ReadFigure(const ElementReader& e, std::optional<FigureSpec>& figure);

}  // namespace ta
