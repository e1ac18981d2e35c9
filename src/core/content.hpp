// The referral database as read from content/: muscles with trigger points, referral zones and
// techniques; exercises that belong to no muscle; groups; sources; safety texts; self-tests, routines
// and conditions. Zones name region *bases* and a side relation, resolved against the atlas by the
// Database.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ta {

// Muscles have massages, stretches and self-tests; exercises (content/exercises.xml) are movement
// breaks or strength work that belong to no muscle.
enum class TechniqueKind { Massage, Stretch, SelfTest, Movement, Strength };
const char* TechniqueKindName(TechniqueKind kind);  // "massage", "stretch", "self-test", "movement", "strength"

struct Dose {
    std::optional<int> hold_seconds, reps, sets, per_day;
    std::optional<int> minutes;    // for exercises done for a while rather than held (a walk)
    std::string Describe() const;  // "hold 30 s, 3 times, 3 times a day"
    friend bool operator==(const Dose&, const Dose&) = default;
};

// Which picture shows a technique or self-test: names from the figure library
// (technique_figure.hpp), drawn by code so no technique waits for an artist.
struct FigureSpec {
    std::string pose, tool, place, arrow;
    std::string arrow_at;  // a place for the arrow when it is not the place itself (the head, for a neck stretch)
    int line = 0;
    friend bool operator==(const FigureSpec&, const FigureSpec&) = default;
};

struct Technique {
    std::string id;
    TechniqueKind kind = TechniqueKind::Massage;
    std::string title, tool, position;
    std::vector<std::string> steps;
    Dose dose;
    std::vector<std::string> cautions;
    std::optional<FigureSpec> figure = std::nullopt;
    friend bool operator==(const Technique&, const Technique&) = default;
};

struct NotAtHome {
    TechniqueKind kind = TechniqueKind::Massage;
    std::string reason;
    friend bool operator==(const NotAtHome&, const NotAtHome&) = default;
};

enum class ZoneKind { Essential, Spillover };
enum class ZoneSide { Same, Opposite, Both };

struct ZoneArea {
    ZoneKind kind = ZoneKind::Essential;
    std::string region;   // a region base id
    double weight = 1;
    ZoneSide side = ZoneSide::Same;
    int line = 0;
    friend bool operator==(const ZoneArea&, const ZoneArea&) = default;
};

struct TriggerPoint {
    std::string id;       // local to the muscle
    std::string find;
    std::vector<ZoneArea> zones;
    friend bool operator==(const TriggerPoint&, const TriggerPoint&) = default;
};

struct Citation {
    std::string reference;
    std::string chapter;
    int line = 0;
    friend bool operator==(const Citation&, const Citation&) = default;
};

struct Muscle {
    std::string id, name, anatomical_name, location;
    std::vector<std::string> aliases;
    double prior = 0.5;
    std::vector<TriggerPoint> trigger_points;
    std::vector<std::string> symptoms, causes;
    std::vector<Technique> techniques;
    std::vector<NotAtHome> not_at_home;
    std::vector<Citation> sources;
    std::string file;
    int line = 0;

    const Technique* FindTechnique(const std::string& technique_id) const;
    const TriggerPoint* FindTriggerPoint(const std::string& point_id) const;
    friend bool operator==(const Muscle&, const Muscle&) = default;
};

struct GroupMember {
    std::string muscle;  // exactly one of muscle and group is set
    std::string group;
    int line = 0;
    friend bool operator==(const GroupMember&, const GroupMember&) = default;
};

struct Group {
    std::string id, name;
    std::vector<std::string> aliases;
    std::vector<GroupMember> members;
    std::string file;
    int line = 0;
    friend bool operator==(const Group&, const Group&) = default;
};

struct Reference {
    std::string id, text;
    friend bool operator==(const Reference&, const Reference&) = default;
};

