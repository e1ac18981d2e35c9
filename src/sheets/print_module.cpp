// The entry point of the print module: the one symbol the module exports.
#include "print_module.hpp"

extern "C" __attribute__((visibility("default"))) const ta::PrintModule* ta_print_module() {
    static const ta::PrintModule module{TA_VERSION, &ta::WriteSheetPdf};
    return &module;
}
