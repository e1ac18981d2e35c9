// Laying out a routine sheet.
#include "routine_sheet.hpp"

#include "muscle_sheet.hpp"
#include "text_blocks.hpp"
#include "warning_box.hpp"

namespace ta::sheets {

void DrawRoutineSheet(PageWriter& page, const SheetModel& model, const RoutinePage& routine) {
    page.StartSheet(routine.running_header);
    DrawSheetTitle(page, routine.title, std::to_string(routine.steps.size()) + " steps  \u00b7  printed " + model.date);
    FlowWarnings(page, routine.warnings, WarningDetail::Summary);
    FlowMarkup(page, EscapeMarkup(routine.intro), kBodySize, {0, kInk, nullptr, nullptr, "", 6});
    const double closing = ClosingHeight(page, routine.grid, model.disclaimer);
    for (size_t i = 0; i < routine.steps.size(); ++i) {
        const RoutineStepEntry& step = routine.steps[i];
        FlowSection(page, {step.time + "    " + step.heading, step.blocks, true, step.figure}, i + 1 == routine.steps.size() ? closing : 0);
    }
    FlowClosing(page, routine.grid, model.disclaimer);
    page.EndPage();
}

}  // namespace ta::sheets
