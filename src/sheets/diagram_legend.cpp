// The diagrams' legend: the body diagram draws the swatches, pango sets the words.
#include "diagram_legend.hpp"

#include "body_diagram.hpp"
#include "text_blocks.hpp"

#include <algorithm>

namespace ta::sheets {

LegendSymbols SymbolsUsed(const Database& db, const std::vector<SheetDiagram>& diagrams) {
    LegendSymbols used;
    for (const auto& d : diagrams) {
        used.trigger_points |= !d.trigger_points.empty();
        for (int i : d.outlines) (db.atlas.views[d.view].muscles[i].deep ? used.deep_outline : used.outline) = true;
    }
    return used;
}

double DrawDiagramLegend(PageWriter& page, double x, double y, double width, const LegendSymbols& symbols) {
    struct Entry { LegendSwatch swatch; const char* words; };
    std::vector<Entry> entries = {{LegendSwatch::Essential, "main pain zone"}, {LegendSwatch::Spillover, "pain may spread here"}};
    if (symbols.trigger_points) entries.push_back({LegendSwatch::TriggerPoint, "trigger point, numbered as in the text"});
    if (symbols.outline) entries.push_back({LegendSwatch::Muscle, "the muscle"});
    if (symbols.deep_outline) entries.push_back({LegendSwatch::DeepMuscle, "deep muscle (dashed outline)"});
    double row_y = y;
    for (const Entry& e : entries) {
        DrawLegendSwatch(page.Cairo(), e.swatch, {x, row_y + 1.5, 14, 8});
        LayoutPtr words = MakeLayout(page.Pango(), e.words, kSmallSize, width - 20);
        DrawLayoutAt(page.Cairo(), words.get(), x + 20, row_y, kMutedInk);
        row_y += std::max(LayoutHeight(words.get()), 10.0) + 1.5;
    }
    return row_y - y;
}

}  // namespace ta::sheets
