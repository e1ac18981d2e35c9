// Whether a D-Bus session bus can be reached without starting one. GLib would otherwise try to
// autolaunch a bus through X11, which may hang or leave a daemon behind; a desktop session always
// has an address or a bus socket. The desktop module is opened only when this says yes.
#pragma once

namespace ta::gui {

bool SessionBusKnown();

}  // namespace ta::gui
