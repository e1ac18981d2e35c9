// The notifier's front: the desktop module's notification service, made at the first Show.
#include "desktop_notifier.hpp"

#include "desktop_module_access.hpp"

namespace ta::gui {

Delivery DesktopNotifier::Show(const std::string& title, const std::string& body, const std::string& button) {
    if (!service_) {
        std::string problem;
        const DesktopModule* module = OpenDesktopModule(problem);
        if (!module) return {false, false, problem};
        if (!module->notifications) return {false, false, "this Trigger Atlas was built without desktop notifications (libnotify)"};
        service_ = module->notifications();
    }
    return service_->Show(title, body, button);
}

void DesktopNotifier::Withdraw() {
    if (service_) service_->Withdraw();
}

void DesktopNotifier::Pump() {
    if (service_) service_->Pump();
}

bool DesktopNotifier::Out() const { return service_ && service_->Out(); }

bool DesktopNotifier::TakeClick() { return service_ && service_->TakeClick(); }

}  // namespace ta::gui
