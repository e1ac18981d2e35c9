// Numbered trigger points: the number each point carries, and where its number goes on a drawn
// diagram. The app's body view, the sheets' diagrams and the "how to find it" lists of the app,
// the CLI and the sheets all use these, so a "2" on the body is the second point in the text.
//
// Placement follows the classic charts: the ✕ stays on the true point; its number sits in a
// small disc beside it, turned away from crowding neighbours, and when no spot beside it is free
// the number moves further out and a thin leader line joins it to its point. Crosses that would
// merge are drawn smaller, so two points close together still read as two.
#pragma once

#include "coordinates.hpp"

#include <vector>

namespace ta {

// Trigger points are numbered from 1 in the order the muscle's content lists them.
inline int TriggerPointNumber(int index_in_muscle) { return index_in_muscle + 1; }

// Sizes in the drawing's own units (points on a sheet, pixels in the app).
struct PointLabelStyle {
    double mark_radius = 4.8;   // half the ✕ with its halo
    double label_radius = 5.2;  // the disc holding the number
    double gap = 1;             // clear space kept between marks and discs
};

// Where numbers may go: the drawing's box.
struct LabelArea {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
};

struct PointLabel {
    ViewPixel point;           // the true trigger point
    double mark_radius = 0;    // the ✕'s size here: smaller where points crowd
    ViewPixel label;           // centre of the number's disc
    bool leader = false;       // true when the disc moved away and needs a line to its point
};

// One label per point, in the same order. Points outside the area keep a label beside them.
std::vector<PointLabel> PlacePointLabels(const std::vector<ViewPixel>& points, const PointLabelStyle& style, const LabelArea& area);

}  // namespace ta
