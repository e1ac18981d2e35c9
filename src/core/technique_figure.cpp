// Draws a <figure>: poses the stick figure from the library's joint angles, lets the other arm
// reach the place when a hand is the tool, puts the tool on the body's surface there, adds the
// arrow, then stands everything on the floor and frames it.
#include "technique_figure.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

using namespace figures;

const char* FigureRoleName(FigureRole role) {
    switch (role) {
    case FigureRole::Prop: return "prop";
    case FigureRole::FarBody: return "far-body";
    case FigureRole::Body: return "body";
    case FigureRole::Target: return "target";
    case FigureRole::Tool: return "tool";
    case FigureRole::Arrow: return "arrow";
    }
    return "body";
}

const char* FigureFormName(FigureForm form) {
    switch (form) {
    case FigureForm::Capsule: return "capsule";
    case FigureForm::Disc: return "disc";
    case FigureForm::Fill: return "polygon";
    case FigureForm::Line: return "line";
    }
    return "capsule";
}

namespace {

using V = FigurePoint;
V operator+(V a, V b) { return {a.x + b.x, a.y + b.y}; }
V operator-(V a, V b) { return {a.x - b.x, a.y - b.y}; }
V operator*(V a, double k) { return {a.x * k, a.y * k}; }
double Dot(V a, V b) { return a.x * b.x + a.y * b.y; }
double Length(V a) { return std::sqrt(Dot(a, a)); }
V Unit(V a) { double l = Length(a); return l > 1e-9 ? a * (1 / l) : V{0, 0}; }
V Rot(V a) { return {-a.y, a.x}; }  // a quarter turn clockwise on screen
V Dir(double degrees) { double r = degrees * M_PI / 180; return {std::cos(r), std::sin(r)}; }
V Lerp(V a, V b, double t) { return a + (b - a) * t; }
V Turn(V a, double radians) { return {a.x * std::cos(radians) - a.y * std::sin(radians), a.x * std::sin(radians) + a.y * std::cos(radians)}; }

// Body proportions in figure units (an adult of about 175).
constexpr double kTrunk = 50, kNeck = 8, kHeadR = 10, kUpperArm = 28, kForearm = 26, kHand = 9;
constexpr double kThigh = 44, kShin = 42, kFoot = 14, kShoulderHalf = 15, kHipHalf = 8;
constexpr double kTrunkR = 11, kNeckR = 4.5, kUpperArmR = 5, kForearmR = 4.3, kHandR = 3.8;
constexpr double kThighR = 7.5, kShinR = 5.5, kFootR = 3.8;

struct Limb {
    V root, mid, end, tip;  // shoulder, elbow, wrist, fingertips; or hip, knee, ankle, toes
};

struct Skeleton {
    View view = View::Side;
    int facing = 1;
    bool palm_down = false;
    V pelvis, neck_base, head_center, head_dir, trunk_dir;
    V front;      // side view: the way the chest faces
    V near_side;  // front view: from the spine towards the treated side
    Limb arm[2], leg[2];  // [0] near (treated) side, [1] far side
};

Limb PoseLimb(V root, const LimbPose& pose, double upper, double lower, double end, double end_scale) {
    Limb limb;
    limb.root = root;
    limb.mid = root + Dir(pose.upper) * (upper * pose.scale);
    limb.end = limb.mid + Dir(pose.lower) * lower;
    limb.tip = limb.end + Dir(pose.end) * (end * end_scale);
    return limb;
}

Skeleton PoseSkeleton(const Pose& pose) {
    Skeleton s;
    s.view = pose.view;
    s.facing = pose.facing;
    s.palm_down = pose.palm_down;
    s.trunk_dir = Dir(pose.trunk);
    s.head_dir = Dir(pose.head);
    s.neck_base = s.pelvis + s.trunk_dir * kTrunk;
    s.head_center = s.neck_base + s.head_dir * (kNeck + kHeadR);
    s.front = Rot(s.trunk_dir) * pose.facing;
    s.near_side = pose.view == View::Front ? Rot(s.trunk_dir) * -pose.facing : V{0, 0};
    const LimbPose* arms[2] = {&pose.near_arm, &pose.far_arm};
    const LimbPose* legs[2] = {&pose.near_leg, &pose.far_leg};
    for (int side = 0; side < 2; ++side) {
        const double sign = side == 0 ? 1 : -1;
        V shoulder = s.neck_base - s.trunk_dir * 5 + s.near_side * (kShoulderHalf * sign);
        V hip = s.pelvis + s.near_side * (kHipHalf * sign);
        s.arm[side] = PoseLimb(shoulder, *arms[side], kUpperArm, kForearm, kHand, 1);
        // Seen from the front, a foot under an upright shin points at the viewer and looks short.
        const bool foreshortened = pose.view == View::Front && std::abs(Dir(legs[side]->lower).y) > 0.7;
        s.leg[side] = PoseLimb(hip, *legs[side], kThigh, kShin, kFoot, foreshortened ? 0.5 : 1);
    }
    return s;
}

// Bends the far arm so its fingertips reach `target` (two-bone reach, elbow kept low).
void ReachFarArm(Skeleton& s, V target) {
    Limb& arm = s.arm[1];
    const double a = kUpperArm, b = kForearm + kHand;
    V to = target - arm.root;
    const double d = std::clamp(Length(to), std::abs(a - b) + 1, a + b - 0.5);
    const double angle = std::acos(std::clamp((a * a + d * d - b * b) / (2 * a * d), -1.0, 1.0));
    V e1 = arm.root + Turn(Unit(to), angle) * a, e2 = arm.root + Turn(Unit(to), -angle) * a;
    arm.mid = e1.y > e2.y ? e1 : e2;
    V hand_dir = Unit(target - arm.mid);
    arm.end = arm.mid + hand_dir * kForearm;
    arm.tip = arm.mid + hand_dir * b;
}

// A segment as the places see it: its two ends, its half thickness, and the way up the body.
struct Bone {
    V a, b;
    double radius = 0;
    V up;
};

Bone BoneOf(const Skeleton& s, Segment segment, double along) {
    const Limb &arm = s.arm[0], &leg = s.leg[0];
    auto limb = [](V a, V b, double r) { return Bone{a, b, r, Unit(a - b)}; };
    switch (segment) {
    case Segment::Trunk: {
        double r = s.view == View::Front ? (kHipHalf + 5) + (kShoulderHalf - kHipHalf - 1) * along : kTrunkR;
        return {s.pelvis, s.neck_base, r, s.trunk_dir};
    }
    case Segment::Neck: return {s.neck_base, s.head_center - s.head_dir * kHeadR, kNeckR, s.head_dir};
    case Segment::Head: return {s.head_center - s.head_dir * kHeadR, s.head_center + s.head_dir * kHeadR, kHeadR, s.head_dir};
    case Segment::UpperArm: return limb(arm.root, arm.mid, kUpperArmR);
    case Segment::Forearm: return limb(arm.mid, arm.end, kForearmR);
    case Segment::Hand: return limb(arm.end, arm.tip, kHandR);
    case Segment::Thigh: return limb(leg.root, leg.mid, kThighR);
    case Segment::Shin: return limb(leg.mid, leg.end, kShinR);
    case Segment::Foot: {
        V heel = leg.end - Unit(leg.tip - leg.end) * 3;
        return limb(heel, leg.tip, kFootR);
    }
    }
    return {};
}

// Where a place is on the drawn body: the point on the skin, the outward direction there (zero
// when the place faces the viewer, so a tool is drawn on top of the body), and the bone.
struct Spot {
    V axis, skin, out;
    Bone bone;
};

Spot Locate(const Skeleton& s, const Place& place) {
    Spot spot;
    spot.bone = BoneOf(s, place.segment, place.along);
    const Bone& bone = spot.bone;
    spot.axis = place.end ? bone.b : Lerp(bone.a, bone.b, place.along);
    const double around = place.around * M_PI / 180;
    V surface;
    if (s.view == View::Side) {
        const bool turned = s.palm_down && (place.segment == Segment::Forearm || place.segment == Segment::Hand);
        surface = Rot(bone.up) * (s.facing * std::cos(around) * (turned ? -1 : 1));
    } else {
        V outer = Rot(bone.up);
        if (std::abs(Dot(bone.up, s.near_side)) > 0.9) outer = outer.y < 0 ? outer : outer * -1;  // limb held sideways
        else if (Dot(outer, s.near_side) < 0) outer = outer * -1;
        surface = outer * std::sin(around);
        if (place.segment == Segment::Trunk && std::abs(std::sin(around)) < 0.5)
            spot.axis = spot.axis + s.near_side * (bone.radius * 0.45);  // the treated half of the chest or back
    }
    if (place.end) {
        surface = bone.up;
        spot.axis = spot.axis + (s.view == View::Front ? s.near_side * (kShoulderHalf - 3) : s.front * -3);
    }
    spot.skin = spot.axis + surface * bone.radius;
    spot.out = Length(surface) > 0.35 ? Unit(surface) : V{0, 0};
    return spot;
}

struct Builder {
    FigureDrawing drawing;
    double arrow_scale = 1;  // arrows shrink in close-ups, which magnify everything else
    void Add(FigureRole role, FigureForm form, std::vector<V> points, double width) {
        drawing.shapes.push_back({role, form, std::move(points), width});
    }
    void Capsule(FigureRole role, std::vector<V> points, double width) { Add(role, FigureForm::Capsule, std::move(points), width); }
    void Disc(FigureRole role, V centre, double diameter) { Add(role, FigureForm::Disc, {centre}, diameter); }
    void Box(FigureRole role, V a, V b) { Add(role, FigureForm::Fill, {a, {b.x, a.y}, b, {a.x, b.y}}, 1.2); }
    void Arrow(V from, V to, bool both_ends = false) {
        const V d = Unit(to - from);
        const double k = arrow_scale;
        auto head = [&](V tip, V dir) {
            Add(FigureRole::Arrow, FigureForm::Fill, {tip, tip - dir * (8 * k) + Rot(dir) * (4.5 * k), tip - dir * (8 * k) - Rot(dir) * (4.5 * k)}, 0);
        };
        Add(FigureRole::Arrow, FigureForm::Line, {both_ends ? from + d * (6 * k) : from, to - d * (6 * k)}, 2.6 * k);
        head(to, d);
        if (both_ends) head(from, d * -1);
    }
};

void DrawLimb(Builder& b, FigureRole role, const Limb& limb, bool arm, bool front_view) {
    b.Capsule(role, {limb.root, limb.mid}, 2 * (arm ? kUpperArmR : kThighR));
    b.Capsule(role, {limb.mid, limb.end}, 2 * (arm ? kForearmR : kShinR));
    if (arm) {
        b.Capsule(role, {limb.end, limb.tip}, 2 * kHandR);
    } else {
        V heel = limb.end - Unit(limb.tip - limb.end) * (front_view ? 1 : 3);
        b.Capsule(role, {heel, limb.tip}, 2 * kFootR);
    }
}

void DrawBody(Builder& b, const Skeleton& s, bool far_arm_in_front, bool legs) {
    const bool front = s.view == View::Front;
    const FigureRole far = front ? FigureRole::Body : FigureRole::FarBody;
    if (legs) DrawLimb(b, far, s.leg[1], false, front);
    if (!far_arm_in_front) DrawLimb(b, far, s.arm[1], true, front);
    if (front) {
        V up = s.trunk_dir * 3;
        b.Add(FigureRole::Body, FigureForm::Fill,
              {s.arm[0].root + s.near_side * 4 + up, s.arm[1].root - s.near_side * 4 + up, s.leg[1].root - s.near_side * 5,
               s.leg[0].root + s.near_side * 5},
              2 * 3.0);
        if (legs) DrawLimb(b, FigureRole::Body, s.leg[0], false, front);
    } else {
        if (legs) DrawLimb(b, FigureRole::Body, s.leg[0], false, front);
        b.Capsule(FigureRole::Body, {s.pelvis, s.neck_base - s.trunk_dir * 2}, 2 * kTrunkR);
    }
    b.Capsule(FigureRole::Body, {s.neck_base, s.head_center}, 2 * kNeckR);
    b.Disc(FigureRole::Body, s.head_center, 2 * kHeadR);
    if (!front) b.Disc(FigureRole::Body, s.head_center + Rot(s.head_dir) * (s.facing * 9.5) + s.head_dir * -1, 5);  // the nose
    DrawLimb(b, FigureRole::Body, s.arm[0], true, front);
    if (far_arm_in_front) DrawLimb(b, FigureRole::Body, s.arm[1], true, front);
}

// The treated or stretched spot, shaded on the body under the tool.
void DrawTarget(Builder& b, const Spot& spot, const Place& place) {
    const Bone& bone = spot.bone;
    const bool small = place.end || place.segment == Segment::Head || place.segment == Segment::Neck ||
                       place.segment == Segment::Hand || place.segment == Segment::Foot;
    V centre = Lerp(spot.axis, spot.skin, 0.45);
    if (small) {
        b.Disc(FigureRole::Target, centre, std::max(7.0, bone.radius * 1.1));
        return;
    }
    V along = Unit(bone.b - bone.a) * (Length(bone.b - bone.a) * 0.13);
    b.Capsule(FigureRole::Target, {centre - along, centre + along}, bone.radius * 1.25);
}

// Draws the tool; returns its centre and radius, where a pressing arrow aims.
std::pair<V, double> DrawTool(Builder& b, Tool tool, const Skeleton& s, const Spot& spot) {
    const V touch = spot.skin + spot.out * 2.5;
    auto rest_on_skin = [&](double r) { return spot.skin + spot.out * r; };
    switch (tool) {
    case Tool::None: return {spot.skin, 0};
    case Tool::Ball: b.Disc(FigureRole::Tool, rest_on_skin(6), 12); return {rest_on_skin(6), 6};
    case Tool::TwoBalls: {
        V along = Unit(spot.bone.b - spot.bone.a) * 5.5;
        b.Disc(FigureRole::Tool, rest_on_skin(5.5) - along, 11);
        b.Disc(FigureRole::Tool, rest_on_skin(5.5) + along, 11);
        return {rest_on_skin(5.5), 5.5};
    }
    case Tool::FoamRoller:
        b.Disc(FigureRole::Tool, rest_on_skin(9), 18);
        b.Disc(FigureRole::Prop, rest_on_skin(9), 6);
        return {rest_on_skin(9), 9};
    case Tool::TowelRoll: b.Disc(FigureRole::Tool, rest_on_skin(5), 10); return {rest_on_skin(5), 5};
    case Tool::Fingers: b.Disc(FigureRole::Tool, touch, 6); return {touch, 3};
    case Tool::Thumb: b.Disc(FigureRole::Tool, touch, 5); return {touch, 2.5};
    case Tool::Hand: b.Disc(FigureRole::Tool, touch, 8); return {touch, 4};
    case Tool::Pinch: {
        // Thumb and fingers either side of a limb; on the trunk or the head, a fold of it.
        const bool fold = spot.bone.radius > 8;
        const V centre = fold ? touch : spot.axis;
        const V across = Rot(Unit(spot.bone.b - spot.bone.a)) * (fold ? 4.5 : spot.bone.radius + 2.5);
        b.Disc(FigureRole::Tool, centre + across, 5);
        b.Disc(FigureRole::Tool, centre - across, 5);
        return {centre, fold ? 4.5 : spot.bone.radius + 2.5};
    }
    case Tool::Strap: {
        // Looped round the foot when the hands are near it (a leg stretch), else held between the hands.
        const V foot = Lerp(s.leg[0].end, s.leg[0].tip, 0.6);
        const bool round_foot = std::min(Length(s.arm[0].tip - foot), Length(s.arm[1].tip - foot)) < 70;
        if (round_foot)
            for (const Limb& arm : s.arm) b.Add(FigureRole::Tool, FigureForm::Line, {foot, arm.tip}, 2.5);
        else
            b.Add(FigureRole::Tool, FigureForm::Line, {s.arm[0].tip, s.arm[1].tip}, 2.5);
        return {touch, 2};
    }
    case Tool::Cane: {
        V out = Length(spot.out) > 0 ? spot.out : V{0, -1};
        V forward = s.view == View::Side ? s.front : s.near_side * -1;
        if (Dot(forward, out) > 0.5) forward = Rot(out);
        b.Add(FigureRole::Tool, FigureForm::Line,
              {touch, touch + out * 6, touch + out * 9 + forward * 6, touch + out * 7 + forward * 12, touch + forward * 15,
               touch + forward * 22 + V{0, 60}},
              3.2);
        return {touch, 2};
    }
    }
    return {spot.skin, 0};
}

V ArrowDirection(Arrow arrow, const Skeleton& s, const Spot& spot) {
    const V forward = s.view == View::Side ? s.front : V{0, 1};
    switch (arrow) {
    case Arrow::TowardHead: return s.trunk_dir;
    case Arrow::TowardFeet: return s.trunk_dir * -1;
    case Arrow::Forward: return forward;
    case Arrow::Backward: return forward * -1;
    case Arrow::Up: return {0, -1};
    case Arrow::Down: return {0, 1};
    case Arrow::Across: return s.view == View::Front ? s.near_side * -1 : forward;
    case Arrow::Outward: return s.view == View::Front ? s.near_side : (Length(spot.out) > 0 ? spot.out : forward);
    default: return {0, 0};
    }
}

void DrawArrow(Builder& b, Arrow arrow, const Skeleton& s, const Spot& spot, V tool_centre, double tool_r) {
    const V out = spot.out;
    const double k = b.arrow_scale;
    const bool has_out = Length(out) > 0;
    switch (arrow) {
    case Arrow::None: return;
    case Arrow::Press:
        if (has_out) b.Arrow(tool_centre + out * (tool_r + 22 * k), tool_centre + out * (tool_r + 2));
        else b.Arrow(tool_centre + V{13, -19} * k, tool_centre + Unit(V{13, -19} * k) * (tool_r + 2));
        return;
    case Arrow::Lean: {
        if (!has_out) { b.Arrow(tool_centre + V{13, -19} * k, tool_centre + Unit(V{13, -19} * k) * (tool_r + 2)); return; }
        const double r = spot.bone.radius;
        b.Arrow(spot.axis - out * (r + 22 * k), spot.axis - out * (r + 3));
        return;
    }
    case Arrow::Roll: {
        V along = Unit(spot.bone.b - spot.bone.a);
        V side = has_out ? out * -1 : Rot(along);
        if (!has_out && side.y > 0) side = side * -1;
        V centre = spot.axis + side * (spot.bone.radius + 8 * k);
        b.Arrow(centre - along * (15 * k), centre + along * (15 * k), true);
        return;
    }
    case Arrow::Circles:
    case Arrow::Turn: {
        // Circles go round the tool; a turn goes round the whole limb or head.
        const V centre = arrow == Arrow::Turn ? spot.axis : tool_centre;
        const double r = arrow == Arrow::Turn ? spot.bone.radius + 5 * k : tool_r + 7 * k;
        std::vector<V> arc;
        for (int i = 0; i <= 14; ++i) arc.push_back(centre + Dir(-200 + i * 19.0) * r);
        V tip = arc.back(), dir = Unit(arc.back() - arc[arc.size() - 2]);
        b.Add(FigureRole::Arrow, FigureForm::Line, std::move(arc), 2.4 * k);
        b.Add(FigureRole::Arrow, FigureForm::Fill, {tip + dir * (4 * k), tip - dir * (4 * k) + Rot(dir) * (4.5 * k), tip - dir * (4 * k) - Rot(dir) * (4.5 * k)}, 0);
        return;
    }
    default: {
        // From the skin outwards; a place facing the viewer gets its arrow beside the body part,
        // not across it.
        const V d = ArrowDirection(arrow, s, spot);
        V origin = spot.skin + out * (7 * k);
        if (has_out && Dot(out, d) < -0.5)  // it would cross the body part: pass over its top instead
            origin = spot.axis + spot.bone.up * (spot.bone.radius + 6 * k) - d * (16 * k);
        else if (!has_out) {
            V beside = Rot(d);
            const V toward = s.view == View::Front ? s.near_side : s.front;
            if (Dot(beside, toward) < 0) beside = beside * -1;
            origin = spot.axis + beside * (spot.bone.radius + 6 * k) - d * (8 * k);
        }
        b.Arrow(origin + d * (3 * k), origin + d * (30 * k));
    }
    }
}

V JointAt(const Skeleton& s, Joint joint) {
    switch (joint) {
    case Joint::Pelvis: return s.pelvis;
    case Joint::NeckBase: return s.neck_base;
    case Joint::HeadCenter: return s.head_center;
    case Joint::NearShoulder: return s.arm[0].root;
    case Joint::NearWrist: return s.arm[0].end;
    case Joint::NearHip: return s.leg[0].root;
    case Joint::NearKnee: return s.leg[0].mid;
    case Joint::NearAnkle: return s.leg[0].end;
    case Joint::FarWrist: return s.arm[1].end;
    case Joint::FarKnee: return s.leg[1].mid;
    }
    return s.pelvis;
}

// Props reach the floor, so they are drawn once the floor is known (y = floor).
void DrawProps(Builder& b, const Pose& pose, const Skeleton& s, double floor) {
    const FigureRole r = FigureRole::Prop;
    for (const Prop& prop : pose.props) {
        const V at = JointAt(s, prop.anchor) + prop.offset;
        const double x0 = at.x, x1 = at.x + prop.size.x;
        switch (prop.kind) {
        case PropKind::Wall:
        case PropKind::Post: b.Box(r, {std::min(x0, x1), floor - prop.size.y}, {std::max(x0, x1), floor}); break;
        case PropKind::Chair:
            if (pose.view == View::Front) b.Box(r, {x0 + 3, at.y - prop.size.y}, {x1 - 3, at.y});  // the back, behind the body
            else b.Box(r, {x0, at.y - prop.size.y}, {x0 + 4, at.y});
            b.Box(r, {x0, at.y}, {x1, at.y + 4});
            b.Box(r, {x0 + 1, at.y + 4}, {x0 + 4, floor});
            b.Box(r, {x1 - 4, at.y + 4}, {x1 - 1, floor});
            break;
        case PropKind::Table:
            b.Box(r, {x0, at.y}, {x1, at.y + 4});
            b.Box(r, {x1 - 6, at.y + 4}, {x1 - 3, floor});
            break;
        case PropKind::Bed:
        case PropKind::Step: b.Box(r, {x0, at.y}, {x1, floor}); break;
        case PropKind::Cushion: b.Box(r, {x0, at.y}, {x1, at.y + prop.size.y}); break;
        case PropKind::Mat: b.Box(r, {x0, floor - 2}, {x1, floor}); break;
        }
    }
}

void Extend(FigureBox& box, bool& first, V p, double pad) {
    if (first) box = {p.x - pad, p.y - pad, p.x + pad, p.y + pad}, first = false;
    box.min_x = std::min(box.min_x, p.x - pad), box.min_y = std::min(box.min_y, p.y - pad);
    box.max_x = std::max(box.max_x, p.x + pad), box.max_y = std::max(box.max_y, p.y + pad);
}

FigureBox Bounds(const std::vector<FigureShape>& shapes, size_t from) {
    FigureBox box;
    bool first = true;
    for (size_t i = from; i < shapes.size(); ++i)
        for (V p : shapes[i].points) Extend(box, first, p, shapes[i].form == FigureForm::Fill ? 0 : shapes[i].width / 2);
    return box;
}

}  // namespace

