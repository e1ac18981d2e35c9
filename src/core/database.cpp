// Database loading and the derived indexes.
#include "database.hpp"

#include "atlas_loader.hpp"
#include "content_loader.hpp"
#include "database_checks.hpp"
#include "id_lookup.hpp"

#include <algorithm>
#include <future>
#include <map>

namespace ta {

namespace {

std::vector<Side> TargetSides(ZoneSide relation, Side muscle_side) {
    switch (relation) {
    case ZoneSide::Same: return {muscle_side};
    case ZoneSide::Opposite: return {OppositeSide(muscle_side)};
    case ZoneSide::Both: return {Side::Right, Side::Left};
    }
    return {muscle_side};
}

std::vector<ZoneWeight> ResolveZones(const Database& db, const Muscle& muscle, Side side) {
    std::map<int, ZoneWeight> by_region;
    for (const auto& tp : muscle.trigger_points) {
        for (const auto& zone : tp.zones) {
            auto base = db.atlas.FindBase(zone.region);
            if (!base) continue;  // reported by the checks
            for (Side target : TargetSides(zone.side, side)) {
                int region = db.atlas.RegionFor(*base, target);
                ZoneWeight& w = by_region.try_emplace(region, ZoneWeight{region, 0, 0}).first->second;
                double& slot = zone.kind == ZoneKind::Essential ? w.essential : w.spillover;
                slot = std::max(slot, zone.weight);
            }
        }
    }
    std::vector<ZoneWeight> out;
    for (auto& [region, weight] : by_region) out.push_back(weight);
    return out;
}

void IndexZones(Database& db) {
    const size_t instances = db.content.muscles.size() * 2;
    db.zones_by_instance.assign(instances, {});
    db.postings_by_region.assign(db.atlas.regions.size(), {});
    for (size_t i = 0; i < instances; ++i) {
        MuscleInstance inst = MuscleInstance::FromIndex(static_cast<int>(i));
        db.zones_by_instance[i] = ResolveZones(db, db.content.muscles[inst.muscle], inst.side);
        for (const auto& w : db.zones_by_instance[i])
            db.postings_by_region[w.region].push_back({static_cast<int>(i), w.essential, w.spillover});
    }
}

void IndexTriggerPoints(Database& db) {
    db.trigger_point_instances_by_region.assign(db.atlas.regions.size(), {});
    for (const auto& view : db.atlas.views) {
        for (const auto& mark : view.trigger_points) {
            auto dot = mark.trigger_point.find('.');
            auto muscle = db.FindMuscle(mark.trigger_point.substr(0, dot));
            auto region = view.RegionAt(mark.position);
            if (!muscle || !region) continue;
            auto& list = db.trigger_point_instances_by_region[*region];
            int instance = MuscleInstance{*muscle, mark.side}.Index();
            if (std::find(list.begin(), list.end(), instance) == list.end()) list.push_back(instance);
        }
    }
}

// The checks and indexes that join content and atlas, all but the patterns'.
void IndexCrossReferences(Database& db, Diagnostics& diagnostics) {
    db.muscle_index.clear();
    db.group_index.clear();
    CheckUniqueIds(db, diagnostics);
    CheckContentReferences(db, diagnostics);
    db.group_muscles = FlattenGroups(db, diagnostics);
    CheckAtlasAgainstContent(db, diagnostics);
    IndexZones(db);
    IndexTriggerPoints(db);
}

// `atlas_half` fills the atlas, `content_half` the content and `pattern_half` the pattern index,
// in that order. Each returns its diagnostics, which keep the order: atlas, content,
// cross-references, patterns.
template <class AtlasHalf, class ContentHalf, class PatternHalf>
Database Assemble(Diagnostics& diagnostics, AtlasHalf atlas_half, ContentHalf content_half, PatternHalf pattern_half) {
    Database db;
    diagnostics.Append(*atlas_half(db));
    diagnostics.Append(*content_half(db));
    IndexCrossReferences(db, diagnostics);
    diagnostics.Append(*pattern_half(db));
    // A red flag pointing at an unknown region is found only here, against the atlas.
    Safety& safety = db.content.safety;
    for (const Diagnostic& d : diagnostics.Items())
        if (d.severity == Severity::Error && d.file == safety.file) safety.complete = false;
    return db;
}

}  // namespace

std::optional<int> Database::FindMuscle(std::string_view id) const { return LookupId(muscle_index, id); }

bool Database::UnreadableMuscle(std::string_view id) const {
    return !FindMuscle(id) && content.unreadable_muscles.count(std::string(id)) > 0;
}

std::optional<int> Database::FindGroup(std::string_view id) const { return LookupId(group_index, id); }

std::string_view Database::MuscleIdOf(std::string_view trigger_point_id) {
    return trigger_point_id.substr(0, trigger_point_id.find('.'));
}

std::optional<TriggerPointRef> Database::FindTriggerPoint(std::string_view id) const {
    const auto dot = id.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    auto muscle = FindMuscle(MuscleIdOf(id));
    if (!muscle) return std::nullopt;
    const auto& points = content.muscles[*muscle].trigger_points;
    for (size_t i = 0; i < points.size(); ++i)
        if (points[i].id == id.substr(dot + 1)) return TriggerPointRef{*muscle, static_cast<int>(i)};
    return std::nullopt;
}

std::string Database::InstanceName(MuscleInstance instance) const {
    return std::string(SideName(instance.side)) + " " + content.muscles[instance.muscle].name;
}

std::vector<int> Database::GroupsOf(int muscle) const {
    std::vector<int> out;
    for (size_t g = 0; g < group_muscles.size(); ++g)
        if (std::find(group_muscles[g].begin(), group_muscles[g].end(), muscle) != group_muscles[g].end())
            out.push_back(static_cast<int>(g));
    // Most specific first: "erector spinae" before "paraspinals".
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return group_muscles[a].size() < group_muscles[b].size(); });
    return out;
}

void IndexDatabase(Database& db, Diagnostics& diagnostics) {
    IndexCrossReferences(db, diagnostics);
    IndexPatterns(db);
    CheckPatterns(db, diagnostics);
}

Database LoadDatabase(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                      Diagnostics& diagnostics, PreparedDiagnostics* apart) {
    PreparedDiagnostics local;
    PreparedDiagnostics& half = apart ? *apart : local;
    // The content is read on another thread while the atlas is.
    std::future<Content> content = std::async(std::launch::async, [&] { return LoadContent(content_dir, half.content); });
    return Assemble(
        diagnostics, [&](Database& db) { db.atlas = LoadAtlas(atlas_dir, half.atlas); return &half.atlas; },
        [&](Database& db) { db.content = content.get(); return &half.content; },
        [&](Database& db) {
            IndexPatterns(db);
            CheckPatterns(db, half.patterns);
            return &half.patterns;
        });
}

Database LoadDatabase(PreparedData prepared, Diagnostics& diagnostics) {
    PreparedDiagnostics& half = prepared.diagnostics;
    return Assemble(
        diagnostics, [&](Database& db) { db.atlas = std::move(prepared.atlas); return &half.atlas; },
        [&](Database& db) { db.content = std::move(prepared.content); return &half.content; },
        [&](Database& db) { db.pattern_index = std::move(prepared.pattern_index); return &half.patterns; });
}

}  // namespace ta
