// The prepared data as a binary file: a header (magic, format, fingerprint), then the atlas, the
// content, the pattern index and the diagnostics, each struct's fields listed once for both
// directions.
#include "prepared_data.hpp"

#include "binary_archive.hpp"
#include "database.hpp"
#include "read_file.hpp"

#include <algorithm>
#include <functional>

namespace ta {

namespace {

constexpr std::string_view kMagic = "trigger-atlas prepared data";
// Raise when a field is added, removed or reordered below.
constexpr uint32_t kFormat = 2;

uint64_t Checksum(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

// One line per data file, "relative/path size hash", sorted by path: a changed, added, removed
// or renamed file changes the fingerprint.
void FingerprintFolder(const std::filesystem::path& dir, std::string& out) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const std::optional<std::string> bytes = ReadFileBytes(file);
        out += file.lexically_relative(dir).generic_string() + (bytes ? " " + std::to_string(bytes->size()) + " " +
               std::to_string(Checksum(*bytes)) : " unreadable") + "\n";
    }
    if (ec) out += "(unlisted: " + ec.message() + ")\n";
}

}  // namespace

template <class A>
void Fields(A& a, ArchiveRef<AtlasPoint, A> p) { a(p.x, p.y); }
template <>
struct ArchivePlain<AtlasPoint> : std::true_type {};
static_assert(std::is_trivially_copyable_v<AtlasPoint> && sizeof(AtlasPoint) == 2 * sizeof(double), "x, y and no padding");
template <class A>
void Fields(A& a, ArchiveRef<Rect, A> r) { a(r.min_x, r.min_y, r.max_x, r.max_y); }
template <class A>
void Fields(A& a, ArchiveRef<Shape, A> s) { a(s.rings, s.bounds); }
template <class A>
void Fields(A& a, ArchiveRef<Subpath, A> s) { a(s.points, s.closed); }
template <class A>
void Fields(A& a, ArchiveRef<RegionBase, A> b) { a(b.id, b.name, b.note, b.paired); }
template <class A>
void Fields(A& a, ArchiveRef<Region, A> r) { a(r.id, r.name, r.base, r.side); }
template <class A>
void Fields(A& a, ArchiveRef<RegionShape, A> r) { a(r.region, r.shape); }
template <class A>
void Fields(A& a, ArchiveRef<Landmark, A> l) { a(l.name, l.lines, l.point); }
template <class A>
void Fields(A& a, ArchiveRef<MuscleOutline, A> m) { a(m.muscle, m.side, m.deep, m.shape, m.line); }
template <class A>
void Fields(A& a, ArchiveRef<Anchor, A> m) { a(m.name, m.side, m.position); }
template <class A>
void Fields(A& a, ArchiveRef<TriggerPointMark, A> m) { a(m.trigger_point, m.side, m.position, m.line); }
template <class A>
void Fields(A& a, ArchiveRef<ReferralPattern, A> p) { a(p.trigger_point, p.kind, p.side, p.shape, p.line); }
template <class A>
void Fields(A& a, ArchiveRef<View, A> v) {
    a(v.id, v.title, v.facing, v.file, v.canvas, v.silhouette, v.regions, v.landmarks, v.muscles, v.trigger_points, v.patterns, v.anchors);
}
template <class A>
void Fields(A& a, ArchiveRef<CellRun, A> r) { a(r.row, r.first, r.last); }
template <>
struct ArchivePlain<CellRun> : std::true_type {};
static_assert(std::is_trivially_copyable_v<CellRun> && sizeof(CellRun) == 3 * sizeof(int), "row, first, last and no padding");
template <class A>
void Fields(A& a, ArchiveRef<CellRaster, A> r) { a(r.runs, r.min_col, r.min_row, r.max_col, r.max_row); }
template <class A>
void Fields(A& a, ArchiveRef<RegionGrid, A> g) { a(g.cols, g.rows, g.labels); }
template <class A>
void Fields(A& a, ArchiveRef<IndexedPattern, A> p) { a(p.source, p.instance, p.trigger_point, p.kind, p.cells); }
template <class A>
void Fields(A& a, ArchiveRef<InstancePatterns, A> p) { a(p.instance, p.essential, p.spillover); }
template <class A>
void Fields(A& a, ArchiveRef<ViewPatternIndex, A> v) { a(v.regions, v.patterns, v.instances, v.instance_drawn); }
template <class A>
void Fields(A& a, ArchiveRef<Diagnostic, A> d) { a(d.severity, d.file, d.line, d.element_path, d.message, d.hint); }

