// Test helpers: loading test data, running qpdf / pdfinfo / pdftotext / pdftoppm, reading PPM.
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include <array>
#include <cctype>
#include <map>
#include <tuple>
#include <cstdio>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <sys/wait.h>

namespace ta::test {

namespace {

Database LoadChecked(const std::filesystem::path& content, const std::filesystem::path& atlas) {
    Diagnostics diagnostics;
    Database db = LoadDatabase(content, atlas, diagnostics);
    for (const auto& d : diagnostics.Items())
        if (d.severity == Severity::Error) WARN(FormatDiagnostic(d));
    return db;
}

template <typename Test>
int CountPixels(const Raster& r, double x0, double y0, double x1, double y1, int dpi, Test test) {
    const double scale = dpi / 72.0;
    int count = 0;
    for (int y = static_cast<int>(y0 * scale); y < static_cast<int>(y1 * scale) && y < r.height; ++y)
        for (int x = static_cast<int>(x0 * scale); x < static_cast<int>(x1 * scale) && x < r.width; ++x) {
            const unsigned char* p = &r.rgb[(static_cast<size_t>(y) * r.width + x) * 3];
            count += test(p[0], p[1], p[2]);
        }
    return count;
}

}  // namespace

const Database& SheetTestDatabase() {
    static const Database db = LoadChecked(std::filesystem::path(TA_SHEET_DATA_DIR) / "content", std::filesystem::path(TA_SHEET_DATA_DIR) / "atlas");
    return db;
}

const Database& RealSheetDatabase() {
    static const Database db = LoadChecked(std::filesystem::path(TA_SOURCE_DIR) / "content", std::filesystem::path(TA_SOURCE_DIR) / "atlas");
    return db;
}

ScratchDir::ScratchDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() / ("ta-sheets-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

CommandResult RunCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string Quote(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

bool QpdfCheckPasses(const std::filesystem::path& pdf) { return RunCommand("qpdf --check " + Quote(pdf) + " >/dev/null 2>&1").exit_code == 0; }

int PageCount(const std::filesystem::path& pdf) {
    std::smatch m;
    const std::string info = RunCommand("pdfinfo " + Quote(pdf)).output;
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

std::string PageSize(const std::filesystem::path& pdf) {
    std::smatch m;
    const std::string info = RunCommand("pdfinfo " + Quote(pdf)).output;
    return std::regex_search(info, m, std::regex(R"(Page size:\s+([^\n]+))")) ? std::string(m[1]) : "";
}

std::string PdfText(const std::filesystem::path& pdf) { return RunCommand("pdftotext -enc UTF-8 " + Quote(pdf) + " -").output; }

std::vector<std::string> PageTexts(const std::filesystem::path& pdf) {
    const std::string text = RunCommand("pdftotext -raw -enc UTF-8 " + Quote(pdf) + " -").output;
    std::vector<std::string> pages(1);
    for (char c : text) {
        if (c == '\f') pages.emplace_back();
        else if (std::isspace(static_cast<unsigned char>(c))) {
            if (!pages.back().empty() && pages.back().back() != ' ') pages.back() += ' ';
        } else pages.back() += c;
    }
    if (pages.back().empty()) pages.pop_back();  // after the last page's form feed
    return pages;
}

namespace {

void CollectText(const tinyxml2::XMLNode* node, std::string& out) {
    for (const tinyxml2::XMLNode* child = node->FirstChild(); child; child = child->NextSibling()) {
        if (child->ToText()) out += child->Value();
        else CollectText(child, out);
    }
}

}  // namespace

std::vector<TextRun> TextRuns(const std::filesystem::path& pdf) {
    const std::string xml = RunCommand("pdftohtml -xml -i -q -zoom 1 -stdout " + Quote(pdf)).output;
    tinyxml2::XMLDocument doc;
    std::vector<TextRun> runs;
    if (doc.Parse(xml.c_str(), xml.size()) != tinyxml2::XML_SUCCESS) return runs;
    std::map<std::string, std::pair<int, std::string>> fonts;  // id: size, colour; each given once, where first used
    for (auto* page = doc.RootElement()->FirstChildElement("page"); page; page = page->NextSiblingElement("page")) {
        for (auto* e = page->FirstChildElement(); e; e = e->NextSiblingElement()) {
            const std::string name = e->Name();
            if (name == "fontspec") fonts[e->Attribute("id")] = {e->IntAttribute("size"), e->Attribute("color")};
            if (name != "text") continue;
            TextRun run{page->IntAttribute("number"), e->DoubleAttribute("top"), e->DoubleAttribute("left"), 0, "", ""};
            std::tie(run.size, run.colour) = fonts[e->Attribute("font")];
            CollectText(e, run.text);
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

bool AllFontsEmbedded(const std::filesystem::path& pdf) {
    std::istringstream lines(RunCommand("pdffonts " + Quote(pdf)).output);
    std::string line;
    int fonts = 0;
    for (int i = 0; std::getline(lines, line); ++i) {
        if (i < 2 || line.empty()) continue;  // header and rule
        ++fonts;
        if (line.find(" yes ") == std::string::npos) return false;  // the "emb" column
    }
    return fonts > 0;
}

std::pair<double, double> TextExtent(const std::filesystem::path& pdf) {
    const std::string html = RunCommand("pdftotext -bbox " + Quote(pdf) + " -").output;
    static const std::regex word(R"re(<word xMin="[-\d.]+" yMin="[-\d.]+" xMax="([-\d.]+)" yMax="([-\d.]+)")re");
    std::pair<double, double> extent{0, 0};
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator(); ++it) {
        extent.first = std::max(extent.first, std::stod((*it)[1]));
        extent.second = std::max(extent.second, std::stod((*it)[2]));
    }
    return extent;
}

Raster RenderPage(const std::filesystem::path& pdf, int page, int dpi) {
    const std::filesystem::path out = pdf.parent_path() / ("page-" + std::to_string(page));
    RunCommand("pdftoppm -r " + std::to_string(dpi) + " -f " + std::to_string(page) + " -l " + std::to_string(page) +
               " -singlefile " + Quote(pdf) + " " + Quote(out));
    std::ifstream in(out.string() + ".ppm", std::ios::binary);
    Raster r;
    std::string magic;
    int max_value = 0;
    in >> magic >> r.width >> r.height >> max_value;
    in.get();
    if (magic != "P6" || max_value != 255) return {};
    r.rgb.resize(static_cast<size_t>(r.width) * r.height * 3);
    in.read(reinterpret_cast<char*>(r.rgb.data()), static_cast<std::streamsize>(r.rgb.size()));
    return r;
}

int Raster::Inked(double x0, double y0, double x1, double y1, int dpi) const {
    return CountPixels(*this, x0, y0, x1, y1, dpi, [](int r, int g, int b) { return r + g + b < 3 * 235; });
}

int Raster::Red(double x0, double y0, double x1, double y1, int dpi) const {
    return CountPixels(*this, x0, y0, x1, y1, dpi, [](int r, int g, int b) { return r > 150 && g < 90 && b < 90; });
}

std::string ReadBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace ta::test
