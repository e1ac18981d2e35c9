// The file chooser's front: the desktop module's portal service, made at the first Ask.
#include "portal_file_chooser.hpp"

#include "desktop_module_access.hpp"
#include "file_dialog.hpp"

namespace ta::gui {

namespace {

FileRequest RequestFor(FileAction action, const std::string& title, const std::filesystem::path& suggested) {
    const bool pdf = action == FileAction::Export;
    return {action != FileAction::Open, title, suggested, pdf ? "PDF documents" : "Pain maps", pdf ? "*.pdf" : "*.xml"};
}

}  // namespace

bool PortalFileChooser::Ask(FileAction action, const std::string& title, const std::filesystem::path& suggested) {
    if (!service_ && !unavailable_) {
        std::string problem;
        const DesktopModule* module = OpenDesktopModule(problem);
        if (module && module->file_chooser) service_ = module->file_chooser();
        unavailable_ = !service_;
    }
    return service_ && service_->Ask(RequestFor(action, title, suggested));
}

bool PortalFileChooser::Pending() const { return service_ && service_->Pending(); }

std::optional<PortalFileChooser::Answer> PortalFileChooser::Poll() { return service_ ? service_->Poll() : std::nullopt; }

}  // namespace ta::gui
