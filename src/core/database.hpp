// The Database joins content and atlas: it checks every cross-reference between them and builds
// the indexes that ranking and search use (region -> muscles referring there, groups flattened).
#pragma once

#include "atlas.hpp"
#include "content.hpp"
#include "diagnostics.hpp"
#include "pattern_index.hpp"
#include "prepared_data.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ta {

// One side of one muscle: the unit that ranking scores ("right iliopsoas").
struct MuscleInstance {
    int muscle = -1;
    Side side = Side::Right;

    int Index() const { return muscle * 2 + (side == Side::Left ? 1 : 0); }
    static MuscleInstance FromIndex(int index) { return {index / 2, index % 2 ? Side::Left : Side::Right}; }
    friend bool operator==(const MuscleInstance&, const MuscleInstance&) = default;
};

// How strongly one muscle instance refers pain into one region.
struct ZoneWeight {
    int region = -1;
    double essential = 0;  // 0..1
    double spillover = 0;  // 0..1
};

struct ZonePosting {
    int instance = -1;     // MuscleInstance::Index()
    double essential = 0;
    double spillover = 0;
};

// A trigger point by index: content.muscles[muscle].trigger_points[trigger_point].
struct TriggerPointRef {
    int muscle = -1;
    int trigger_point = -1;
};

struct Database {
    Atlas atlas;
    Content content;

    std::vector<std::vector<ZoneWeight>> zones_by_instance;      // sorted by region
    std::vector<std::vector<ZonePosting>> postings_by_region;    // who refers into each region
    std::vector<std::vector<int>> trigger_point_instances_by_region;  // whose trigger points lie there
    std::vector<std::vector<int>> group_muscles;                 // each group flattened to muscles
    std::vector<ViewPatternIndex> pattern_index;                 // by view: drawn patterns, rasterised

    std::optional<int> FindMuscle(std::string_view id) const;
    // A muscle whose file could not be read: its errors were reported there, so references to it
    // are not reported again. UnknownMuscle: neither loaded nor unreadable.
    bool UnreadableMuscle(std::string_view id) const;
    bool UnknownMuscle(std::string_view id) const { return !FindMuscle(id) && !UnreadableMuscle(id); }
    std::optional<int> FindGroup(std::string_view id) const;
    // "<muscle>.<point>", the one place such ids are split.
    std::optional<TriggerPointRef> FindTriggerPoint(std::string_view id) const;
    static std::string_view MuscleIdOf(std::string_view trigger_point_id);  // "<muscle>"
    std::string InstanceName(MuscleInstance instance) const;     // "right iliopsoas"
    // Every group that contains the muscle, directly or through a subgroup; smallest first.
    std::vector<int> GroupsOf(int muscle) const;

    std::unordered_map<std::string, int> muscle_index;
    std::unordered_map<std::string, int> group_index;
};

// Loads content and atlas, checks them against each other and builds the indexes. `apart`, when
// given, also receives the prepared parts' diagnostics apart, to keep with a PreparedData.
Database LoadDatabase(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                      Diagnostics& diagnostics, PreparedDiagnostics* apart = nullptr);
// The same from data prepared earlier (see prepared_data.hpp): no file is read again; the
// cross-references are checked and indexed again. The diagnostics are the same as LoadDatabase's.
Database LoadDatabase(PreparedData prepared, Diagnostics& diagnostics);

// Cross-reference checks and index building, exposed for tests that assemble a Database by hand.
void IndexDatabase(Database& database, Diagnostics& diagnostics);

}  // namespace ta
