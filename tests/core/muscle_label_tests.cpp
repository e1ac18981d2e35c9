// Muscle headings name the group a person may know the muscle by, most specific group first.
#include "muscle_label.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace ta;

TEST_CASE("a muscle's heading names its group, and its groups run from specific to broad") {
    const Database& db = test::RealDatabase();
    const int longissimus = *db.FindMuscle("longissimus-thoracis");
    CHECK(MuscleHeading(db, longissimus) == "Longissimus thoracis \u2014 erector spinae");
    const auto groups = GroupNames(db, longissimus);
    REQUIRE(groups.size() >= 2);
    CHECK(groups[0] == "erector spinae");
    // Named after its group already: no suffix.
    CHECK(MuscleHeading(db, *db.FindMuscle("upper-trapezius")) == "Upper trapezius");
}
