// Opening an optional module with dlopen. It is never closed: the libraries it brings (GLib's type
// system, pango's font maps) cannot be unloaded safely, and the process ends soon enough.
#include "optional_module.hpp"

#include "data_paths.hpp"

#include <dlfcn.h>

namespace ta::gui {

std::string OptionalModule::Path() const { return (ExecutableDirectory(nullptr).parent_path() / "lib" / "trigger-atlas" / (name_ + ".so")).string(); }

const void* OptionalModule::Load(std::string& problem) {
    if (api_ || !failure_.empty()) {
        problem = failure_;
        return api_;
    }
    const std::string path = Path();
    // Local: the module's copy of the core stays its own. Now: a missing symbol is an error here,
    // not an abort in the middle of an export.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!handle) {
        const char* why = dlerror();
        failure_ = "this part of Trigger Atlas cannot be loaded (" + std::string(why ? why : path) + "); reinstall Trigger Atlas";
    } else if (auto* entry = reinterpret_cast<const void* (*)()>(dlsym(handle, entry_.c_str())); !entry || !(api_ = entry())) {
        failure_ = path + " is not a Trigger Atlas module (no " + entry_ + "); reinstall Trigger Atlas";
    }
    problem = failure_;
    return api_;
}

}  // namespace ta::gui
