// The app's optional modules: the print module opens from lib/trigger-atlas beside bin/ and writes
// a sheet; a module that is not there is a message, asked once.
#include "optional_module.hpp"
#include "print_module.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ta;

TEST_CASE("the print module opens beside the program and writes a sheet") {
    gui::OptionalModule module(kPrintModuleName, kPrintModuleEntry);
    std::string problem;
    const PrintModule* print = module.Get<PrintModule>(problem);
    INFO(problem);
    REQUIRE(print);
    test::TempDir dir;
    const auto pdf = dir.Path() / "sheet.pdf";
    SheetRequest request;
    request.muscles = {"levator-scapulae"};
    REQUIRE(print->write_sheet_pdf(test::RealDatabase(), request, pdf, problem));
    std::ifstream in(pdf, std::ios::binary);
    std::string magic(4, '\0');
    in.read(magic.data(), 4);
    CHECK(magic == "%PDF");
    CHECK(module.Get<PrintModule>(problem) == print);  // opened once
}

TEST_CASE("a module that is not installed is a message that says so, not a crash") {
    gui::OptionalModule module("trigger-atlas-nothing", "ta_nothing");
    std::string problem;
    CHECK(module.Get<PrintModule>(problem) == nullptr);
    CHECK_THAT(problem, Catch::Contains("cannot be loaded") && Catch::Contains("trigger-atlas-nothing.so") &&
                            Catch::Contains("reinstall"));
    std::string again;
    CHECK(module.Get<PrintModule>(again) == nullptr);
    CHECK(again == problem);
}

TEST_CASE("a library without the entry point is not taken for a module") {
    gui::OptionalModule module("trigger-atlas-print", "ta_not_the_entry");
    std::string problem;
    CHECK(module.Get<PrintModule>(problem) == nullptr);
    CHECK_THAT(problem, Catch::Contains("is not a Trigger Atlas module"));
}
