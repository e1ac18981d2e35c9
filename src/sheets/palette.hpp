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

constexpr const char* kFontFamily = "DejaVu Sans";
constexpr double kBodySize = 9;
constexpr double kSmallSize = 7.5;
constexpr double kHeadingSize = 11;
constexpr double kTitleSize = 20;

}  // namespace ta::sheets
