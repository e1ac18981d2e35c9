// Laying out a routine sheet.
#include "routine_sheet.hpp"

#include "muscle_sheet.hpp"
#include "text_blocks.hpp"
#include "tick_grid.hpp"
#include "warning_box.hpp"

namespace ta::sheets {

void DrawRoutineSheet(PageWriter& page, const SheetModel& model, const RoutinePage& routine) {
    page.StartSheet(routine.running_header);
    DrawSheetTitle(page, routine.title, std::to_string(routine.steps.size()) + " steps  \u00b7  printed " + model.date);
    FlowWarnings(page, routine.warnings, WarningDetail::Summary);
    FlowMarkup(page, EscapeMarkup(routine.intro), kBodySize, {0, kInk, nullptr, nullptr, "", 6});
    for (const RoutineStepEntry& step : routine.steps) {
        FlowHeading(page, step.time + "    " + step.heading, kHeadingSize - 1);
        if (!step.note.empty()) FlowMarkup(page, "<i>" + EscapeMarkup(step.note) + "</i>", kBodySize);
        if (!step.tool.empty()) FlowBlock(page, {BlockStyle::Label, step.tool, "You need", 0});
        if (!step.position.empty()) FlowBlock(page, {BlockStyle::Label, step.position, "Position", 0});
        for (size_t i = 0; i < step.steps.size(); ++i)
            FlowBlock(page, {BlockStyle::Step, step.steps[i], "", static_cast<int>(i + 1)});
        if (!step.dose.empty()) FlowBlock(page, {BlockStyle::Label, step.dose, "Dose", 0});
        for (const std::string& caution : step.cautions) FlowBlock(page, {BlockStyle::Caution, caution, "", 0});
        page.Advance(3);
    }
    FlowTickGrid(page, routine.grid);
    FlowDisclaimer(page, model.disclaimer);
    page.EndPage();
}

}  // namespace ta::sheets
