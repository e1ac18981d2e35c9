// What goes on a printed treatment sheet, decided without any drawing: the pages (cover, one per
// muscle, routine), their sections and texts from content/, the tick grid, the running header,
// and which view and side of the body to draw. src/sheets lays this out and draws it.
#pragma once

#include "database.hpp"
#include "diary_chart.hpp"
#include "pain_map.hpp"
#include "warning_signs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ta {

// How a block of text is set.
enum class BlockStyle {
    Paragraph,  // plain text
    Bullet,     // one item of a bulleted list
    Step,       // one numbered step ("number" holds its number)
    Label,      // "label: text", the label in bold (tool, position, dose)
    Caution,    // a caution, set apart so it is noticed
    Point,      // a trigger point to find, "number" as on the diagram (point_labels.hpp)
};

struct SheetBlock {
    BlockStyle style = BlockStyle::Paragraph;
    std::string text;
    std::string label;  // Label style only
    int number = 0;     // Step style only
};

struct SheetSection {
    std::string heading;
    std::vector<SheetBlock> blocks;
    // A technique is read while doing it: its steps and cautions belong on one page, so the
    // whole section moves to the next page rather than split (unless it is longer than a page).
    bool keep_together = false;
    std::optional<FigureSpec> figure = std::nullopt;  // a technique's picture, drawn under the heading
};

// One body view to draw, with what to show on it. Regions are atlas region indexes; outlines and
// trigger points index the view's own lists.
struct SheetDiagram {
    int view = -1;                      // index into atlas.views
    Side side = Side::Right;
    std::vector<int> zone_regions;       // every region the zones name (which views to show)
    std::vector<int> essential_regions;  // for muscles without patterns on this view: drawn solid
    std::vector<int> spillover_regions;  // drawn stippled (essential wins where both apply)
    std::vector<int> essential_patterns; // indexes into view.patterns: drawn solid, as on the charts
    std::vector<int> spillover_patterns; // drawn stippled
    std::vector<int> outlines;           // indexes into view.muscles
    std::vector<int> trigger_points;     // indexes into view.trigger_points
    std::vector<int> point_numbers;      // beside trigger_points: each one's number (point_labels.hpp),
                                         // 0 when several muscles share the view (no list to match)
    std::vector<std::vector<Stroke>> areas;  // a person's painted areas and clicked spots on this view
    int selected_area = -1;              // index into areas, drawn stronger (the app's selection)
    std::vector<int> marked_regions;     // regions marked without a point (cover page)
    friend bool operator==(const SheetDiagram&, const SheetDiagram&) = default;
};

// A grid of boxes to tick, one row per thing to do, one column per day.
struct TickGrid {
    int days = 14;
    std::vector<std::string> rows;
};

struct MusclePage {
    int muscle = -1;
    std::vector<WarningLine> warnings;   // first on the page: where this muscle sends pain
    std::string title;            // the muscle's name
    std::string subtitle;         // anatomical name and aliases
    std::string running_header;   // printed on continuation pages
    std::vector<SheetDiagram> diagrams;  // one or two views; empty when the atlas has none
    std::vector<SheetSection> sections;
    TickGrid grid;
};

struct RankedEntry {
    std::string name;    // "Levator scapulae (right)"
    std::string reason;  // the plain-language explanation
    bool on_sheet = false;
};

struct CoverPage {
    std::string title;
    std::vector<WarningLine> warnings;   // the first block after the title
    std::vector<SheetDiagram> diagrams;  // views with the person's marks
    std::vector<std::string> contents;   // the muscles that follow, by name
    std::vector<RankedEntry> ranked;     // empty without a pain map
    std::string note;                    // the pain map's note
};

