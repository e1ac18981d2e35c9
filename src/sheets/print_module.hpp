// The PDF sheets as a module the app opens when a person first exports (the command line links
// them in). Writing sheets needs pango, HarfBuzz and GLib, about twenty libraries the app would
// otherwise map and relocate before its first frame; the body art it draws needs cairo alone.
#pragma once

#include "sheet_pdf.hpp"

namespace ta {

struct PrintModule {
    const char* version;  // the build's TA_VERSION: the app uses no module from another build
    bool (*write_sheet_pdf)(const Database& db, const SheetRequest& request, const std::filesystem::path& out, std::string& error);
};

inline constexpr const char* kPrintModuleName = "trigger-atlas-print";
inline constexpr const char* kPrintModuleEntry = "ta_print_module";  // extern "C" const PrintModule* ()

}  // namespace ta
