// Documents: open, save, export, recent files, and the autosaved session that is restored at the
// next start. Pain maps are written atomically by the core; a file that failed to load is moved
// aside, never overwritten.
#include "app.hpp"

#include "sheet_pdf.hpp"

#include <cstdlib>

namespace ta::gui {

namespace {

namespace fs = std::filesystem;

fs::path AutosavePath() { return DataDirectory() / "session.xml"; }

fs::path DocumentsFolder() {
    const char* home = std::getenv("HOME");
    const fs::path base = home && *home ? fs::path(home) : fs::current_path();
    std::error_code ec;
    return fs::is_directory(base / "Documents", ec) ? base / "Documents" : base;
}

std::string FirstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.Items())
        if (d.severity == Severity::Error) return d.message;
    return "unreadable";
}

// Moves an unreadable file out of the way so nothing ever overwrites it.
void SetAside(const fs::path& file) {
    std::error_code ec;
    fs::rename(file, fs::path(file.string() + ".unreadable"), ec);
}

}  // namespace

void App::NewDocument() {
    session.ReplaceMap({});
    document_.clear();
    saved_revision_ = session.Revision();
}

void App::OpenDocument(const fs::path& path) {
    Diagnostics diagnostics;
    auto map = LoadPainMap(path.string(), diagnostics);
    if (!map) {
        status = "Could not open " + path.filename().string() + ": " + FirstError(diagnostics);
        return;
    }
    session.ReplaceMap(std::move(*map));
    document_ = path;
    saved_revision_ = session.Revision();
    settings.AddRecent(path.string());
    SaveSettingsNow();
    status = "Opened " + path.filename().string();
}

void App::SaveDocument(const fs::path& path) {
    std::string error;
    if (!SavePainMap(session.Map(), path, error)) {
        status = "Could not save: " + error;
        return;
    }
    document_ = path;
    saved_revision_ = session.Revision();
    settings.AddRecent(path.string());
    SaveSettingsNow();
    status = "Saved " + path.filename().string();
}

void App::Save() {
    if (document_.empty()) AskSaveAs();
    else SaveDocument(document_);
}

void App::AskOpen() { file_dialog.Ask(FileAction::Open, (document_.empty() ? DocumentsFolder() : document_.parent_path()) / ""); }

void App::AskSaveAs() { file_dialog.Ask(FileAction::SaveAs, document_.empty() ? DocumentsFolder() / "pain-map.xml" : document_); }

void App::AskExport() {
    const std::string name = session.selected_muscle ? db.content.muscles[*session.selected_muscle].id + "-sheet.pdf" : "pain-map-sheet.pdf";
    file_dialog.Ask(FileAction::Export, (document_.empty() ? DocumentsFolder() : document_.parent_path()) / name);
}

void App::HandleDialogResult() {
    auto choice = file_dialog.TakeChoice();
    if (!choice) return;
    switch (choice->action) {
    case FileAction::Open: OpenDocument(choice->path); break;
    case FileAction::SaveAs: SaveDocument(choice->path); break;
    case FileAction::Export: ExportSheet(choice->path); break;
    }
}

void App::ExportSheet(const fs::path& path) {
    SheetRequest request;
    if (session.selected_muscle) request.muscles.push_back(db.content.muscles[*session.selected_muscle].id);
    if (!session.Map().marks.empty()) request.pain_map = session.Map();
    std::string error;
    status = WriteSheetPdf(db, request, path, error) ? "Exported " + path.filename().string() : "Could not export: " + error;
}

void App::RestoreAutosave() {
    const fs::path file = AutosavePath();
    for (const fs::path& candidate : {file, fs::path(file.string() + ".bak")}) {
        std::error_code ec;
        if (!fs::exists(candidate, ec)) continue;
        Diagnostics diagnostics;
        if (auto map = LoadPainMap(candidate.string(), diagnostics)) {
            session.RestoreMap(std::move(*map));
            autosaved_revision_ = saved_revision_ = session.Revision();
            return;
        }
        SetAside(candidate);
        status = "The last session could not be read (kept as " + candidate.filename().string() + ".unreadable).";
    }
}

void App::Autosave() {
    autosaved_revision_ = session.Revision();
    const fs::path file = AutosavePath();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    // The current file was written by us or restored from: it is the last good copy.
    if (fs::exists(file, ec)) fs::copy_file(file, fs::path(file.string() + ".bak"), fs::copy_options::overwrite_existing, ec);
    std::string error;
    if (!SavePainMap(session.Map(), file, error)) status = "Autosave failed: " + error;
}

}  // namespace ta::gui
