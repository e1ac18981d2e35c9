// The desktop app's state, kept outside any drawing code so tests can drive it without a window:
// the pain map being edited with undo and redo, the brush for painting, the current view with its
// zoom and pan, the selected muscle, the hovered candidate, the search text, and the ranking,
// recomputed only when the marks change.
#pragma once

#include "coordinates.hpp"
#include "database.hpp"
#include "pain_map.hpp"
#include "ranking.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

// How a view is framed on the canvas: a zoom relative to "fit the whole view" plus a pan in view
// pixels, so the framing survives window resizes.
struct ViewFraming {
    double zoom = 1;
    ViewPixel pan;
};

class Session {
public:
    static constexpr double kMinZoom = 0.5, kMaxZoom = 12;
    static constexpr size_t kMaxUndo = 200;

    explicit Session(const Database& db);

    // --- Marks (each call is one undo step) ---
    const PainMap& Map() const { return map_; }
    bool AddMarkAt(int view, AtlasPoint point);        // false when the point is off the body
    void RemoveMark(size_t index);
    void SetMarkIntensity(size_t index, int intensity);
    void SetMarkQuality(size_t index, PainQuality quality);
    void ClearMarks();
    void ReplaceMap(PainMap map);                       // opening a file; undoable too
    void RestoreMap(PainMap map);                       // the last session at start-up: no undo step
    bool Undo();
    bool Redo();
    bool CanUndo() const { return !undo_.empty(); }
    bool CanRedo() const { return !redo_.empty(); }
    int new_intensity = 5;                              // applied to new marks
    PainQuality new_quality = PainQuality::Aching;

    // --- Paint mode: a stroke adds marks at least `brush_spacing` atlas units apart; one undo step ---
    void BeginStroke();
    int StrokeTo(int view, AtlasPoint point);           // marks added by this step (0 or 1)
    void EndStroke();
    bool InStroke() const { return in_stroke_; }
    double brush_spacing = 24;

    // --- Derived data, cached until the marks change ---
    const RankResult& Ranking();
    const std::vector<PainMark>& ResolvedMarks();
    std::vector<int> MarkedRegions();                   // distinct region indexes
    bool AnyNerveQuality() const;
    unsigned Revision() const { return revision_; }     // changes whenever the marks change

    // --- View ---
    int view = 0;                                       // index into atlas.views
    bool SetView(std::string_view id);
    ViewFraming& Framing() { return framing_[view]; }
    ViewTransform CanvasTransform(double width, double height) const;
    void ZoomAt(ViewPixel anchor, double factor, double width, double height);
    void PanBy(double dx, double dy);
    void ResetFraming() { framing_[view] = {}; }

    // --- Selection and search ---
    std::optional<int> selected_muscle;
    std::optional<int> hovered_candidate;               // index into Ranking().candidates
    std::string search_text;

private:
    void Commit(PainMap next);                          // push the old map on the undo stack
    void Changed() { ++revision_; }
    std::optional<size_t> MarkIndexOk(size_t index) const;
    ViewTransform FitTransform(double width, double height) const;

    const Database& db_;
    PainMap map_;
    std::vector<PainMap> undo_, redo_;
    std::vector<ViewFraming> framing_;
    bool in_stroke_ = false;
    bool stroke_committed_ = false;                     // the stroke's undo step is saved
    std::optional<AtlasPoint> last_brush_point_;
    int last_brush_view_ = -1;
    unsigned revision_ = 0;
    unsigned ranked_revision_ = ~0u;
    RankResult ranking_;
    std::vector<PainMark> resolved_;
};

}  // namespace ta
