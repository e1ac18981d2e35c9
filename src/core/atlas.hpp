// The body atlas: named body-surface regions and the views that draw them, with muscle outlines,
// trigger-point positions and landmark lines. Pure geometry; no medical knowledge.
#pragma once

#include "geometry.hpp"
#include "svg_path.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ta {

// Always the person's side, never the viewer's.
enum class Side { Right, Left, Midline };
const char* SideName(Side side);  // "right", "left", "midline"
Side OppositeSide(Side side);

// A region as written in regions.xml: "mid-temple" (paired) or "sacrum" (midline).
struct RegionBase {
    std::string id;
    std::string name;
    std::string note;
    bool paired = true;
    friend bool operator==(const RegionBase&, const RegionBase&) = default;
};

// A concrete region: "right-mid-temple", "left-mid-temple", "sacrum".
struct Region {
    std::string id;
    std::string name;  // "right temple"
    int base = -1;
    Side side = Side::Midline;
    friend bool operator==(const Region&, const Region&) = default;
};

struct RegionShape {
    int region = -1;
    Shape shape;
    friend bool operator==(const RegionShape&, const RegionShape&) = default;
};

struct Landmark {
    std::string name;             // "spine", "C7"
    std::vector<Subpath> lines;   // drawn as light strokes
    std::optional<AtlasPoint> point;
    friend bool operator==(const Landmark&, const Landmark&) = default;
};

struct MuscleOutline {
    std::string muscle;  // muscle id
    Side side = Side::Right;
    bool deep = false;   // lies beneath other muscles: drawn dashed
    Shape shape;
    int line = 0;
    friend bool operator==(const MuscleOutline&, const MuscleOutline&) = default;
};

// A named anatomical landmark point ("scapula-inferior-angle"), for authoring and for tests that
// click relative to the body rather than at fixed coordinates.
struct Anchor {
    std::string name;
    Side side = Side::Midline;
    AtlasPoint position;
    friend bool operator==(const Anchor&, const Anchor&) = default;
};

struct TriggerPointMark {
    std::string trigger_point;  // "<muscle>.<point>"
    Side side = Side::Right;
    AtlasPoint position;
    int line = 0;
    friend bool operator==(const TriggerPointMark&, const TriggerPointMark&) = default;
};

// Where a trigger point sends pain, drawn on a view as the classic charts draw it: the essential
// area solid, the spillover area (drawn without the essential part) stippled.
enum class PatternKind { Essential, Spillover };
const char* PatternKindName(PatternKind kind);  // "essential", "spillover"

struct ReferralPattern {
    std::string trigger_point;  // "<muscle>.<point>"
    PatternKind kind = PatternKind::Essential;
    Side side = Side::Right;
    Shape shape;
    int line = 0;
    friend bool operator==(const ReferralPattern&, const ReferralPattern&) = default;
};

struct View {
    std::string id;       // "front"
    std::string title;    // "Front"
    std::string facing;   // front, back, right, left, below
    std::string file;
    Rect canvas;          // the viewBox
    Shape silhouette;
    std::vector<RegionShape> regions;
    std::vector<Landmark> landmarks;
    std::vector<MuscleOutline> muscles;
    std::vector<TriggerPointMark> trigger_points;
    std::vector<ReferralPattern> patterns;
    std::vector<Anchor> anchors;

    std::optional<AtlasPoint> FindAnchor(std::string_view name, Side side) const;
    // The region under `p`, or nothing outside the body. Regions tile the silhouette.
    std::optional<int> RegionAt(AtlasPoint p) const;
    bool ShowsRegion(int region) const;
    // Where the person's right side appears: true when it is on the viewer's left.
    bool PersonRightOnViewerLeft() const { return facing == "front"; }
    friend bool operator==(const View&, const View&) = default;
};

struct Atlas {
    std::vector<RegionBase> bases;
    std::vector<Region> regions;
    std::vector<View> views;

    std::optional<int> FindRegion(std::string_view id) const;   // current ids only (the art, content)
    // Also a retired id ("right-scapula" after the shoulder blade was split), resolved to the
    // region that took its place: for pain maps and command lines written before the change.
    std::optional<int> ResolveRegion(std::string_view id) const;
    std::optional<int> FindBase(std::string_view id) const;
    std::optional<int> FindView(std::string_view id) const;
    // The concrete region for a base on a side; midline bases ignore the side.
    int RegionFor(int base, Side side) const;

    void BuildIndex();  // call after filling bases and regions
    bool RetireBase(const std::string& old_base, const std::string& now_base);  // false if now_base is unknown
    // Every RetireBase that succeeded, in order: (old base, base now), to repeat them elsewhere.
    const std::vector<std::pair<std::string, std::string>>& RetiredBases() const { return retired_bases_; }

private:
    std::unordered_map<std::string, int> region_index_;
    std::unordered_map<std::string, int> base_index_;
    std::unordered_map<std::string, int> retired_index_;  // old region id -> region
    std::vector<std::pair<std::string, std::string>> retired_bases_;
    std::vector<int> right_of_base_, left_of_base_;
};

}  // namespace ta
