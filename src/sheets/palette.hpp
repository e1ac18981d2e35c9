// Colours, fonts and sizes of the printed sheets, in one place so the pages look alike.
#pragma once

namespace ta::sheets {

struct Colour {
    double r, g, b, a = 1;
};

constexpr Colour kInk{0.13, 0.13, 0.13};
constexpr Colour kMutedInk{0.38, 0.38, 0.38};
constexpr Colour kRule{0.75, 0.75, 0.75};
constexpr Colour kSkin{0.97, 0.94, 0.91};
constexpr Colour kSkinOutline{0.42, 0.34, 0.27};
constexpr Colour kLandmark{0.72, 0.66, 0.60};
constexpr Colour kEssential{0.80, 0.12, 0.12};          // solid referral zone, as on the classic charts
constexpr Colour kSpillover{0.80, 0.12, 0.12};          // the same red, as dots
constexpr Colour kMuscleFill{0.55, 0.30, 0.25, 0.18};
constexpr Colour kMuscleOutline{0.40, 0.18, 0.12};
constexpr Colour kTriggerPoint{0.05, 0.05, 0.05};
constexpr Colour kMark{0.10, 0.33, 0.75};               // a person's own marks (cover page)
constexpr Colour kMarkedRegion{0.10, 0.33, 0.75, 0.45};
constexpr Colour kCautionBar{0.85, 0.55, 0.10};
constexpr Colour kFlagBackground{0.99, 0.92, 0.91};
constexpr Colour kFlagBar{0.75, 0.10, 0.10};
constexpr Colour kNoteBackground{0.95, 0.95, 0.95};

constexpr Colour kCautionBackground{1.0, 0.96, 0.88};

// Patient handouts are set at 11-12 pt: every sentence a person acts on (steps, cautions, warning
// signs, the disclaimer) is body size and full ink. Only the furniture (footer, captions, the
// legend and the grid's day numbers) is smaller.
constexpr const char* kFontFamily = "DejaVu Sans";
constexpr double kBodySize = 11;
constexpr double kSmallSize = 9;
constexpr double kHeadingSize = 13;
constexpr double kTitleSize = 22;

}  // namespace ta::sheets
