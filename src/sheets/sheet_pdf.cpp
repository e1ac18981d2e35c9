// WriteSheetPdf: builds the sheet model, draws its pages onto a cairo PDF surface in memory and
// writes the file atomically.
#include "sheet_pdf.hpp"

#include "atomic_file.hpp"
#include "cover_page.hpp"
#include "muscle_sheet.hpp"
#include "page_layout.hpp"
#include "progress_page.hpp"
#include "routine_sheet.hpp"
#include "sheet_model.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <chrono>
#include <cstdio>
#include <regex>

namespace ta {

namespace {

std::string Today() {
    const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(today.year()), static_cast<unsigned>(today.month()),
                  static_cast<unsigned>(today.day()));
    return text;
}

bool IsIsoDate(const std::string& date) {
    static const std::regex pattern(R"(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))");
    return std::regex_match(date, pattern);
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Pango at 72 dpi so font sizes are points, with unhinted metrics so the layout does not depend
// on a screen's pixel grid.
PangoContext* MakePangoContext(cairo_t* cr) {
    PangoContext* pango = pango_cairo_create_context(cr);
    pango_cairo_context_set_resolution(pango, 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango, options);
    cairo_font_options_destroy(options);
    return pango;
}

void DrawPages(cairo_t* cr, const Database& db, const SheetModel& model, Paper paper) {
    PangoContext* pango = MakePangoContext(cr);
    sheets::PageWriter page(cr, pango, paper, model.footer);
    if (model.progress) sheets::DrawProgressPage(page, db, model, *model.progress);
    if (model.cover) sheets::DrawCoverPage(page, db, model, *model.cover);
    if (model.routine) sheets::DrawRoutineSheet(page, model, *model.routine);
    for (const MusclePage& muscle : model.muscles) sheets::DrawMuscleSheet(page, db, model, muscle);
    g_object_unref(pango);
}

std::string DocumentTitle(const SheetModel& model) {
    if (model.progress && !model.cover && !model.routine && model.muscles.empty()) return model.progress->title;
    if (model.routine) return model.routine->title;
    if (model.muscles.size() == 1) return model.muscles.front().title;
    return model.cover ? model.cover->title : "Treatment sheets";
}

}  // namespace

bool WriteSheetPdf(const Database& db, const SheetRequest& request, const std::filesystem::path& out, std::string& error) {
    SheetInput input{request.muscles, request.pain_map ? &*request.pain_map : nullptr, request.routine,
                     request.date.empty() ? Today() : request.date, request.diary, request.diary_activity};
    if (!IsIsoDate(input.date)) {
        error = "date \"" + input.date + "\" must look like 2026-11-22";
        return false;
    }
    auto model = BuildSheetModel(db, input, error);
    if (!model) return false;

    std::string pdf;
    const sheets::PaperSize size = sheets::PaperPoints(request.paper);
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, size.width, size.height);
    // A fixed creation date (the sheet's own date) keeps the output byte for byte reproducible.
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, (input.date + "T00:00:00").c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, DocumentTitle(*model).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Trigger Atlas");
    cairo_t* cr = cairo_create(surface);
    DrawPages(cr, db, *model, request.paper);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        error = std::string("PDF drawing failed: ") + cairo_status_to_string(status);
        return false;
    }
    return WriteFileAtomically(out, pdf, error);
}

}  // namespace ta
