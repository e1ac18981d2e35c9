// Reading the desktop's scale: Xft.dpi from the X resources and GDK_SCALE from the environment.
#include "display_scale.hpp"

#include <catch2/catch.hpp>

using namespace ta::gui;

TEST_CASE("Xft.dpi in the X resources gives the scale over 96 dpi") {
    CHECK(ScaleFromXResources("Xcursor.size:\t24\nXft.dpi:\t144\nXft.antialias:\t1\n") == Approx(1.5));
    CHECK(ScaleFromXResources("Xft.dpi: 192") == Approx(2.0));
    CHECK_FALSE(ScaleFromXResources("Xft.dpi:\tlots\n"));
    CHECK_FALSE(ScaleFromXResources("Xft.dpi:\t9600\n"));
    CHECK_FALSE(ScaleFromXResources("Xcursor.size:\t24\n"));
    CHECK_FALSE(ScaleFromXResources(""));
}

TEST_CASE("GDK_SCALE is read as a plain number within reason") {
    CHECK(ScaleFromGdkScale("2") == Approx(2.0));
    CHECK_FALSE(ScaleFromGdkScale(nullptr));
    CHECK_FALSE(ScaleFromGdkScale(""));
    CHECK_FALSE(ScaleFromGdkScale("0"));
    CHECK_FALSE(ScaleFromGdkScale("2x"));
}