struct RegionRef {
    std::string region;   // a region base id
    std::string side;     // "both", "right", "left" (safety) or "same"/"opposite" (zones)
    int line = 0;
    friend bool operator==(const RegionRef&, const RegionRef&) = default;
};

// How soon to get help: emergency services now, a doctor today, or a doctor before self-treatment.
enum class Urgency { Emergency, Urgent, Doctor };

struct RedFlag {
    std::string id;
    Urgency urgency = Urgency::Doctor;
    std::string title, summary, text;  // summary: one short line, shown where space is tight
    std::vector<RegionRef> regions;  // empty: applies everywhere
    int line = 0;
    friend bool operator==(const RedFlag&, const RedFlag&) = default;
};

struct Advice {
    std::string id, title, text, why;
    friend bool operator==(const Advice&, const Advice&) = default;
};

struct Safety {
    std::string disclaimer, evidence, nerve_warning;
    std::vector<RedFlag> red_flags;
    std::vector<Advice> advice;
    std::string file;
    bool complete = false;     // read with no errors: front ends refuse to give advice otherwise
    std::string fingerprint;   // changes whenever the texts change; ties the app's acknowledgement to them
    friend bool operator==(const Safety&, const Safety&) = default;
};

struct SelfTest {
    std::string id, title, position, result;
    std::vector<std::string> muscles;
    std::vector<std::string> steps, cautions;
    std::optional<FigureSpec> figure = std::nullopt;
    std::string file;
    int line = 0;
    friend bool operator==(const SelfTest&, const SelfTest&) = default;
};

// How a routine times one step: its own dose, which may trim the technique's general dose to fit
// the routine's minutes. The routine player follows it and the routine sheet prints it.
struct StepTiming {
    std::optional<int> hold_seconds;  // each hold; absent: one stretch of the step's whole minutes
    int holds = 1;                    // holds on each side (or in all, without sides)
    int rest_seconds = 0;             // a pause between two holds on the same side
    bool each_side = false;           // the holds are done on the right, then again on the left
    std::string Describe() const;     // "2 holds of 30 s each side, 5 s rest between"; empty without holds
    friend bool operator==(const StepTiming&, const StepTiming&) = default;
};

// A step is either a muscle's technique (muscle and technique set) or an exercise (exercise set).
struct RoutineStep {
    std::string muscle, technique, exercise, note;
    double minutes = 0;
    StepTiming timing;
    int line = 0;
    friend bool operator==(const RoutineStep&, const RoutineStep&) = default;
};

struct Routine {
    std::string id, title, intro;
    std::string shortcut;   // a line offered on the app's first screen; empty: only in the menu
    std::string reminder;   // the movement reminder's message when it offers this routine; empty: never
    double minutes = 0;
    std::vector<RoutineStep> steps;
    std::string file;
    int line = 0;
    friend bool operator==(const Routine&, const Routine&) = default;
};

// A complaint in a person's own words ("sciatica", "tennis elbow", "neck") and where it is felt,
// so search can rank the muscles that commonly refer there, with an honest note about it.
struct Condition {
    std::string id, name, note;
    std::vector<std::string> aliases;
    std::vector<RegionRef> areas;   // region bases; paired ones on the person's right side
    std::vector<Citation> sources;
    std::string file;
    int line = 0;
    friend bool operator==(const Condition&, const Condition&) = default;
};

struct Content {
    std::vector<Muscle> muscles;
    // Muscle files that could not be read (named by file, as files are named after their muscle):
    // their error is reported once, where it is, not again at every reference to the muscle.
    std::set<std::string> unreadable_muscles;
    std::vector<Condition> conditions;
    std::vector<Group> groups;
    std::vector<Reference> references;
    Safety safety;
    std::vector<SelfTest> self_tests;
    std::vector<Routine> routines;
    std::vector<Technique> exercises;   // movement breaks and strength work, by id

    const Technique* FindExercise(const std::string& id) const;
    friend bool operator==(const Content&, const Content&) = default;
};

}  // namespace ta