FigureDrawing DrawFigure(const FigureSpec& spec) {
    const Pose* pose = FindPose(spec.pose);
    const Place* place = FindPlace(spec.place);
    auto tool = FindTool(spec.tool);
    auto arrow = FindArrow(spec.arrow.empty() ? "none" : spec.arrow);
    if (!pose || !place || !tool || !arrow) return {};

    Skeleton s = PoseSkeleton(*pose);
    if (UsesHand(*tool)) {
        Spot reach = Locate(s, *place);
        ReachFarArm(s, reach.skin + reach.out * 2.5);
    }
    const Spot spot = Locate(s, *place);
    const Place* arrow_place = spec.arrow_at.empty() ? place : FindPlace(spec.arrow_at);
    if (!arrow_place) return {};
    const Spot arrow_spot = Locate(s, *arrow_place);

    // Body, tool and arrow first, to find the floor under them; then the furniture behind them.
    Builder figure;
    if (pose->focus) figure.arrow_scale = std::clamp(pose->focus_half.x / 80, 0.45, 1.0);
    DrawBody(figure, s, UsesHand(*tool), pose->legs);
    DrawTarget(figure, spot, *place);
    auto [tool_centre, tool_r] = DrawTool(figure, *tool, s, spot);
    if (arrow_place == place) DrawArrow(figure, *arrow, s, spot, tool_centre, tool_r);
    else DrawArrow(figure, *arrow, s, arrow_spot, arrow_spot.skin, 0);
    const double floor = Bounds(figure.drawing.shapes, 0).max_y + pose->floor_drop;

    Builder props;
    DrawProps(props, *pose, s, floor);
    FigureDrawing drawing;
    drawing.shapes = std::move(props.drawing.shapes);
    drawing.shapes.insert(drawing.shapes.end(), figure.drawing.shapes.begin(), figure.drawing.shapes.end());
    FigureBox all = Bounds(drawing.shapes, 0);
    if (pose->floor)
        drawing.shapes.insert(drawing.shapes.begin(),
                              {FigureRole::Prop, FigureForm::Line, {{all.min_x - 12, floor}, {all.max_x + 12, floor}}, 1.5});

    // Stand it on y = 0 and frame it.
    for (auto& shape : drawing.shapes)
        for (V& p : shape.points) p.y -= floor;
    if (pose->focus) {
        V centre = JointAt(s, *pose->focus);
        centre.y -= floor;
        drawing.view_box = {centre.x - pose->focus_half.x, centre.y - pose->focus_half.y, centre.x + pose->focus_half.x,
                            centre.y + pose->focus_half.y};
    } else {
        FigureBox box = Bounds(drawing.shapes, pose->floor ? 1 : 0);
        if (pose->floor) box.max_y = std::max(box.max_y, 2.0);
        drawing.view_box = {box.min_x - 5, box.min_y - 5, box.max_x + 5, box.max_y + 3};
    }
    return drawing;
}

}  // namespace ta
