// The tables behind figure_library.hpp: every pose, place, tool and arrow a <figure> may name.
// Angles are absolute screen angles in degrees (0 right, 90 down, -90 up); a side-view person
// faces right unless `facing` is -1 (lying face down, head to the left).
#include "figure_library.hpp"

#include <algorithm>

namespace ta::figures {

namespace {

using P = PropKind;
using J = Joint;

// Limbs that recur: arms hanging, legs standing, lying flat, sitting on a chair.
constexpr LimbPose kArmDown{97, 92, 90}, kFarArmDown{83, 88, 90};
constexpr LimbPose kLegStand{92, 90, 0}, kFarLegStand{88, 90, 0};
constexpr LimbPose kArmAlongBody{4, 0, 0};
constexpr LimbPose kLegFlatUp{0, 0, -80}, kLegFlatDown{0, 0, 20};
constexpr LimbPose kLegSeated{0, 90, 0}, kFarLegSeated{3, 88, 0};
constexpr LimbPose kKneesBent{-40, 40, 0}, kFarKneesBent{-37, 43, 0};
constexpr LimbPose kFrontArmDown{100, 95, 92}, kFrontFarArmDown{80, 85, 88};
constexpr LimbPose kFrontLeg{94, 90, 180}, kFrontFarLeg{86, 90, 0};
constexpr LimbPose kFrontSeatedLeg{105, 92, 180, 0.3}, kFrontFarSeatedLeg{75, 88, 0, 0.3};

const Prop kChairSide{P::Chair, J::Pelvis, {-15, 11}, {36, 48}};
const Prop kChairFront{P::Chair, J::Pelvis, {-22, 9}, {44, 46}};

std::vector<Pose> BuildPoses() {
    std::vector<Pose> poses;
    auto add = [&](std::string_view name, View view, int facing, double trunk, double head, LimbPose near_arm, LimbPose far_arm,
                   LimbPose near_leg, LimbPose far_leg, double floor_drop = 0, std::vector<Prop> props = {}) {
        poses.push_back({name, view, facing, trunk, head, near_arm, far_arm, near_leg, far_leg, floor_drop, std::move(props), std::nullopt, {}, true, true, false});
    };
    // Lying on the back seen from above: the front view turned on its side, the treated side below.
    auto add_from_above = [&](std::string_view name, LimbPose near_arm, LimbPose far_arm, LimbPose near_leg, LimbPose far_leg) {
        poses.push_back({name, View::Front, 1, 180, 180, near_arm, far_arm, near_leg, far_leg, 0, {}, std::nullopt, {}, true, false, false});
    };
    // Standing.
    add("standing", View::Side, 1, -90, -90, kArmDown, kFarArmDown, kLegStand, kFarLegStand);
    add("standing-front", View::Front, 1, -90, -90, kFrontArmDown, kFrontFarArmDown, kFrontLeg, kFrontFarLeg);
    add("standing-back-to-wall", View::Side, 1, -90, -90, {100, 80, 80}, {96, 78, 78}, {80, 101, 0}, {78, 102, 0}, 0,
         {{P::Wall, J::Pelvis, {-23, 0}, {-6, 185}}});
    add("standing-wall-arms-up", View::Side, 1, -90, -90, {-93, -95, -95}, {-88, -92, -92}, {92, 92, 0}, {90, 90, 0}, 0,
         {{P::Wall, J::Pelvis, {-11, 0}, {-6, 175}}});
    add("standing-side-to-wall", View::Front, 1, -90, -90, {75, 8, 0}, kFrontFarArmDown, {97, 92, 180}, kFrontFarLeg, 0,
         {{P::Wall, J::Pelvis, {-28, 0}, {-6, 185}}});
    add("standing-facing-wall", View::Side, 1, -75, -80, {-8, -2, -85}, {-6, 0, -85}, {118, 110, 5}, {72, 97, 0}, 0,
         {{P::Wall, J::NearWrist, {4, 0}, {6, 185}}});
    add("standing-chest-to-wall", View::Side, 1, -88, -88, {98, 45, 20}, kFarArmDown, kLegStand, kFarLegStand, 0,
        {{P::Wall, J::Pelvis, {25, 0}, {6, 185}}});
    add("standing-doorway", View::Side, 1, -80, -85, {180, -90, -90}, {185, -88, -88}, {105, 95, 0}, {70, 100, 0}, 0,
         {{P::Post, J::NearWrist, {-4, 0}, {-8, 190}}});
    add("standing-frame-arm-back", View::Side, 1, -88, -88, {175, 175, 175}, kFarArmDown, kLegStand, kFarLegStand, 0,
         {{P::Post, J::NearWrist, {-11, 0}, {-8, 190}}});
    add("standing-side-bend", View::Front, 1, -72, -62, {-72, -58, -50}, {70, 85, 88}, {100, 90, 180}, {84, 90, 0});
    add("standing-lean-to-wall", View::Front, 1, -80, -78, {105, 60, 40}, {10, 4, -80}, {80, 95, 0}, {97, 90, 180}, 0,
         {{P::Wall, J::FarWrist, {6, 0}, {6, 185}}});
    add("standing-hip-to-wall", View::Front, 1, -80, -80, {172, 178, -92}, {80, 110, 120}, {82, 96, 0}, {97, 88, 0}, 0,
         {{P::Wall, J::NearWrist, {-6, 0}, {-6, 185}}});
    add("standing-side-lunge", View::Front, 1, -86, -88, {112, 35, 20}, {68, 145, 160}, {120, 118, 180}, {70, 108, 0});
    add("standing-elbow-bent", View::Front, 1, -90, -90, {97, -82, -95}, kFrontFarArmDown, kFrontLeg, kFrontFarLeg);
    add("standing-frame-pull", View::Side, 1, -100, -75, {-2, -2, 0}, {0, 0, 0}, {68, 112, 0}, {66, 114, 0}, 0,
        {{P::Post, J::NearWrist, {10, 0}, {8, 190}}});
    add("standing-arms-forward", View::Side, 1, -90, -90, {0, 0, 0}, {3, 2, 0}, kLegStand, kFarLegStand);
    add("standing-towel-behind-back", View::Side, 1, -90, -90, {112, 70, 60}, {-100, 80, 80}, kLegStand, kFarLegStand);
    add("standing-arm-across", View::Front, 1, -90, -90, {10, 2, 0}, {120, -165, -165}, kFrontLeg, kFrontFarLeg);
    add("standing-arm-overhead", View::Front, 1, -90, -88, {-100, 75, 80}, {-130, -175, -175}, kFrontLeg, kFrontFarLeg);
    add("standing-hands-behind-back", View::Side, 1, -90, -90, {118, 98, 90}, {115, 96, 90}, kLegStand, kFarLegStand);
    add("standing-quad-stretch", View::Side, 1, -90, -90, {112, 95, 90}, {5, 0, -80}, {110, -95, 180}, {90, 90, 0}, 0,
         {{P::Wall, J::FarWrist, {12, 0}, {6, 185}}});
    add("standing-forward-bend", View::Side, 1, 55, 75, {90, 90, 90}, {88, 88, 88}, {92, 90, 0}, {88, 90, 0});
    add("standing-split", View::Side, 1, -88, -88, kArmDown, {10, 5, 0}, {122, 100, 0}, {62, 108, 0}, 0,
         {{P::Wall, J::FarWrist, {12, 0}, {6, 185}}});
    add("standing-heel-on-step", View::Side, 1, -58, -45, {80, 88, 90}, {78, 86, 90}, {35, 35, -60}, {90, 90, 0}, 0,
         {{P::Step, J::NearAnkle, {-10, 5}, {26, 0}}});
    add("standing-one-leg", View::Front, 1, -90, -90, kFrontArmDown, {-10, 80, 85}, kFrontLeg, {60, 115, 0});
    add("kneeling-lunge", View::Side, 1, -90, -90, {80, 20, 10}, {75, 15, 10}, {110, 180, 180}, {0, 90, 0}, 0,
         {{P::Cushion, J::NearKnee, {-9, 6}, {20, 5}}});
    add("hands-and-knees", View::Side, 1, 0, -10, {90, 90, 0}, {88, 90, 0}, {90, 180, 180}, {88, 180, 180});
    // Sitting.
    add("sitting", View::Side, 1, -90, -90, {95, 20, 10}, {92, 15, 10}, kLegSeated, kFarLegSeated, 0, {kChairSide});
    add("sitting-front", View::Front, 1, -90, -90, {100, 93, 90}, {80, 87, 90}, kFrontSeatedLeg, kFrontFarSeatedLeg, 0, {kChairFront});
    add("sitting-table", View::Side, 1, -88, -88, {96, 0, 0}, {92, 5, 0}, kLegSeated, kFarLegSeated, 0,
         {kChairSide, {P::Table, J::NearWrist, {-34, 4}, {60, 0}}});
    add("sitting-ankle-on-knee", View::Front, 1, -90, -90, {100, 93, 90}, {75, 60, 30}, {172, 8, 0, 0.75}, kFrontFarSeatedLeg, 0,
         {kChairFront});
    add("sitting-leg-out", View::Side, 1, -95, -90, {95, 20, 10}, {92, 15, 10}, {0, 0, -80}, kFarLegSeated, 0,
         {kChairSide, {P::Step, J::NearAnkle, {-8, 5}, {22, 0}}});
    add("sitting-floor", View::Side, 1, -100, -92, {112, 102, 0}, {110, 100, 0}, kLegFlatUp, {2, 0, -80});
    add("sitting-floor-knees-up", View::Side, 1, -106, -95, {115, 105, 0}, {113, 103, 0}, {-38, 58, 0}, {-35, 60, 0});
    add("sitting-floor-straddle", View::Front, 1, -90, -90, {100, 80, 90}, {80, 100, 90}, {158, 160, 110}, {22, 20, 70});
    add("sitting-reach-forward", View::Side, 1, -68, -35, {0, 4, 0}, {2, 6, 0}, kLegSeated, kFarLegSeated, 0, {kChairSide});
    add("sitting-self-hug", View::Front, 1, -90, -80, {70, -52, -52}, {110, -128, -128}, kFrontSeatedLeg, kFrontFarSeatedLeg, 0, {kChairFront});
    add("sitting-forward-fold", View::Side, 1, 15, 60, {92, 90, 90}, {90, 88, 88}, kLegSeated, kFarLegSeated, 0, {kChairSide});
    add("sitting-floor-butterfly", View::Front, 1, -90, -90, {97, 80, 70}, {83, 100, 110}, {160, 20, 0, 0.8}, {20, 160, 180, 0.8});
    add("sitting-bed-edge", View::Side, 1, -90, -90, {95, 20, 10}, {92, 15, 10}, kLegSeated, kFarLegSeated, 14,
         {{P::Bed, J::Pelvis, {-45, 11}, {60, 0}}});
    // Lying: on the back the head is to the left and the front faces up.
    add("lying-back", View::Side, 1, 180, 180, kArmAlongBody, {2, 0, 0}, kLegFlatUp, {2, 0, -80});
    add("lying-back-knees-bent", View::Side, 1, 180, 180, kArmAlongBody, {2, 0, 0}, kKneesBent, kFarKneesBent);
    add("lying-back-leg-up", View::Side, 1, 180, 180, {-42, -52, -52}, {-38, -48, -48}, {-88, -88, 180}, {2, 0, -80});
    add("lying-back-knee-to-chest", View::Side, 1, 180, 180, {-48, -38, -30}, {2, 0, 0}, {-125, 8, 0}, {2, 0, -80});
    add("lying-back-knees-to-chest", View::Side, 1, 180, 180, {-48, -38, -30}, {-46, -36, -30}, {-125, 8, 0}, {-122, 10, 0});
    add("lying-back-legs-up-wall", View::Side, 1, 180, 180, kArmAlongBody, {2, 0, 0}, {-90, -90, 180}, {-86, -90, 180}, 0,
         {{P::Wall, J::NearKnee, {8, 0}, {6, 120}}});
    add("lying-back-leg-on-frame", View::Side, 1, 180, 180, kArmAlongBody, {2, 0, 0}, {-88, -88, 180}, {2, 0, -80}, 0,
         {{P::Post, J::NearKnee, {8, 0}, {8, 130}}});
    add("lying-back-calf-on-knee", View::Side, 1, 180, 180, kArmAlongBody, {2, 0, 0}, {-42, -3, -70}, {-25, 35, 0});
    add("lying-back-happy-baby", View::Side, 1, 180, 180, {-62, -60, -60}, {-60, -58, -58}, {-125, -80, 180}, {-122, -78, 180});
    add("lying-back-bed-arm-hanging", View::Side, 1, 180, 180, {92, 90, 90}, {2, 0, 0}, kLegFlatUp, {2, 0, -80}, 22,
        {{P::Bed, J::Pelvis, {-85, 11}, {150, 0}}});
    add_from_above("lying-back-from-above", {6, 2, 0}, {-6, -2, 0}, {3, 0, 0}, {-3, 0, 0});
    add_from_above("lying-back-arms-out", {90, 90, 90}, {-90, -90, -90}, {3, 0, 0}, {-3, 0, 0});
    add_from_above("lying-back-leg-across", {90, 90, 90}, {-90, -90, -90}, {-38, -15, 0}, {-2, 0, 0});
    add("lying-back-table-edge", View::Side, 1, 180, 180, {-48, -38, -30}, {2, 0, 0}, {45, 90, 0}, {-125, 8, 0}, 10,
         {{P::Bed, J::Pelvis, {-95, 11}, {100, 0}}});
    // Lying face down: mirrored, so the front faces the floor.
    add("lying-face-down", View::Side, -1, 180, 180, kArmAlongBody, {2, 0, 0}, kLegFlatDown, {1, 0, 20});
    add("lying-face-down-forearms", View::Side, -1, -162, -168, {92, 180, 180}, {90, 178, 178}, kLegFlatDown, {1, 0, 20});
    add("lying-face-down-knee-bent", View::Side, -1, 180, 180, {-14, -16, -16}, {2, 0, 0}, {0, -95, -10}, {1, 0, 20});
    add("lying-face-down-press-up", View::Side, -1, -155, -140, {135, 45, 180}, {133, 47, 180}, kLegFlatDown, {1, 0, 20});
    // Lying on the side, seen from the front: the near (treated) side down, or up with facing -1.
    add("lying-side", View::Front, 1, 180, 180, {178, 180, 180}, {8, 2, 0}, {0, 0, -20}, {-12, 15, 0});
    add("lying-side-treated-up", View::Front, -1, 180, 180, {8, 2, 0}, {178, 180, 180}, {2, -100, 175}, {-12, 15, 0});
    // Close-ups for the face, the hand and the foot: a whole pose, framed around one joint.
    auto close_up = [&](std::string_view from, std::string_view name, Joint focus, FigurePoint half, bool legs = true,
                        bool palm_down = false) {
        Pose pose = *std::find_if(poses.begin(), poses.end(), [&](const Pose& p) { return p.name == from; });
        pose.name = name, pose.focus = focus, pose.focus_half = half, pose.legs = legs, pose.palm_down = palm_down;
        poses.push_back(std::move(pose));
    };
    close_up("sitting-front", "head-close", J::HeadCenter, {42, 38});
    close_up("sitting", "head-close-side", J::HeadCenter, {42, 38});
    close_up("lying-back-knees-bent", "lying-head-close", J::HeadCenter, {50, 34});
    close_up("sitting-table", "forearm-close", J::NearWrist, {55, 40}, false);  // palm up
    close_up("sitting-table", "forearm-close-palm-down", J::NearWrist, {55, 40}, false, true);
    close_up("sitting-ankle-on-knee", "foot-close", J::NearAnkle, {50, 40});
    close_up("sitting", "foot-on-floor-close", J::NearAnkle, {56, 40});
    return poses;
}

const std::vector<Pose>& Poses() {
    static const std::vector<Pose> poses = BuildPoses();
    return poses;
}

using S = Segment;
const std::vector<Place>& Places() {
    static const std::vector<Place> places = {
        // Head and neck.
        {"forehead", S::Head, 0.78, 10}, {"eye", S::Head, 0.56, 30}, {"temple", S::Head, 0.62, 90}, {"cheek", S::Head, 0.42, 55},
        {"jaw", S::Head, 0.2, 60}, {"skull-base", S::Head, 0.25, 180}, {"under-jaw", S::Neck, 0.95, 15},
        {"front-of-neck", S::Neck, 0.5, 10}, {"side-of-neck", S::Neck, 0.5, 90}, {"back-of-neck", S::Neck, 0.45, 180},
        // Trunk, from the pelvis up.
        {"top-of-shoulder", S::Trunk, 1.0, 120, true}, {"upper-back", S::Trunk, 0.85, 180}, {"shoulder-blade", S::Trunk, 0.75, 160},
        {"mid-back", S::Trunk, 0.55, 180}, {"low-back", S::Trunk, 0.28, 180}, {"buttock", S::Trunk, 0.02, 180},
        {"hip-side", S::Trunk, 0.02, 90}, {"front-of-hip", S::Trunk, 0.04, 15}, {"belly", S::Trunk, 0.3, 0},
        {"lower-ribs", S::Trunk, 0.55, 25}, {"ribs-side", S::Trunk, 0.6, 90}, {"chest", S::Trunk, 0.82, 0},
        {"breastbone", S::Trunk, 0.72, 0}, {"armpit", S::Trunk, 0.84, 90},
        // Arm, from the shoulder out.
        {"shoulder", S::UpperArm, 0.12, 90}, {"upper-arm-front", S::UpperArm, 0.5, 0}, {"upper-arm-back", S::UpperArm, 0.5, 180},
        {"elbow", S::Forearm, 0.04, 180}, {"forearm-front", S::Forearm, 0.3, 0}, {"forearm-back", S::Forearm, 0.3, 180},
        {"forearm-thumb-side", S::Forearm, 0.22, 90}, {"wrist", S::Forearm, 0.95, 0}, {"palm", S::Hand, 0.5, 0},
        {"back-of-hand", S::Hand, 0.5, 180}, {"thumb-web", S::Hand, 0.25, 90}, {"little-finger-edge", S::Hand, 0.5, 270},
        {"fingers", S::Hand, 0.95, 0},
        // Leg, from the hip down.
        {"sit-bone", S::Thigh, 0.06, 180}, {"thigh-front", S::Thigh, 0.5, 0}, {"upper-thigh-front", S::Thigh, 0.15, 20},
        {"thigh-back", S::Thigh, 0.55, 180}, {"thigh-outer", S::Thigh, 0.5, 90}, {"thigh-inner", S::Thigh, 0.4, 270},
        {"knee", S::Thigh, 0.98, 0}, {"inner-knee", S::Shin, 0.1, 270}, {"back-of-knee", S::Thigh, 0.95, 180},
        {"calf", S::Shin, 0.35, 180}, {"shin", S::Shin, 0.35, 30}, {"outer-shin", S::Shin, 0.45, 90},
        {"ankle", S::Shin, 0.97, 90}, {"heel", S::Foot, 0.05, 180}, {"sole", S::Foot, 0.5, 180},
        {"ball-of-foot", S::Foot, 0.78, 180}, {"top-of-foot", S::Foot, 0.55, 0}, {"toes", S::Foot, 0.97, 0},
    };
    return places;
}

struct Named {
    std::string_view name;
    int value;
};

const std::vector<Named>& Tools() {
    static const std::vector<Named> tools = {
        {"none", int(Tool::None)},       {"ball", int(Tool::Ball)},     {"two-balls", int(Tool::TwoBalls)},
        {"foam-roller", int(Tool::FoamRoller)}, {"fingers", int(Tool::Fingers)}, {"thumb", int(Tool::Thumb)},
        {"pinch", int(Tool::Pinch)},     {"hand", int(Tool::Hand)},     {"strap", int(Tool::Strap)},
        {"cane", int(Tool::Cane)},       {"towel-roll", int(Tool::TowelRoll)},
    };
    return tools;
}

const std::vector<Named>& Arrows() {
    static const std::vector<Named> arrows = {
        {"none", int(Arrow::None)},         {"press", int(Arrow::Press)},       {"lean", int(Arrow::Lean)},
        {"roll", int(Arrow::Roll)},         {"circles", int(Arrow::Circles)},   {"turn", int(Arrow::Turn)},
        {"toward-head", int(Arrow::TowardHead)},
        {"toward-feet", int(Arrow::TowardFeet)}, {"forward", int(Arrow::Forward)}, {"backward", int(Arrow::Backward)},
        {"up", int(Arrow::Up)},             {"down", int(Arrow::Down)},         {"across", int(Arrow::Across)},
        {"outward", int(Arrow::Outward)},
    };
    return arrows;
}

template <class Items>
std::vector<std::string_view> NamesOf(const Items& items) {
    std::vector<std::string_view> names;
    for (const auto& item : items) names.push_back(item.name);
    return names;
}

template <class Items>
auto FindNamed(const Items& items, std::string_view name) -> decltype(&items.front()) {
    auto it = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == name; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Pose* FindPose(std::string_view name) { return FindNamed(Poses(), name); }
const Place* FindPlace(std::string_view name) { return FindNamed(Places(), name); }

std::optional<Tool> FindTool(std::string_view name) {
    auto named = FindNamed(Tools(), name);
    return named ? std::optional<Tool>(Tool(named->value)) : std::nullopt;
}

std::optional<Arrow> FindArrow(std::string_view name) {
    auto named = FindNamed(Arrows(), name);
    return named ? std::optional<Arrow>(Arrow(named->value)) : std::nullopt;
}

std::vector<std::string_view> PoseNames() { return NamesOf(Poses()); }
std::vector<std::string_view> PlaceNames() { return NamesOf(Places()); }
std::vector<std::string_view> ToolNames() { return NamesOf(Tools()); }
std::vector<std::string_view> ArrowNames() { return NamesOf(Arrows()); }

bool UsesHand(Tool tool) {
    return tool == Tool::Fingers || tool == Tool::Thumb || tool == Tool::Pinch || tool == Tool::Hand || tool == Tool::Cane;
}

}  // namespace ta::figures
