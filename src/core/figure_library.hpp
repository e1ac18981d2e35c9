// The named parts a technique's picture is built from: poses (a body position and the furniture
// it needs), places on the body, tools and arrows. Content names them in <figure>; the loader
// checks the names against these tables, and technique_figure.cpp draws from them.
//
// Figure space: units of about a centimetre on an adult body, x to the right, y down. A pose is
// a stick figure of rounded segments whose joints are given as absolute angles (degrees; 0 points
// right, 90 down), so a new pose is one row of numbers, not a drawing.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace ta::figures {

struct FigurePoint {
    double x = 0, y = 0;
};

// Side: seen from the side, the person's far limbs drawn paler behind. Front: seen from the
// front (or from above when lying on the side), the treated side on the viewer's left.
enum class View { Side, Front };

// One limb's segment directions, from the body outwards, and a length factor (foreshortening
// when a limb points at the viewer).
struct LimbPose {
    double upper = 90, lower = 90, end = 0;
    double scale = 1;
};

enum class Joint { Pelvis, NeckBase, HeadCenter, NearShoulder, NearWrist, NearHip, NearKnee, NearAnkle, FarWrist, FarKnee };

enum class PropKind { Wall, Post, Chair, Table, Bed, Step, Cushion, Mat };

// Furniture placed relative to a joint of the posed body; walls, posts, steps and beds reach down
// to the floor.
struct Prop {
    PropKind kind;
    Joint anchor;
    FigurePoint offset;  // from the anchor to the prop's reference corner or edge
    FigurePoint size;    // width and height where they apply
};

struct Pose {
    std::string_view name;
    View view = View::Side;
    int facing = 1;        // +1: the front of the body is to the right of the spine's direction; -1: mirrored
    double trunk = -90;    // pelvis to the base of the neck
    double head = -90;     // neck to the crown
    LimbPose near_arm, far_arm, near_leg, far_leg;
    double floor_drop = 0;  // gap from the body's lowest point down to the floor (a table, a bed)
    std::vector<Prop> props;
    std::optional<Joint> focus;   // a close-up: the view box is centred here
    FigurePoint focus_half{0, 0};  // half width and height of the close-up
    bool legs = true;              // false: a close-up of the arm on a table, where the legs under it only confuse
    bool floor = true;             // false: seen from above (lying on the back), with no floor under it
    bool palm_down = false;        // the forearm turned over: its palm side faces the other way
};

enum class Segment { Trunk, Neck, Head, UpperArm, Forearm, Hand, Thigh, Shin, Foot };

// A spot on the treated (near) side: a fraction along a segment (from the body outwards; the
// trunk from the pelvis up, the head from the neck to the crown) and an angle around it: 0 the
// front of the body, 180 the back, 90 the outer side, 270 the inner side. `end` puts it on the
// segment's far end instead (the top of the shoulder).
struct Place {
    std::string_view name;
    Segment segment;
    double along = 0.5;
    double around = 0;
    bool end = false;
};

enum class Tool { None, Ball, TwoBalls, FoamRoller, Fingers, Thumb, Pinch, Hand, Strap, Cane, TowelRoll };
enum class Arrow { None, Press, Lean, Roll, Circles, Turn, TowardHead, TowardFeet, Forward, Backward, Up, Down, Across, Outward };

const Pose* FindPose(std::string_view name);
const Place* FindPlace(std::string_view name);
std::optional<Tool> FindTool(std::string_view name);
std::optional<Arrow> FindArrow(std::string_view name);

// Every valid name, in the order content/README.md lists them (the loader's hints use these).
std::vector<std::string_view> PoseNames();
std::vector<std::string_view> PlaceNames();
std::vector<std::string_view> ToolNames();
std::vector<std::string_view> ArrowNames();

bool UsesHand(Tool tool);  // the other hand reaches the place: the far arm is posed to it

}  // namespace ta::figures
