// Reads <figure>: each name is checked against the figure library, so a typo is an error with
// the valid names as the hint, not a picture silently missing.
#include "figure_reader.hpp"

#include "figure_library.hpp"

namespace ta {

void ReadFigure(const ElementReader& e, std::optional<FigureSpec>& figure) {
    e.CheckAttributes({"pose", "tool", "place", "arrow", "arrow-at"});
    if (figure) {
        e.Error("a second <figure>", "give each technique or self-test one picture");
        return;
    }
    auto pose = e.ChoiceAttribute("pose", figures::PoseNames(), std::nullopt);
    auto tool = e.ChoiceAttribute("tool", figures::ToolNames(), std::string("none"));
    auto place = e.ChoiceAttribute("place", figures::PlaceNames(), std::nullopt);
    auto arrow = e.ChoiceAttribute("arrow", figures::ArrowNames(), std::string("none"));
    auto arrow_at = e.ChoiceAttribute("arrow-at", figures::PlaceNames(), std::string());
    if (pose && tool && place && arrow && arrow_at) figure = FigureSpec{*pose, *tool, *place, *arrow, *arrow_at, e.Line()};
}

}  // namespace ta