// The content, field by field as content.hpp declares it.
template <class A>
void Fields(A& a, ArchiveRef<Dose, A> d) { a(d.hold_seconds, d.reps, d.sets, d.per_day, d.minutes); }
template <class A>
void Fields(A& a, ArchiveRef<FigureSpec, A> f) { a(f.pose, f.tool, f.place, f.arrow, f.arrow_at, f.line); }
template <class A>
void Fields(A& a, ArchiveRef<Technique, A> t) { a(t.id, t.kind, t.title, t.tool, t.position, t.steps, t.dose, t.cautions, t.figure); }
template <class A>
void Fields(A& a, ArchiveRef<NotAtHome, A> n) { a(n.kind, n.reason); }
template <class A>
void Fields(A& a, ArchiveRef<ZoneArea, A> z) { a(z.kind, z.region, z.weight, z.side, z.line); }
template <class A>
void Fields(A& a, ArchiveRef<TriggerPoint, A> t) { a(t.id, t.find, t.zones); }
template <class A>
void Fields(A& a, ArchiveRef<Citation, A> c) { a(c.reference, c.chapter, c.line); }
template <class A>
void Fields(A& a, ArchiveRef<Muscle, A> m) {
    a(m.id, m.name, m.anatomical_name, m.location, m.aliases, m.prior, m.trigger_points, m.symptoms, m.causes, m.techniques, m.not_at_home,
      m.sources, m.file, m.line);
}
template <class A>
void Fields(A& a, ArchiveRef<GroupMember, A> m) { a(m.muscle, m.group, m.line); }
template <class A>
void Fields(A& a, ArchiveRef<Group, A> g) { a(g.id, g.name, g.aliases, g.members, g.file, g.line); }
template <class A>
void Fields(A& a, ArchiveRef<Reference, A> r) { a(r.id, r.text); }
template <class A>
void Fields(A& a, ArchiveRef<RegionRef, A> r) { a(r.region, r.side, r.line); }
template <class A>
void Fields(A& a, ArchiveRef<RedFlag, A> f) { a(f.id, f.urgency, f.title, f.summary, f.text, f.regions, f.line); }
template <class A>
void Fields(A& a, ArchiveRef<Advice, A> v) { a(v.id, v.title, v.text, v.why); }
template <class A>
void Fields(A& a, ArchiveRef<Safety, A> s) {
    a(s.disclaimer, s.evidence, s.nerve_warning, s.red_flags, s.advice, s.file, s.complete, s.fingerprint);
}
template <class A>
void Fields(A& a, ArchiveRef<SelfTest, A> t) { a(t.id, t.title, t.position, t.result, t.muscles, t.steps, t.cautions, t.figure, t.file, t.line); }
template <class A>
void Fields(A& a, ArchiveRef<StepTiming, A> t) { a(t.hold_seconds, t.holds, t.rest_seconds, t.each_side); }
template <class A>
void Fields(A& a, ArchiveRef<RoutineStep, A> r) { a(r.muscle, r.technique, r.exercise, r.note, r.minutes, r.timing, r.line); }
template <class A>
void Fields(A& a, ArchiveRef<Routine, A> r) { a(r.id, r.title, r.intro, r.shortcut, r.reminder, r.minutes, r.steps, r.file, r.line); }
template <class A>
void Fields(A& a, ArchiveRef<Condition, A> c) { a(c.id, c.name, c.note, c.aliases, c.areas, c.sources, c.file, c.line); }
template <class A>
void Fields(A& a, ArchiveRef<Content, A> c) {
    a(c.muscles, c.unreadable_muscles, c.conditions, c.groups, c.references, c.safety, c.self_tests, c.routines, c.exercises);
}

// The atlas's lookup tables are rebuilt on reading rather than kept.
void Fields(ArchiveWriter& a, const Atlas& atlas) { a(atlas.bases, atlas.regions, atlas.views, atlas.RetiredBases()); }
void Fields(ArchiveReader& a, Atlas& atlas) {
    std::vector<std::pair<std::string, std::string>> retired;
    a(atlas.bases, atlas.regions, atlas.views, retired);
    atlas.BuildIndex();
    for (const auto& [old_base, now_base] : retired)
        if (a.Ok() && !atlas.RetireBase(old_base, now_base)) a.Fail();
}
template <class A>
void Fields(A& a, ArchiveRef<std::pair<std::string, std::string>, A> p) { a(p.first, p.second); }
void Fields(ArchiveWriter& a, const Diagnostics& d) { a(d.Items()); }
void Fields(ArchiveReader& a, Diagnostics& d) {
    std::vector<Diagnostic> items;
    a(items);
    for (Diagnostic& item : items) d.Add(std::move(item));
}
template <class A>
void Fields(A& a, ArchiveRef<PreparedDiagnostics, A> d) { a(d.atlas, d.content, d.patterns); }

std::string DataFingerprint(const std::filesystem::path& content_dir, const std::filesystem::path& atlas_dir,
                            std::string_view program) {
    std::string out = "program " + std::string(program) + "\ncontent\n";
    FingerprintFolder(content_dir, out);
    out += "atlas\n";
    FingerprintFolder(atlas_dir, out);
    return out;
}

// The header: magic, format, fingerprint, and a checksum of the body, so that a damaged file
// (a flipped bit moves a referral zone and still parses) is refused rather than believed.
std::string SerializePreparedData(const Database& db, const PreparedDiagnostics& diagnostics, std::string_view fingerprint) {
    ArchiveWriter body;
    body(db.atlas, db.content, db.pattern_index, diagnostics);
    ArchiveWriter file;
    file(std::string(kMagic), kFormat, std::string(fingerprint), Checksum(body.Bytes()));
    return file.Bytes() + body.Bytes();
}

std::optional<PreparedData> ParsePreparedData(std::string_view bytes, std::string_view fingerprint) {
    ArchiveReader header(bytes);
    std::string magic, kept_fingerprint;
    uint32_t format = 0;
    uint64_t checksum = 0;
    header(magic, format, kept_fingerprint, checksum);
    if (!header.Ok() || magic != kMagic || format != kFormat || kept_fingerprint != fingerprint) return std::nullopt;
    const std::string_view body_bytes = bytes.substr(bytes.size() - header.Left());
    if (Checksum(body_bytes) != checksum) return std::nullopt;
    ArchiveReader body(body_bytes);
    PreparedData prepared;
    body(prepared.atlas, prepared.content, prepared.pattern_index, prepared.diagnostics);
    if (!body.Ok() || !body.AtEnd()) return std::nullopt;
    return prepared;
}

}  // namespace ta