// One step of a routine, whole on one page: how to start, what is needed, what to do, the
// routine's own dose for its time slot (never the technique's general dose) and the cautions.
struct RoutineStepEntry {
    std::string time;      // "0:00 - 2:00"
    std::string heading;   // "Iliopsoas: kneeling lunge", or an exercise's title
    std::vector<SheetBlock> blocks;
    std::optional<FigureSpec> figure = std::nullopt;  // the technique's or exercise's picture
};

struct RoutinePage {
    std::string title, intro, running_header;
    std::vector<WarningLine> warnings;   // for everywhere the routine's muscles send pain
    std::vector<RoutineStepEntry> steps;
    TickGrid grid;
};

// A diary's progress on one page: the chart, the first and the latest map, what was done.
struct ProgressPage {
    std::string title;                    // "Your progress"
    std::string subtitle;                 // "14 entries, 2026-11-17 to 2026-11-30"
    std::vector<WarningLine> warnings;    // for where the latest map marks pain
    DiaryChart chart;
    std::string first_caption, latest_caption;   // "First: 2026-11-17 08:00, overall 7 of 10"
    std::vector<SheetDiagram> first_map, latest_map;
    std::string done_legend;              // what "ticked" and "logged" mean in `done`
    std::vector<std::string> done;        // "Desk routine — ticked on 9 days, logged by the app 3 times", most days first
    std::vector<std::string> notes;       // the latest notes, "2026-11-30: easier to turn"
};

struct SheetModel {
    std::string date;         // "2026-11-22"
    std::string disclaimer;
    std::string footer;       // "Trigger Atlas - 2026-11-22"
    std::optional<CoverPage> cover;
    std::vector<MusclePage> muscles;
    std::optional<RoutinePage> routine;
    std::optional<ProgressPage> progress;   // printed first when the diary is asked for
};

struct SheetInput {
    std::vector<std::string> muscles;  // muscles or groups: ids, names or aliases
    const PainMap* pain_map = nullptr;
    std::string routine;               // routine id, or empty
    std::string date;                  // printed as given
    const std::vector<DiaryEntry>* diary = nullptr;  // adds the progress page
    const std::vector<DiaryActivity>* diary_activity = nullptr;  // what the app logged, on the progress page
};

// The progress page for a diary, with what the app logged over the entries' days (as treatment
// days on the chart and counted in what was done); nothing (with `error`) when the diary has no
// entries.
std::optional<ProgressPage> BuildProgressPage(const Database& db, const std::vector<DiaryEntry>& entries,
                                              const std::vector<DiaryActivity>& activity, std::string& error);

// Fails (nothing returned, `error` set) on an unknown muscle, group or routine id, when there
// is nothing to print, or when the safety content is missing or broken (never a sheet without
// its warning signs). Without muscles, a pain map's fewest-explaining muscles are printed.
std::optional<SheetModel> BuildSheetModel(const Database& db, const SheetInput& input, std::string& error);

// One view with the zones, outlines and trigger points of several muscle instances: what the app
// overlays on the body for the muscles under the mouse or selected. A muscle drawn with patterns
// on this view shows its patterns; one without falls back to its zone regions.
SheetDiagram OverlayDiagram(const Database& db, int view, const std::vector<MuscleInstance>& instances);

// Adds the map's marks that show on `view` to `diagram`: painted areas and clicked spots drawn
// on it (the one at `selected_mark` as its selected area), and marks that name only a region
// (older maps, the command line) as that region filled, on every view that shows it.
void AddMarksOnView(const Database& db, const PainMap& map, int view, std::optional<size_t> selected_mark, SheetDiagram& diagram);

// The views a pain map's marks lie on, each with its painted areas (or marked regions), in view
// order: the cover page's and the progress page's drawings of where it hurts.
std::vector<SheetDiagram> PainMapDiagrams(const Database& db, const PainMap& map);

// The diagram for one side of a muscle: the view with its outline on that side (else with its
// trigger points, else with most of its zones), and a second view when zones lie off the first.
std::vector<SheetDiagram> MuscleDiagrams(const Database& db, int muscle, Side side);

}  // namespace ta
