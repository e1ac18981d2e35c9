// Atlas loader: the manifest names the region list and the views in display order.
#include "atlas_loader.hpp"

#include "data_paths.hpp"
#include "svg_view_reader.hpp"
#include "xml_reader.hpp"

#include <future>
#include <unordered_set>

namespace ta {

namespace {

void ReadRegionBase(const ElementReader& e, Atlas& atlas, std::unordered_set<std::string>& seen) {
    e.CheckAttributes({"id", "side", "name", "note"});
    auto id = e.IdAttribute();
    auto side = e.ChoiceAttribute("side", {"paired", "midline"}, std::nullopt);
    auto name = e.RequiredAttribute("name");
    if (!id || !side || !name) return;
    if (!seen.insert(*id).second) {
        e.Error("duplicate region id '" + *id + "'", "each region base is listed once");
        return;
    }
    const int base = static_cast<int>(atlas.bases.size());
    atlas.bases.push_back({*id, *name, e.Attribute("note").value_or(""), *side == "paired"});
    if (*side == "paired") {
        atlas.regions.push_back({"right-" + *id, "right " + *name, base, Side::Right});
        atlas.regions.push_back({"left-" + *id, "left " + *name, base, Side::Left});
    } else {
        atlas.regions.push_back({*id, *name, base, Side::Midline});
    }
}

// <retired id="scapula" now="scapula-body-upper"/>: a base that was split or renamed, so pain maps and
// command lines written with the old id still resolve (to the region that took its place).
void ReadRetiredBase(const ElementReader& e, std::vector<std::pair<std::string, std::string>>& retired, std::vector<int>& lines) {
    e.CheckAttributes({"id", "now"});
    auto id = e.IdAttribute();
    auto now = e.RequiredAttribute("now");
    if (!id || !now) return;
    retired.emplace_back(*id, *now);
    lines.push_back(e.Line());
}

void ReadRegionList(const std::filesystem::path& file, Atlas& atlas, Diagnostics& diagnostics) {
    tinyxml2::XMLDocument document;
    auto root = OpenDocument(file.string(), document, "regions", 1, diagnostics);
    if (!root) return;
    std::unordered_set<std::string> seen;
    std::vector<std::pair<std::string, std::string>> retired;
    std::vector<int> lines;
    root->ForEachChild({{"region", [&](const ElementReader& e) { ReadRegionBase(e, atlas, seen); }},
                        {"retired", [&](const ElementReader& e) { ReadRetiredBase(e, retired, lines); }}});
    if (atlas.bases.empty()) root->Error("no regions defined");
    atlas.BuildIndex();
    for (size_t i = 0; i < retired.size(); ++i) {
        const auto& [old_id, now] = retired[i];
        if (seen.count(old_id))
            diagnostics.Add({Severity::Error, file.string(), lines[i], "regions/retired", "retired id '" + old_id + "' is still a region", {}});
        else if (!atlas.RetireBase(old_id, now))
            diagnostics.Add({Severity::Error, file.string(), lines[i], "regions/retired", "retired id '" + old_id + "' points to unknown region '" + now + "'",
                             "name the base that took its place"});
    }
}

// Returns the files the manifest names, confined to the atlas directory.
std::optional<std::filesystem::path> ManifestFile(const ElementReader& e, const std::filesystem::path& dir) {
    e.CheckAttributes({"file"});
    auto file = e.RequiredAttribute("file");
    if (!file) return std::nullopt;
    auto resolved = ResolveInside(dir, *file);
    if (!resolved) {
        e.Error("file \"" + *file + "\" is outside the atlas directory", "use a path relative to atlas/, without ..");
    } else if (std::error_code ec; !std::filesystem::is_regular_file(*resolved, ec)) {
        e.Error("file \"" + *file + "\" does not exist", "check the name, relative to atlas/");
        return std::nullopt;
    }
    return resolved;
}

// The views are independent files and most of the loading time, so they are read side by side;
// they and their diagnostics are kept in the manifest's order, as if read one after another.
void ReadViews(const std::vector<std::pair<std::filesystem::path, int>>& files, Atlas& atlas,
               const std::string& manifest, Diagnostics& diagnostics) {
    struct ViewRead {
        std::optional<View> view;
        Diagnostics diagnostics;
    };
    std::vector<std::future<ViewRead>> reads;
    for (const auto& [file, line] : files)
        reads.push_back(std::async(std::launch::async, [&atlas, path = file.string()] {
            ViewRead read;
            read.view = ReadSvgView(path, atlas, read.diagnostics);
            return read;
        }));
    for (size_t i = 0; i < files.size(); ++i) {
        ViewRead read = reads[i].get();
        diagnostics.Append(read.diagnostics);
        if (!read.view) continue;
        if (atlas.FindView(read.view->id)) {
            diagnostics.Add({Severity::Error, manifest, files[i].second, "atlas/view", "duplicate view '" + read.view->id + "'",
                             "each view's ta:view must be unique"});
            continue;
        }
        atlas.views.push_back(std::move(*read.view));
    }
}

}  // namespace

Atlas LoadAtlas(const std::filesystem::path& atlas_dir, Diagnostics& diagnostics) {
    Atlas atlas;
    const std::string manifest = (atlas_dir / "atlas.xml").string();
    tinyxml2::XMLDocument document;
    auto root = OpenDocument(manifest, document, "atlas", 1, diagnostics);
    if (!root) return atlas;

    std::optional<std::filesystem::path> regions_file;
    std::vector<std::pair<std::filesystem::path, int>> view_files;
    root->ForEachChild({
        {"regions", [&](const ElementReader& e) { regions_file = ManifestFile(e, atlas_dir); }},
        {"view", [&](const ElementReader& e) {
             if (auto f = ManifestFile(e, atlas_dir)) view_files.emplace_back(*f, e.Line());
         }},
    });
    if (!regions_file) {
        root->Error("the manifest names no regions file", "add <regions file=\"regions.xml\"/>");
        return atlas;
    }
    ReadRegionList(*regions_file, atlas, diagnostics);
    atlas.BuildIndex();
    if (view_files.empty()) root->Error("the manifest names no views", "add <view file=\"views/front.svg\"/>");
    ReadViews(view_files, atlas, manifest, diagnostics);
    return atlas;
}

}  // namespace ta
