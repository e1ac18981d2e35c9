// The app state behind the desktop window: marks with undo/redo, the brush, view framing, the
// cached ranking.
#include "session.hpp"

#include "mark_regions.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

Session::Session(const Database& db) : db_(db), framing_(std::max<size_t>(db.atlas.views.size(), 1)) {}

void Session::Commit(PainMap next) {
    if (next == map_) return;
    // During a stroke the first change already saved the state before the stroke.
    if (!in_stroke_ || !stroke_committed_) {
        undo_.push_back(map_);
        if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
        stroke_committed_ = in_stroke_;
    }
    redo_.clear();
    map_ = std::move(next);
    Changed();
}

std::optional<size_t> Session::MarkIndexOk(size_t index) const {
    if (index >= map_.marks.size()) return std::nullopt;
    return index;
}

std::optional<size_t> Session::MarkAt(int view_index, AtlasPoint point) const {
    if (view_index < 0 || static_cast<size_t>(view_index) >= db_.atlas.views.size()) return std::nullopt;
    const std::string& id = db_.atlas.views[view_index].id;
    for (size_t i = map_.marks.size(); i-- > 0;)   // the newest on top
        if (map_.marks[i].view == id && StrokesCover(map_.marks[i].strokes, point)) return i;
    return std::nullopt;
}

bool Session::AddMarkAt(int view_index, AtlasPoint point) {
    if (auto existing = MarkAt(view_index, point)) {
        selected_mark = existing;
        return true;
    }
    auto mark = MarkAtPoint(db_, view_index, point, new_intensity);
    if (!mark) return false;
    PainMap next = map_;
    next.marks.push_back({db_.atlas.views[view_index].id, ClickStrokes(point), db_.atlas.regions[mark->region].id, new_intensity, new_quality});
    Commit(std::move(next));
    selected_mark = map_.marks.size() - 1;
    return true;
}

void Session::RemoveMark(size_t index) {
    if (!MarkIndexOk(index)) return;
    PainMap next = map_;
    next.marks.erase(next.marks.begin() + static_cast<std::ptrdiff_t>(index));
    Commit(std::move(next));
    if (selected_mark && *selected_mark == index) selected_mark.reset();
    else if (selected_mark && *selected_mark > index) --*selected_mark;
}

void Session::SetMarkIntensity(size_t index, int intensity) {
    if (!MarkIndexOk(index)) return;
    PainMap next = map_;
    next.marks[index].intensity = std::clamp(intensity, 1, 10);
    Commit(std::move(next));
}

void Session::SetMarkQuality(size_t index, PainQuality quality) {
    if (!MarkIndexOk(index)) return;
    PainMap next = map_;
    next.marks[index].quality = quality;
    Commit(std::move(next));
}

void Session::ClearMarks() {
    PainMap next = map_;
    next.marks.clear();
    Commit(std::move(next));
    selected_mark.reset();
}

void Session::StartDocument(PainMap map) {
    saved_ = map;
    RestoreMap(std::move(map), saved_);
}

void Session::RestoreMap(PainMap current, PainMap saved) {
    map_ = std::move(current);
    saved_ = std::move(saved);
    undo_.clear();
    redo_.clear();
    selected_mark.reset();
    Changed();
}

bool Session::Undo() {
    if (undo_.empty()) return false;
    redo_.push_back(std::move(map_));
    map_ = std::move(undo_.back());
    undo_.pop_back();
    Changed();
    return true;
}

bool Session::Redo() {
    if (redo_.empty()) return false;
    undo_.push_back(std::move(map_));
    map_ = std::move(redo_.back());
    redo_.pop_back();
    Changed();
    return true;
}

void Session::BeginStroke(bool erase) {
    in_stroke_ = true;
    stroke_committed_ = false;
    stroke_ = Stroke{{}, std::clamp(brush_radius, kMinBrush, kMaxBrush), erase};
    stroke_view_ = -1;
    stroke_base_ = map_;
}

void Session::StrokeTo(int view_index, AtlasPoint point) {
    if (!in_stroke_ || view_index < 0 || static_cast<size_t>(view_index) >= db_.atlas.views.size()) return;
    if (stroke_view_ != view_index) {  // a stroke stays on the view it started on
        if (stroke_view_ >= 0) return;
        stroke_view_ = view_index;
    }
    // Points closer than a fifth of the brush add nothing a person could see.
    if (!stroke_.points.empty() && std::hypot(point.x - stroke_.points.back().x, point.y - stroke_.points.back().y) < stroke_.radius / 5) return;
    stroke_.points.push_back(point);
    std::optional<size_t> touched;
    PainMap next = ApplyStroke(stroke_base_, view_index, stroke_, touched);
    Commit(std::move(next));
    if (touched) selected_mark = touched;
    else if (selected_mark && *selected_mark >= map_.marks.size()) selected_mark.reset();
}

void Session::EndStroke() {
    in_stroke_ = false;
    stroke_committed_ = false;
    stroke_view_ = -1;
}

std::string Session::MainRegion(int view_index, const std::vector<Stroke>& strokes) const {
    if (static_cast<size_t>(view_index) >= db_.pattern_index.size()) return {};
    const RegionGrid& grid = db_.pattern_index[view_index].regions;
    const auto regions = RegionsUnder(grid, MarkFootprint(grid, strokes));
    return regions.empty() ? std::string() : db_.atlas.regions[regions.front().first].id;
}

