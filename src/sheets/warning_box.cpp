// Laying out the warning signs block.
#include "warning_box.hpp"

#include "text_blocks.hpp"

namespace ta::sheets {

void FlowWarnings(PageWriter& page, const std::vector<WarningLine>& warnings, WarningDetail detail) {
    if (warnings.empty()) return;
    static const Colour background = kFlagBackground, bar = kFlagBar;
    FlowHeading(page, "Check these first: act on them before any self-treatment");
    std::string general;
    for (const WarningLine& w : warnings) {
        if (w.general) {
            general += (general.empty() ? "" : "; ") + EscapeMarkup(w.title);
            continue;
        }
        std::string markup = "<b>" + EscapeMarkup(w.tag) + ": ";
        markup += detail == WarningDetail::Full ? EscapeMarkup(w.title) + "</b>\n" + EscapeMarkup(w.text) : EscapeMarkup(w.summary) + "</b>";
        FlowMarkup(page, markup, kBodySize, {8, kInk, &background, &bar, "", 3});
    }
    if (!general.empty())
        FlowMarkup(page, "<b>Also see a doctor before treating yourself if:</b> " + general + ".", kBodySize,
                   {8, kInk, &background, &bar, "", 3});
    page.Advance(4);
}

}  // namespace ta::sheets
