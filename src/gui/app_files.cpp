// Documents: new, open, save, export, and the autosave. Replacing the marks or quitting with
// unsaved changes asks first; pain maps are written atomically by the core; an export never
// takes the name of an existing file unless the person confirms; the autosave keeps its last
// good copies.
#include "app.hpp"

#include "backup_rotation.hpp"
#include "desktop_open.hpp"
#include "file_naming.hpp"

#include <cstdlib>

namespace ta::gui {

namespace {

namespace fs = std::filesystem;

constexpr int kAutosaveBackups = 2;

fs::path DocumentsFolder() {
    const char* home = std::getenv("HOME");
    std::error_code ec;
    const fs::path base = home && *home ? fs::path(home) : fs::current_path(ec);
    return fs::is_directory(base / "Documents", ec) ? base / "Documents" : base;
}

std::string FirstError(const Diagnostics& diagnostics) {
    for (const Diagnostic& d : diagnostics.Items())
        if (d.severity == Severity::Error) return (d.line > 0 ? "line " + std::to_string(d.line) + ": " : std::string()) + d.message;
    return "unreadable";
}

}  // namespace

fs::path AutosavePath() { return DataDirectory() / "session.xml"; }

void App::Request(DocumentAction action, const fs::path& file) {
    const PendingAction pending{action, file};
    if (session.Modified()) confirm_discard = pending;
    else Perform(pending);
}

void App::AnswerDiscard(bool save, bool discard) {
    const auto pending = confirm_discard;
    confirm_discard.reset();
    if (!pending || (!save && !discard)) return;
    if (discard && pending->action == DocumentAction::Quit) {
        session.RevertToSaved();  // so the next start does not bring the discarded changes back
        Autosave();
    }
    if (discard) return Perform(*pending);
    if (document_.empty()) {  // Save as first; the action follows once it has saved
        after_save_ = pending;
        AskSaveAs();
    } else if (SaveDocument(document_)) {
        Perform(*pending);
    }
}

void App::Perform(const PendingAction& pending) {
    switch (pending.action) {
    case DocumentAction::New: NewDocument(); break;
    case DocumentAction::Open: AskOpen(); break;
    case DocumentAction::OpenFile: OpenDocument(pending.file); break;
    case DocumentAction::Quit: quit = true; break;
    }
}

void App::NewDocument() {
    session.StartDocument({});
    document_.clear();
    settings.document.clear();
    SaveSettingsNow();
    status = "New pain map";
}

void App::OpenDocument(const fs::path& path) {
    Diagnostics diagnostics;
    auto map = LoadPainMap(path.string(), diagnostics);
    if (!map) {
        status = "Could not open " + path.filename().string() + ": " + FirstError(diagnostics);
        return;
    }
    session.StartDocument(std::move(*map));
    document_ = path;
    settings.document = path.string();
    settings.AddRecent(path.string());
    SaveSettingsNow();
    status = "Opened " + path.filename().string();
}

bool App::SaveDocument(const fs::path& path) {
    std::string error;
    if (!SavePainMap(session.Map(), path, error)) {
        status = "Could not save: " + error;
        return false;
    }
    document_ = path;
    session.MarkSaved();
    settings.document = path.string();
    settings.AddRecent(path.string());
    SaveSettingsNow();
    status = "Saved " + path.string();
    return true;
}

void App::Save() {
    if (document_.empty()) AskSaveAs();
    else SaveDocument(document_);
}

void App::AskOpen() { file_dialog.Ask(FileAction::Open, (document_.empty() ? DocumentsFolder() : document_.parent_path()) / ""); }

void App::AskSaveAs() { file_dialog.Ask(FileAction::SaveAs, document_.empty() ? DocumentsFolder() / "pain-map.xml" : document_); }

// The sheet is named after the map (or the muscle when there is no map) and today's date, in the
// map's folder, and never after a file that is already there.
void App::AskExport() {
    const bool muscle_only = session.Map().marks.empty() && session.selected_muscle;
    const std::string base = muscle_only ? db.content.muscles[*session.selected_muscle].id + "-sheet"
                             : document_.empty() ? "pain-map" : document_.stem().string();
    const fs::path folder = document_.empty() ? DocumentsFolder() : document_.parent_path();
    file_dialog.Ask(FileAction::Export, UnusedPath(folder / DatedFileName(base, TodayIso(), ".pdf")));
}

void App::HandleDialogResult() {
    auto choice = file_dialog.TakeChoice();
    if (!choice) {
        if (!file_dialog.IsOpen()) after_save_.reset();  // cancelled: the waiting action is dropped too
        return;
    }
    switch (choice->action) {
    case FileAction::Open: OpenDocument(choice->path); break;
    case FileAction::SaveAs:
        if (SaveDocument(choice->path) && after_save_) Perform(*after_save_);
        break;
    case FileAction::Export: ExportSheet(choice->path); break;
    }
    after_save_.reset();
}

void App::ExportSheet(const fs::path& path) {
    SheetRequest request;
    if (session.selected_muscle) request.muscles.push_back(db.content.muscles[*session.selected_muscle].id);
    if (!session.Map().marks.empty()) request.pain_map = session.Map();
    std::string error;
    const PrintModule* print = print_module_.Get<PrintModule>(error);
    if (!print || !print->write_sheet_pdf(db, request, path, error)) {
        status = "Could not export: " + error;
        return;
    }
    std::error_code ec;
    last_export_ = fs::absolute(path, ec);
    status = "Exported " + last_export_.string();
}

void App::DrawExportLinks() {
    if (last_export_.empty() || status != "Exported " + last_export_.string()) return;
    std::string error;
    ImGui::SameLine();
    if (ImGui::SmallButton("Open")) OpenWithDesktop(last_export_, error);
    ImGui::SameLine();
    if (ImGui::SmallButton("Show in folder")) OpenWithDesktop(last_export_.parent_path(), error);
    if (!error.empty()) status = error;
}

void App::Autosave() {
    autosaved_revision_ = session.Revision();
    const fs::path file = AutosavePath();
    if (auto too_large = PainMapTooLarge(session.Map())) {
        status = "Autosave skipped: " + *too_large;
        return;
    }
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::string error;
    if (!WriteKeepingBackups(file, PainMapToXml(session.Map()), kAutosaveBackups, error)) status = "Autosave failed: " + error;
}

}  // namespace ta::gui