// The map after one stroke, applied to `base`; `touched` is the area the stroke painted into.
PainMap Session::ApplyStroke(const PainMap& base, int view_index, const Stroke& stroke, std::optional<size_t>& touched) const {
    PainMap next = base;
    const std::string& view_id = db_.atlas.views[view_index].id;
    const Stroke as_paint{stroke.points, stroke.radius, false};
    std::vector<size_t> hits;
    for (size_t i = 0; i < next.marks.size(); ++i)
        if (next.marks[i].view == view_id && StrokesTouch(next.marks[i].strokes, {as_paint})) hits.push_back(i);
    if (stroke.erase) {
        for (size_t k = hits.size(); k-- > 0;) {
            PainMapMark& mark = next.marks[hits[k]];
            mark.strokes.push_back(stroke);
            mark.region = MainRegion(view_index, mark.strokes);
            if (mark.region.empty()) next.marks.erase(next.marks.begin() + static_cast<std::ptrdiff_t>(hits[k]));
        }
        return next;
    }
    if (hits.empty()) {
        const std::string region = MainRegion(view_index, {stroke});
        if (region.empty()) return next;  // all off the body
        next.marks.push_back({view_id, {stroke}, region, new_intensity, new_quality});
        touched = next.marks.size() - 1;
        return next;
    }
    PainMapMark& into = next.marks[hits.front()];
    for (size_t k = hits.size(); k-- > 1;) {  // join the other touched areas into the first
        const PainMapMark& other = next.marks[hits[k]];
        into.strokes.insert(into.strokes.end(), other.strokes.begin(), other.strokes.end());
        into.intensity = std::max(into.intensity, other.intensity);
        next.marks.erase(next.marks.begin() + static_cast<std::ptrdiff_t>(hits[k]));
    }
    into.strokes.push_back(stroke);
    into.region = MainRegion(view_index, into.strokes);
    touched = hits.front();
    return next;
}

const std::vector<PainMark>& Session::ResolvedMarks() {
    if (ranked_revision_ != revision_) Ranking();
    return resolved_;
}

const RankResult& Session::Ranking() {
    if (ranked_revision_ == revision_) return ranking_;
    Diagnostics ignored;  // marks with regions the atlas no longer has simply do not count
    resolved_ = ResolvePainMap(db_, map_, ignored);
    ranking_ = Rank(db_, resolved_);
    ++rankings_computed_;
    marked_regions_.clear();
    for (const PainMark& m : resolved_)
        for (int r : RegionsCovered(db_, m))
            if (std::find(marked_regions_.begin(), marked_regions_.end(), r) == marked_regions_.end()) marked_regions_.push_back(r);
    ranked_revision_ = revision_;
    if (hovered_candidate && *hovered_candidate >= static_cast<int>(ranking_.candidates.size())) hovered_candidate.reset();
    return ranking_;
}

const std::vector<int>& Session::MarkedRegions() {
    Ranking();
    return marked_regions_;
}

std::string Session::MarkName(size_t index) {
    if (index >= map_.marks.size()) return {};
    Diagnostics ignored;
    const auto resolved = ResolvePainMap(db_, PainMap{{map_.marks[index]}, {}}, ignored);
    return resolved.empty() ? map_.marks[index].region : RegionListName(db_, RegionsCovered(db_, resolved.front()));
}

bool Session::AnyNerveQuality() const {
    return std::any_of(map_.marks.begin(), map_.marks.end(), [](const PainMapMark& m) { return SuggestsNerve(m.quality); });
}

bool Session::SetView(std::string_view id) {
    auto found = db_.atlas.FindView(id);
    if (!found) return false;
    view = *found;
    return true;
}

ViewTransform Session::FitTransform(double width, double height) const {
    if (view < 0 || view >= static_cast<int>(db_.atlas.views.size())) return {};
    const View& v = db_.atlas.views[view];
    const Rect& bounds = v.silhouette.rings.empty() ? v.canvas : v.silhouette.bounds;
    return ViewTransform::Fit(bounds, width, height, 0.04 * std::min(width, height));
}

// The fitted transform scaled by the framing's zoom about the canvas centre, then panned.
ViewTransform Session::CanvasTransform(double width, double height) const {
    const ViewTransform fit = FitTransform(width, height);
    const ViewFraming& f = framing_[view];
    const double cx = width / 2, cy = height / 2;
    ViewTransform t;
    t.zoom = fit.zoom * f.zoom;
    t.origin = {cx + (fit.origin.x - cx) * f.zoom + f.pan.x, cy + (fit.origin.y - cy) * f.zoom + f.pan.y};
    return t;
}

void Session::ZoomAt(ViewPixel anchor, double factor, double width, double height) {
    const ViewTransform fit = FitTransform(width, height);
    ViewTransform t = CanvasTransform(width, height);
    t.ZoomAround(anchor, factor, fit.zoom * kMinZoom, fit.zoom * kMaxZoom);
    ViewFraming& f = framing_[view];
    f.zoom = t.zoom / fit.zoom;
    const double cx = width / 2, cy = height / 2;
    f.pan = {t.origin.x - (cx + (fit.origin.x - cx) * f.zoom), t.origin.y - (cy + (fit.origin.y - cy) * f.zoom)};
}

void Session::PanBy(double dx, double dy) {
    framing_[view].pan.x += dx;
    framing_[view].pan.y += dy;
}

}  // namespace ta
