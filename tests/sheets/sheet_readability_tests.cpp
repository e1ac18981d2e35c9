// Sheets a patient can read, measured on the real content's PDFs: numbered trigger points on the
// diagram and in the list, positions and cautions printed, body text at 11 pt or more in full
// ink (only footer, captions, legend and day numbers smaller, in grey), no technique or routine
// step split across pages, and no page left nearly empty.
#include "pdf_tools.hpp"
#include "routine_steps.hpp"
#include "sheet_model.hpp"
#include "sheet_pdf.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace ta {

namespace {

constexpr const char* kInk = "#212121";
constexpr const char* kMuted = "#606060";

// Text without any white space: line breaks fall anywhere, even after a hyphen.
std::string Squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

bool IsNumber(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::vector<std::string> SqueezedPages(const std::filesystem::path& pdf) {
    std::vector<std::string> pages = test::PageTexts(pdf);
    for (auto& page : pages) page = Squeezed(page);
    return pages;
}

std::filesystem::path Print(const test::ScratchDir& dir, const std::string& name, const SheetRequest& request) {
    const auto pdf = dir / name;
    std::string error;
    INFO(error);
    REQUIRE(WriteSheetPdf(test::RealSheetDatabase(), request, pdf, error));
    return pdf;
}

SheetModel Model(const SheetInput& input) {
    std::string error;
    auto model = BuildSheetModel(test::RealSheetDatabase(), input, error);
    INFO(error);
    REQUIRE(model);
    return *model;
}

// The first page at or after `from` holding `text`, or -1.
int PageWith(const std::vector<std::string>& pages, const std::string& text, int from) {
    for (int p = std::max(from, 0); p < static_cast<int>(pages.size()); ++p)
        if (pages[p].find(Squeezed(text)) != std::string::npos) return p;
    return -1;
}

// Each section's heading and every one of its blocks on one page; returns the page after which
// the next section is searched.
int CheckWhole(const std::vector<std::string>& pages, const SheetSection& section, int from) {
    INFO("section \"" << section.heading << "\"");
    const int page = PageWith(pages, section.heading, from);
    REQUIRE(page >= 0);
    for (const SheetBlock& block : section.blocks) {
        INFO("block \"" << block.text << "\" should be on page " << page + 1);
        CHECK(pages[page].find(Squeezed(block.text)) != std::string::npos);
    }
    return page;
}

std::vector<SheetSection> RoutineSections(const RoutinePage& routine) {
    std::vector<SheetSection> sections;
    for (const RoutineStepEntry& step : routine.steps) sections.push_back({step.time + " " + step.heading, step.blocks, true});
    return sections;
}

// Every page's lowest line lies below the top third: a stranded disclaimer or caution ended
// 80 to 170 pt down an 842 pt page.
void CheckPagesFilled(const std::filesystem::path& pdf, const std::vector<test::TextRun>& runs) {
    constexpr double kPage = 841.89, kFooter = kPage - 46;
    std::map<int, double> lowest;  // page: top of its lowest line above the footer
    for (const test::TextRun& run : runs)
        if (run.top < kFooter) lowest[run.page] = std::max(lowest[run.page], run.top);
    for (const auto& [page, top] : lowest) {
        INFO(pdf.filename().string() << " page " << page << " ends " << top << " pt down");
        CHECK(top > 0.3 * kPage);
    }
}

}  // namespace

TEST_CASE("a levator scapulae sheet numbers its points on the diagram and in the list") {
    const Database& db = test::RealSheetDatabase();
    test::ScratchDir dir;
    const auto pdf = Print(dir, "levator.pdf", {{"levator-scapulae"}, std::nullopt, "", Paper::A4, "2026-11-30"});
    const auto pages = SqueezedPages(pdf);
    const Muscle& m = db.content.muscles[*db.FindMuscle("levator-scapulae")];
    REQUIRE(m.trigger_points.size() == 2);
    // The list: "1 At the angle of the neck ...", "2 On the upper inner corner ...".
    for (size_t i = 0; i < m.trigger_points.size(); ++i)
        CHECK(PageWith(pages, std::to_string(i + 1) + m.trigger_points[i].find, 0) == 0);
    // The diagram (the left column, 40 % of the width): a "1" and a "2" in their discs.
    std::vector<std::string> diagram_numbers;
    for (const test::TextRun& run : test::TextRuns(pdf))
        if (run.page == 1 && run.left < 40 + 0.4 * 515 && IsNumber(run.text)) diagram_numbers.push_back(run.text);
    std::sort(diagram_numbers.begin(), diagram_numbers.end());
    CHECK(diagram_numbers == std::vector<std::string>{"1", "2"});
    // Positions and cautions of every technique.
    for (const Technique& t : m.techniques) {
        if (t.kind == TechniqueKind::SelfTest) continue;
        CHECK(PageWith(pages, "Position: " + t.position, 0) >= 0);
        for (const auto& caution : t.cautions) CHECK(PageWith(pages, "Take care: " + caution, 0) >= 0);
    }
}

TEST_CASE("a routine sheet gives each step its position, equipment, the routine's own dose and the cautions") {
    const Database& db = test::RealSheetDatabase();
    test::ScratchDir dir;
    const auto pdf = Print(dir, "low-back.pdf", {{}, std::nullopt, "low-back-15", Paper::A4, "2026-11-30"});
    const auto pages = SqueezedPages(pdf);
    const Routine& routine = *std::find_if(db.content.routines.begin(), db.content.routines.end(), [](const Routine& r) { return r.id == "low-back-15"; });
    CHECK(PageWith(pages, "Check these first", 0) == 0);  // the warning signs open the sheet
    int from = 0;
    for (const RoutineStep& step : routine.steps) {
        const Muscle& m = db.content.muscles[*db.FindMuscle(step.muscle)];
        const Technique& t = *m.FindTechnique(step.technique);
        INFO(m.name << ": " << t.title);
        const int page = PageWith(pages, m.name + ": " + t.title, from);
        REQUIRE(page >= 0);
        CHECK(pages[page].find(Squeezed("Position: " + t.position)) != std::string::npos);
        if (!t.tool.empty()) CHECK(pages[page].find(Squeezed("You need: " + t.tool)) != std::string::npos);
        const std::string dose = ResolveStep(db, step).dose;  // the step's own timing, in words
        REQUIRE_FALSE(dose.empty());
        CHECK(pages[page].find(Squeezed("In this routine: " + dose)) != std::string::npos);
        if (!step.note.empty()) CHECK(pages[page].find(Squeezed("Note: " + step.note)) != std::string::npos);
        for (const auto& caution : t.cautions) CHECK(pages[page].find(Squeezed("Take care: " + caution)) != std::string::npos);
        from = page;
    }
    // Only the routine's dose: the techniques' general doses would contradict the time slots.
    for (const auto& page : pages) CHECK(page.find("Dose:") == std::string::npos);
}

// One pass over every real sheet (writing them all takes seconds): type sizes, ink and page fill.
TEST_CASE("every sheet sets what a person reads at 11 pt or more in full ink and leaves no page nearly empty") {
    const Database& db = test::RealSheetDatabase();
    test::ScratchDir dir;
    std::vector<std::filesystem::path> pdfs;
    SheetRequest all{{}, std::nullopt, "", Paper::A4, "2026-11-30"};
    for (const Muscle& m : db.content.muscles) all.muscles.push_back(m.id);
    pdfs.push_back(Print(dir, "all.pdf", all));  // with the cover page
    for (const Routine& r : db.content.routines) pdfs.push_back(Print(dir, r.id + ".pdf", {{}, std::nullopt, r.id, Paper::A4, "2026-11-30"}));
    const std::string disclaimer = db.content.safety.disclaimer.substr(0, 30);
    for (const auto& pdf : pdfs) {
        const auto runs = test::TextRuns(pdf);
        REQUIRE(runs.size() > 30);  // text was found (the shortest routine sheet has about a hundred runs)
        int smallest_ink = 100, cautions = 0, disclaimers = 0;
        std::vector<std::pair<int, double>> caution_lines;  // page and top of each "Take care:"
        for (const test::TextRun& run : runs)
            if (run.text.find("Take care:") != std::string::npos) caution_lines.push_back({run.page, run.top});
        for (const test::TextRun& run : runs) {
            INFO(pdf.filename().string() << " page " << run.page << ": \"" << run.text << "\" at " << run.size << " pt in " << run.colour);
            const bool digits = IsNumber(run.text);
            // Smaller than body text: only the grey furniture and the diagrams' point numbers.
            if (run.size < 11) CHECK((run.colour == kMuted || digits));
            if (run.colour == kInk && !digits) smallest_ink = std::min(smallest_ink, run.size);
            const bool on_caution_line = std::any_of(caution_lines.begin(), caution_lines.end(), [&](const auto& line) {
                return line.first == run.page && std::abs(line.second - run.top) < 2;
            });
            if (on_caution_line) {  // the caution's words, not only its label
                ++cautions;
                CHECK(run.size >= 11);
                CHECK(run.colour == kInk);
            }
            if (run.text.find(disclaimer) != std::string::npos) {
                ++disclaimers;
                CHECK(run.size >= 11);
                CHECK(run.colour == kInk);
            }
        }
        CHECK(smallest_ink >= 11);
        CHECK(cautions > 0);
        CHECK(disclaimers > 0);
        CheckPagesFilled(pdf, runs);
    }
}

TEST_CASE("no technique and no routine step is split across pages") {
    const Database& db = test::RealSheetDatabase();
    test::ScratchDir dir;
    SheetInput input{{}, nullptr, "", "2026-11-30"};
    for (const Muscle& m : db.content.muscles) input.muscles.push_back(m.id);
    const SheetModel model = Model(input);
    const auto pages = SqueezedPages(Print(dir, "all.pdf", {input.muscles, std::nullopt, "", Paper::A4, "2026-11-30"}));
    int from = 0;
    int kept = 0;
    for (const MusclePage& muscle : model.muscles) {
        from = PageWith(pages, muscle.subtitle, from);  // the muscle's first page
        REQUIRE(from >= 0);
        for (const SheetSection& section : muscle.sections)
            if (section.keep_together) from = CheckWhole(pages, section, from), ++kept;
    }
    CHECK(kept > 150);
    for (const Routine& r : db.content.routines) {
        const SheetModel routine = Model({{}, nullptr, r.id, "2026-11-30"});
        const auto routine_pages = SqueezedPages(Print(dir, r.id + ".pdf", {{}, std::nullopt, r.id, Paper::A4, "2026-11-30"}));
        int at = 0;
        for (const SheetSection& section : RoutineSections(*routine.routine)) at = CheckWhole(routine_pages, section, at);
    }
}

}  // namespace ta
