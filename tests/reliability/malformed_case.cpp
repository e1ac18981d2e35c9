// Reading malformed-corpus cases, generating their big or unusual inputs, and running the loader.
#include "malformed_case.hpp"

#include "atlas_loader.hpp"
#include "content_loader.hpp"
#include "content_readers.hpp"
#include "pain_map.hpp"
#include "svg_path.hpp"
#include "test_support.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace ta::test {

namespace fs = std::filesystem;

namespace {

std::string Trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string> Words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::string DefaultInput(const std::string& loader) {
    static const std::map<std::string, std::string> defaults = {
        {"content", "content"}, {"muscle", "input.xml"}, {"atlas", "atlas"},
        {"view", "input.svg"},  {"pain-map", "input.xml"}, {"svg-path", "input.txt"}};
    auto it = defaults.find(loader);
    if (it == defaults.end()) throw std::runtime_error("unknown loader '" + loader + "'");
    return it->second;
}

size_t Count(const std::vector<std::string>& generate, size_t index) {
    if (generate.size() <= index) throw std::runtime_error("generator '" + generate[0] + "' needs a count");
    return std::stoul(generate[index]);
}

// Writes `count` copies of `unit` between `head` and `tail`, in chunks, so a 100 MB file never
// sits in memory.
void WriteRepeated(const fs::path& file, const std::string& head, const std::string& unit, size_t count,
                   const std::string& tail) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << head;
    std::string chunk;
    for (size_t i = 0; i < 4096; ++i) chunk += unit;
    for (size_t done = 0; done < count; done += 4096)
        out.write(chunk.data(), static_cast<std::streamsize>(std::min<size_t>(4096, count - done) * unit.size()));
    out << tail;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// Generators, named in expected.txt:
//   pad <bytes>            append an XML comment so the input file reaches <bytes>
//   path-points <n>        SVG path data with n line-to points
//   marks <n>              a pain map with n marks
//   nest <n>               a content file with elements nested n deep
//   unreadable             remove every permission from the input (skipped when running as root)
//   directory              replace the input file by a directory of the same name
//   empty-directory        create the input as an empty directory
//   symlink <link> <to>    create a symbolic link <link> (relative to the case) pointing at <to>
void GenerateInput(const std::vector<std::string>& generate, const fs::path& input, const fs::path& work,
                   std::string& skipped) {
    const std::string& kind = generate[0];
    if (kind == "pad") {
        const size_t target = Count(generate, 1), have = fs::exists(input) ? fs::file_size(input) : 0;
        std::ofstream(input, std::ios::binary | std::ios::app) << "<!--";
        WriteRepeated(input.string() + ".pad", "", "x", target > have + 7 ? target - have - 7 : 0, "-->");
        std::ofstream(input, std::ios::binary | std::ios::app) << std::ifstream(input.string() + ".pad").rdbuf();
        fs::remove(input.string() + ".pad");
    } else if (kind == "path-points") {
        WriteRepeated(input, "M 0 0", " l 1 1", Count(generate, 1), " Z");
    } else if (kind == "marks") {
        WriteRepeated(input, "<pain-map format=\"1\">\n", "<mark region=\"sacrum\" intensity=\"3\"/>\n",
                      Count(generate, 1), "</pain-map>\n");
    } else if (kind == "nest") {
        const size_t depth = Count(generate, 1);
        WriteRepeated(input, "<content format=\"1\">", "<muscle>", depth, "");
        WriteRepeated(input.string() + ".tail", "", "</muscle>", depth, "</content>");
        std::ofstream(input, std::ios::binary | std::ios::app) << std::ifstream(input.string() + ".tail").rdbuf();
        fs::remove(input.string() + ".tail");
    } else if (kind == "unreadable") {
        fs::permissions(input, fs::perms::none);
        if (::geteuid() == 0) skipped = "running as root: permissions do not stop reads";
    } else if (kind == "directory") {
        fs::remove(input);
        fs::create_directories(input);
    } else if (kind == "empty-directory") {
        fs::create_directories(input);
    } else if (kind == "symlink" && generate.size() == 3) {
        fs::create_symlink(generate[2], work / generate[1]);
    } else {
        throw std::runtime_error("unknown generator '" + kind + "'");
    }
}

// Views are read through the atlas loader, with the real region list, as the program reads them.
Diagnostics LoadView(const fs::path& svg, const fs::path& work) {
    const fs::path atlas = work / "view-atlas";
    fs::create_directories(atlas);
    fs::copy_file(SourceDir() / "atlas" / "regions.xml", atlas / "regions.xml");
    fs::rename(svg, atlas / "view.svg");
    std::ofstream(atlas / "atlas.xml") << "<atlas format=\"1\"><regions file=\"regions.xml\"/>"
                                          "<view file=\"view.svg\"/></atlas>\n";
    Diagnostics diagnostics;
    LoadAtlas(atlas, diagnostics);
    return diagnostics;
}

Diagnostics LoadSvgPathFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    Diagnostics diagnostics;
    PathParseResult result = ParseSvgPath(text.str());
    if (!result.error.empty()) diagnostics.Add({Severity::Error, file.string(), 0, {}, result.error, {}});
    return diagnostics;
}

Diagnostics RunLoader(const std::string& loader, const fs::path& input, const fs::path& work) {
    Diagnostics diagnostics;
    if (loader == "content") {
        LoadContent(input, diagnostics);
    } else if (loader == "muscle") {
        Content content;
        ReadMuscleFile(input.string(), content, diagnostics);
    } else if (loader == "atlas") {
        LoadAtlas(input, diagnostics);
    } else if (loader == "view") {
        return LoadView(input, work);
    } else if (loader == "pain-map") {
        LoadPainMap(input.string(), diagnostics);
    } else if (loader == "svg-path") {
        return LoadSvgPathFile(input);
    }
    return diagnostics;
}

}  // namespace

MalformedCase ReadMalformedCase(const fs::path& dir) {
    MalformedCase c;
    c.name = dir.filename().string();
    std::ifstream in(dir / "expected.txt");
    if (!in) throw std::runtime_error(c.name + ": no expected.txt");
    for (std::string line; std::getline(in, line);) {
        line = Trim(line);
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos) throw std::runtime_error(c.name + ": not a 'key: value' line: " + line);
        const std::string key = Trim(line.substr(0, colon)), value = Trim(line.substr(colon + 1));
        if (key == "loader") c.loader = value;
        else if (key == "input") c.input = value;
        else if (key == "generate") c.generate = Words(value);
        else if (key == "severity") c.severity = value == "warning" ? Severity::Warning : Severity::Error;
        else if (key == "message") c.message = value;
        else if (key == "line") c.line = std::stoi(value);
        else throw std::runtime_error(c.name + ": unknown key '" + key + "'");
    }
    if (c.loader.empty() || c.message.empty()) throw std::runtime_error(c.name + ": needs loader and message");
    if (c.input.empty()) c.input = DefaultInput(c.loader);
    return c;
}

Diagnostics RunMalformedCase(const MalformedCase& c, const fs::path& case_dir, const fs::path& work_dir,
                             std::string& skipped) {
    const fs::path work = work_dir / c.name;
    fs::copy(case_dir, work, fs::copy_options::recursive);
    fs::remove(work / "expected.txt");
    const fs::path input = work / c.input;
    if (!c.generate.empty()) GenerateInput(c.generate, input, work, skipped);
    return RunLoader(c.loader, input, work);
}

}  // namespace ta::test
