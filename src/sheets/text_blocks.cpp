// Pango layouts and the line-by-line flow that lets text continue across pages.
#include "text_blocks.hpp"

#include "figure_block.hpp"

#include <pango/pangocairo.h>

#include <cmath>
#include <string>

namespace ta::sheets {

void LayoutDeleter::operator()(PangoLayout* layout) const { g_object_unref(layout); }

std::string EscapeMarkup(const std::string& text) {
    gchar* escaped = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out(escaped);
    g_free(escaped);
    return out;
}

LayoutPtr MakeLayout(PangoContext* pango, const std::string& markup, double size, double width, bool bold) {
    LayoutPtr layout(pango_layout_new(pango));
    PangoFontDescription* font = pango_font_description_from_string(kFontFamily);
    pango_font_description_set_size(font, static_cast<gint>(size * PANGO_SCALE));
    if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);

    // Markup gives the attributes; hyphens that pango would insert at line breaks are switched off
    // because they split medical words in misleading places.
    PangoAttrList* attributes = nullptr;
    char* text = nullptr;
    if (!pango_parse_markup(markup.c_str(), -1, 0, &attributes, &text, nullptr, nullptr)) {
        attributes = pango_attr_list_new();
        text = g_strdup(markup.c_str());
    }
    pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
    pango_layout_set_text(layout.get(), text, -1);
    pango_layout_set_attributes(layout.get(), attributes);
    pango_attr_list_unref(attributes);
    g_free(text);
    return layout;
}

double LayoutHeight(PangoLayout* layout) {
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
}

