// The app state behind the desktop window: marks with undo/redo, the brush, view framing, the
// cached ranking.
#include "session.hpp"

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

bool Session::AddMarkAt(int view_index, AtlasPoint point) {
    auto mark = MarkAtPoint(db_, view_index, point, new_intensity);
    if (!mark) return false;
    PainMap next = map_;
    next.marks.push_back({db_.atlas.views[view_index].id, point, db_.atlas.regions[mark->region].id, new_intensity, new_quality});
    Commit(std::move(next));
    return true;
}

void Session::RemoveMark(size_t index) {
    if (!MarkIndexOk(index)) return;
    PainMap next = map_;
    next.marks.erase(next.marks.begin() + static_cast<std::ptrdiff_t>(index));
    Commit(std::move(next));
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
}

void Session::ReplaceMap(PainMap map) { Commit(std::move(map)); }

void Session::RestoreMap(PainMap map) {
    map_ = std::move(map);
    undo_.clear();
    redo_.clear();
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

void Session::BeginStroke() {
    in_stroke_ = true;
    stroke_committed_ = false;
    last_brush_point_.reset();
}

int Session::StrokeTo(int view_index, AtlasPoint point) {
    if (!in_stroke_) return 0;
    if (last_brush_point_ && last_brush_view_ == view_index &&
        std::hypot(point.x - last_brush_point_->x, point.y - last_brush_point_->y) < brush_spacing)
        return 0;
    if (!AddMarkAt(view_index, point)) return 0;
    last_brush_point_ = point;
    last_brush_view_ = view_index;
    return 1;
}

void Session::EndStroke() {
    in_stroke_ = false;
    stroke_committed_ = false;
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
    ranked_revision_ = revision_;
    if (hovered_candidate && *hovered_candidate >= static_cast<int>(ranking_.candidates.size())) hovered_candidate.reset();
    return ranking_;
}

std::vector<int> Session::MarkedRegions() {
    std::vector<int> regions;
    for (const PainMark& m : ResolvedMarks())
        if (std::find(regions.begin(), regions.end(), m.region) == regions.end()) regions.push_back(m.region);
    return regions;
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
