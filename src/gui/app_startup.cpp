// Where the person left off: the autosaved marks with the file they belong to, the view, zoom and
// tools, restored at start and kept at quit. Temporary files our own interrupted writes left
// behind are removed first.
#include "app.hpp"

#include "atomic_file.hpp"
#include "backup_rotation.hpp"

namespace ta::gui {

namespace fs = std::filesystem;

namespace {

// Moves an unreadable file out of the way so nothing ever overwrites it.
void SetAside(const fs::path& file) {
    std::error_code ec;
    fs::rename(file, fs::path(file.string() + ".unreadable"), ec);
}

const char* ToolName(InputMode mode) {
    return mode == InputMode::Paint ? "paint" : mode == InputMode::Erase ? "erase" : "click";
}

}  // namespace

// The newest readable autosave (the file, then its backups) over the map its file holds.
void App::RestoreLastSession() {
    const fs::path file = AutosavePath();
    RemoveStaleTemporaries(file.parent_path(), {file.filename().string(), file.filename().string() + ".new"});
    RemoveStaleTemporaries(ConfigDirectory(), {"settings.conf"});
    std::optional<PainMap> current, saved;
    for (int backup = 0; backup <= 2 && !current; ++backup) {
        const fs::path candidate = backup == 0 ? file : BackupPath(file, backup);
        std::error_code ec;
        if (!fs::exists(candidate, ec)) continue;
        Diagnostics diagnostics;
        current = LoadPainMap(candidate.string(), diagnostics);
        if (!current) {
            SetAside(candidate);
            status = "The last session could not be read (kept as " + candidate.filename().string() + ".unreadable).";
        }
    }
    if (!settings.document.empty()) {
        Diagnostics diagnostics;
        saved = LoadPainMap(settings.document, diagnostics);
        if (saved) document_ = settings.document;
        else status = "The marks belonged to " + settings.document + ", which can no longer be read; they are kept as an unsaved map.";
    }
    if (!saved) settings.document.clear();
    if (!current && !saved) return;
    session.RestoreMap(current ? *current : *saved, saved ? *saved : PainMap{});
    autosaved_revision_ = session.Revision();
}

void App::RestoreWorkspace() {
    if (settings.view.empty() || !session.SetView(settings.view)) session.SetView("back");
    session.Framing().zoom = std::clamp(settings.zoom, Session::kMinZoom, Session::kMaxZoom);
    session.Framing().pan = {settings.pan_x, settings.pan_y};
    session.new_intensity = std::clamp(settings.intensity, 1, 10);
    session.new_quality = ParsePainQuality(settings.quality).value_or(PainQuality::Aching);
    session.brush_radius = std::clamp(settings.brush, Session::kMinBrush, Session::kMaxBrush);
    input_mode = settings.tool == "paint" ? InputMode::Paint : settings.tool == "erase" ? InputMode::Erase : InputMode::Click;
}

void App::SaveWorkspace() {
    if (!db.atlas.views.empty()) settings.view = db.atlas.views[session.view].id;
    settings.zoom = session.Framing().zoom;
    settings.pan_x = session.Framing().pan.x;
    settings.pan_y = session.Framing().pan.y;
    settings.intensity = session.new_intensity;
    settings.quality = PainQualityName(session.new_quality);
    settings.brush = session.brush_radius;
    settings.tool = ToolName(input_mode);
    SaveSettingsNow();
}

}  // namespace ta::gui
