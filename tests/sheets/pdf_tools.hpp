// Helpers for the sheet tests: the test database, a temp directory, and what qpdf and poppler's
// command-line tools say about a PDF.
#pragma once

#include "database.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace ta::test {

// tests/sheets/data, and the real content/ + atlas/ (loaded once).
const Database& SheetTestDatabase();
const Database& RealSheetDatabase();

class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout
};
CommandResult RunCommand(const std::string& command);
std::string Quote(const std::filesystem::path& path);

bool QpdfCheckPasses(const std::filesystem::path& pdf);
int PageCount(const std::filesystem::path& pdf);
std::string PageSize(const std::filesystem::path& pdf);     // pdfinfo's "595.276 x 841.89 pts (A4)"
std::string PdfText(const std::filesystem::path& pdf);      // pdftotext, pages joined
bool AllFontsEmbedded(const std::filesystem::path& pdf);
// Each page's text in the order it was drawn (pdftotext -raw), runs of white space as one space.
std::vector<std::string> PageTexts(const std::filesystem::path& pdf);
// Every run of text as set (pdftohtml -xml at 72 dpi): page, position and size in points, colour.
struct TextRun {
    int page = 0;
    double top = 0, left = 0;
    int size = 0;        // rounded to whole points
    std::string colour;  // "#212121"
    std::string text;
};
std::vector<TextRun> TextRuns(const std::filesystem::path& pdf);
// The largest right and bottom edge of any word, in points (pdftotext -bbox).
std::pair<double, double> TextExtent(const std::filesystem::path& pdf);

// One page rendered by pdftoppm, as RGB pixels at `dpi`.
struct Raster {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    // Pixels in the rectangle (points) that are clearly not white, and those that are red.
    int Inked(double x0, double y0, double x1, double y1, int dpi) const;
    int Red(double x0, double y0, double x1, double y1, int dpi) const;
};
Raster RenderPage(const std::filesystem::path& pdf, int page, int dpi);

std::string ReadBytes(const std::filesystem::path& path);

}  // namespace ta::test
