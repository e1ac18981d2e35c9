// The app's optional parts, opened when first used: lib/trigger-atlas/NAME.so beside the
// program's bin/ (the build tree has the same layout). What they pull in (pango for the PDF
// sheets; GLib, libnotify and libportal for the desktop's notifications and file dialogs) is then
// not mapped and relocated before the first frame. A module that is missing, unreadable or from
// another build is a message for the person, never a crash.
#pragma once

#include <cstring>
#include <string>

namespace ta::gui {

class OptionalModule {
public:
    // `entry`: an extern "C" function without arguments that returns the module's API.
    OptionalModule(std::string name, std::string entry) : name_(std::move(name)), entry_(std::move(entry)) {}

    // The module's API, opened on the first call; nullptr with `problem` set when it cannot be
    // used. Api's first member is `const char* version`, which must be this build's TA_VERSION.
    template <class Api>
    const Api* Get(std::string& problem) {
        const auto* api = static_cast<const Api*>(Load(problem));
        if (api && std::strcmp(api->version, TA_VERSION) != 0) {
            problem = Path() + " is from version " + api->version + ", not " + TA_VERSION + "; reinstall Trigger Atlas";
            return nullptr;
        }
        return api;
    }

    std::string Path() const;

private:
    const void* Load(std::string& problem);

    std::string name_, entry_;
    const void* api_ = nullptr;
    std::string failure_;  // why the first attempt failed: it is not tried again
};

}  // namespace ta::gui
