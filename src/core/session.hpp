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

    // --- Marks and painted areas (each call is one undo step) ---
    const PainMap& Map() const { return map_; }
    // A click: on an existing spot or area it selects it (never a duplicate); elsewhere on the
    // body it adds a small disc and selects that. False off the body.
    bool AddMarkAt(int view, AtlasPoint point);
    std::optional<size_t> MarkAt(int view, AtlasPoint point) const;   // the area under a point
    std::optional<size_t> selected_mark;
    void RemoveMark(size_t index);
    void SetMarkIntensity(size_t index, int intensity);
    void SetMarkQuality(size_t index, PainQuality quality);
    void ClearMarks();
    // A new document (New, Open): the undo history ends here, so Undo can never bring another
    // file's marks back under this file's name; `map` is also what counts as saved.
    void StartDocument(PainMap map);
    // The last session at start-up: `current` as it was left, `saved` as its file holds it (empty
    // for an unsaved map). No undo step.
    void RestoreMap(PainMap current, PainMap saved);
    // Whether the marks differ from what was last saved or opened: a true comparison, so Clear
    // all counts as a change and undoing back to the saved state does not.
    bool Modified() const { return map_ != saved_; }
    void MarkSaved() { saved_ = map_; }
    void RevertToSaved() { RestoreMap(saved_, saved_); }  // the changes discarded
    bool Undo();
    bool Redo();
    bool CanUndo() const { return !undo_.empty(); }
    bool CanRedo() const { return !redo_.empty(); }
    int new_intensity = 5;                              // applied to new marks
    PainQuality new_quality = PainQuality::Aching;

    // --- Painting and erasing: a stroke is a polyline with the brush radius; a painted stroke
    // joins every area it touches on its view into one, or starts a new one; an erasing stroke
    // takes its band away from the areas it touches (an area erased away is removed). One undo
    // step per stroke. ---
    void BeginStroke(bool erase = false);
    void StrokeTo(int view, AtlasPoint point);
    void EndStroke();
    bool InStroke() const { return in_stroke_; }
    static constexpr double kMinBrush = 4, kMaxBrush = 60;
    double brush_radius = 14;                           // atlas units

    // --- Derived data, cached until the marks change ---
    const RankResult& Ranking();
    int RankingsComputed() const { return rankings_computed_; }  // how often the cache was refilled
    const std::vector<PainMark>& ResolvedMarks();
    const std::vector<int>& MarkedRegions();            // distinct regions under every mark and area
    std::string MarkName(size_t index);                 // "right low back and right upper buttock"
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
    PainMap saved_;                                     // as last saved or opened
    std::vector<PainMap> undo_, redo_;
    std::vector<ViewFraming> framing_;
    bool in_stroke_ = false;
    bool stroke_committed_ = false;                     // the stroke's undo step is saved
    PainMap ApplyStroke(const PainMap& base, int view, const Stroke& stroke, std::optional<size_t>& touched) const;
    std::string MainRegion(int view, const std::vector<Stroke>& strokes) const;
    Stroke stroke_;
    int stroke_view_ = -1;
    PainMap stroke_base_;                               // the map before the stroke
    unsigned revision_ = 0;
    unsigned ranked_revision_ = ~0u;
    RankResult ranking_;
    int rankings_computed_ = 0;
    std::vector<PainMark> resolved_;
    std::vector<int> marked_regions_;                   // cached with the ranking: it rasterises areas
};

}  // namespace ta