void DrawLayoutAt(cairo_t* cr, PangoLayout* layout, double x, double y, Colour colour) {
    SetColour(cr, colour);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

namespace {

void DrawLineDecoration(cairo_t* cr, const BlockLook& look, double x, double y, double width, double height) {
    if (look.background) {
        SetColour(cr, *look.background);
        cairo_rectangle(cr, x, y, width, height);
        cairo_fill(cr);
    }
    if (look.bar) {
        SetColour(cr, *look.bar);
        cairo_rectangle(cr, x, y, 2.2, height);
        cairo_fill(cr);
    }
}

void DrawMarker(PageWriter& page, const BlockLook& look, double x, double baseline, double size) {
    if (look.disc) {
        const double scale = size / 8.5;
        DrawNumberDisc(page.Cairo(), x + 5.6 * scale + 0.5, baseline - 0.36 * size, std::stoi(look.marker), scale);
        return;
    }
    LayoutPtr marker = MakeLayout(page.Pango(), EscapeMarkup(look.marker), size, look.indent);
    PangoLayoutLine* line = pango_layout_get_line_readonly(marker.get(), 0);
    SetColour(page.Cairo(), look.colour);
    cairo_move_to(page.Cairo(), x + (look.bar ? 6 : 0), baseline);
    pango_cairo_show_layout_line(page.Cairo(), line);
}

double FontSizeOf(PangoLayout* layout) {
    const PangoFontDescription* font = pango_layout_get_font_description(layout);
    return static_cast<double>(pango_font_description_get_size(font)) / PANGO_SCALE;
}

}  // namespace

void FlowLayout(PageWriter& page, PangoLayout* layout, double x, const BlockLook& look) {
    cairo_t* cr = page.Cairo();
    const double decoration_width = look.indent + static_cast<double>(pango_layout_get_width(layout)) / PANGO_SCALE + 6;
    PangoLayoutIter* it = pango_layout_get_iter(layout);
    double chunk_top = 0;   // layout y of the first line on the current page
    double page_top = page.Y();
    bool first = true;
    double bottom = page.Y();
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        const double line_top = static_cast<double>(logical.y) / PANGO_SCALE;
        const double line_height = static_cast<double>(logical.height) / PANGO_SCALE;
        if (page_top + line_top - chunk_top + line_height > page.Bottom()) {
            page.BreakPage();
            chunk_top = line_top;
            page_top = page.Y();
        }
        const double y = page_top + line_top - chunk_top;
        const double baseline = y + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE - line_top;
        DrawLineDecoration(cr, look, x - (look.background ? 4 : 0), y, decoration_width, line_height);
        if (first && !look.marker.empty()) DrawMarker(page, look, x, baseline, FontSizeOf(layout));
        SetColour(cr, look.colour);
        cairo_move_to(cr, x + look.indent + static_cast<double>(logical.x) / PANGO_SCALE, baseline);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
        bottom = y + line_height;
        first = false;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    page.SetY(bottom + look.space_after);
}

void FlowMarkup(PageWriter& page, const std::string& markup, double size, const BlockLook& look) {
    LayoutPtr layout = MakeLayout(page.Pango(), markup, size, page.ColumnWidth() - look.indent);
    FlowLayout(page, layout.get(), page.ColumnLeft(), look);
}

void FlowHeading(PageWriter& page, const std::string& text, double size) {
    LayoutPtr layout = MakeLayout(page.Pango(), EscapeMarkup(text), size, page.ColumnWidth(), true);
    // Keep with the next two lines of body text.
    page.EnsureRoom(LayoutHeight(layout.get()) + 2 * kBodySize * 1.3 + 6);
    page.Advance(4);
    FlowLayout(page, layout.get(), page.ColumnLeft(), {0, kInk, nullptr, nullptr, "", 2});
}

namespace {

// How each kind of block is set: its markup, size and look.
struct BlockSetting {
    std::string markup;
    double size = kBodySize;
    BlockLook look;
};

BlockSetting SettingOf(const SheetBlock& block) {
    static const Colour caution_bar = kCautionBar, caution_background = kCautionBackground;
    const std::string text = EscapeMarkup(block.text);
    switch (block.style) {
    case BlockStyle::Paragraph: return {text, kBodySize, {}};
    case BlockStyle::Bullet: return {text, kBodySize, {14, kInk, nullptr, nullptr, "\u2022", 3}};
    case BlockStyle::Step: return {text, kBodySize, {20, kInk, nullptr, nullptr, std::to_string(block.number) + ".", 3}};
    case BlockStyle::Point: return {text, kBodySize, {22, kInk, nullptr, nullptr, std::to_string(block.number), 4, true}};
    case BlockStyle::Label: return {"<b>" + EscapeMarkup(block.label) + ":</b> " + text, kBodySize, {}};
    case BlockStyle::Caution:
        return {"<b>Take care:</b> " + text, kBodySize, {16, kInk, &caution_background, &caution_bar, "!", 3}};
    }
    return {text, kBodySize, {}};
}

// The section's height as set from the cursor: measured at the current column's width, which
// beside a diagram is the narrower one, so the estimate errs on the tall side.
double SectionHeight(PageWriter& page, const SheetSection& section) {
    double height = HeadingHeight(page, section.heading) + 4;
    if (section.figure) height += FigureBlockHeight(*section.figure);
    for (const SheetBlock& block : section.blocks) {
        const BlockSetting setting = SettingOf(block);
        height += MarkupHeight(page, setting.markup, setting.size, setting.look);
    }
    return height;
}

}  // namespace

double HeadingHeight(PageWriter& page, const std::string& text) {
    LayoutPtr layout = MakeLayout(page.Pango(), EscapeMarkup(text), kHeadingSize, page.ColumnWidth(), true);
    return 4 + LayoutHeight(layout.get()) + 2;  // as FlowHeading sets it
}

double MarkupHeight(PageWriter& page, const std::string& markup, double size, const BlockLook& look) {
    LayoutPtr layout = MakeLayout(page.Pango(), markup, size, page.ColumnWidth() - look.indent);
    return LayoutHeight(layout.get()) + look.space_after;
}

void FlowBlock(PageWriter& page, const SheetBlock& block) {
    const BlockSetting setting = SettingOf(block);
    FlowMarkup(page, setting.markup, setting.size, setting.look);
}

void FlowSection(PageWriter& page, const SheetSection& section, double keep_with_next) {
    if (section.keep_together) {
        const double height = SectionHeight(page, section);
        // With what follows when both fit on a fresh page, else on its own.
        if (!page.Fits(height + keep_with_next) && page.FitsFreshPage(height + keep_with_next)) page.BreakPage();
        else page.KeepTogether(height);
    }
    if (section.figure) page.EnsureRoom(FigureBlockHeight(*section.figure) + 30);  // the heading stays with its picture
    FlowHeading(page, section.heading);
    if (section.figure) FlowFigure(page, *section.figure);
    for (const SheetBlock& block : section.blocks) FlowBlock(page, block);
    page.Advance(4);
}

}  // namespace ta::sheets
