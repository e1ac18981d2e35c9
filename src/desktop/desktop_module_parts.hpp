// The parts of the desktop module, each over its library; desktop_module.cpp hands them out.
#pragma once

#include "desktop_services.hpp"

namespace ta::gui {

std::unique_ptr<NotificationService> MakeLibnotifyNotifications();
std::unique_ptr<FileChooserService> MakePortalFileChooser();

}  // namespace ta::gui
