// Search cases on the real database: names, typos, aliases, abbreviations and groups.
#include "search.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

std::vector<std::string> TopIds(const char* query, size_t n) {
    static const SearchIndex index(test::RealDatabase());
    std::vector<std::string> ids;
    for (const auto& hit : index.Find(query, n)) ids.push_back(test::RealDatabase().content.muscles[hit.muscle].id);
    return ids;
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("search finds the muscle first for names, typos and abbreviations") {
    struct Case { const char* query; const char* first; };
    const Case cases[] = {
        {"iliopsoas", "iliopsoas"},          {"Iliopsoas", "iliopsoas"},        {"iliopsaos", "iliopsoas"},
        {"psoas", "iliopsoas"},              {"levator scapulae", "levator-scapulae"},
        {"levator scapula", "levator-scapulae"}, {"levator", "levator-scapulae"}, {"pirformis", "piriformis"},
        {"piriformis", "piriformis"},        {"QL", "quadratus-lumborum"},      {"ql", "quadratus-lumborum"},
        {"SCM", "sternocleidomastoid"},      {"TFL", "tensor-fasciae-latae"},   {"lats", "latissimus-dorsi"},
        {"peroneus", "peroneals"},           {"fibularis", "peroneals"},        {"gastroc", "gastrocnemius"},
        {"sternocleido", "sternocleidomastoid"}, {"infraspinatis", "infraspinatus"}, {"glute med", "gluteus-medius"},
        {"Gluteus-Medius", "gluteus-medius"}, {"quadratus lumborum", "quadratus-lumborum"},
    };
    for (const auto& c : cases) {
        INFO(c.query);
        auto ids = TopIds(c.query, 3);
        REQUIRE_FALSE(ids.empty());
        CHECK(ids[0] == c.first);
    }
}

TEST_CASE("group names find every member") {
    struct Case { const char* query; std::vector<std::string> members; };
    const Case cases[] = {
        {"hamstrings", {"biceps-femoris", "semitendinosus", "semimembranosus"}},
        {"erector spinae", {"iliocostalis-thoracis", "iliocostalis-lumborum", "longissimus-thoracis"}},
        {"hip flexors", {"iliopsoas", "rectus-femoris", "tensor-fasciae-latae"}},
        {"traps", {"upper-trapezius", "middle-trapezius", "lower-trapezius"}},
        {"quads", {"rectus-femoris", "vastus-lateralis", "vastus-medialis"}},
        {"rotator cuff", {"supraspinatus", "infraspinatus", "teres-minor", "subscapularis"}},
        {"scalenes", {"anterior-scalene", "middle-scalene", "posterior-scalene"}},
    };
    for (const auto& c : cases) {
        INFO(c.query);
        auto ids = TopIds(c.query, c.members.size() + 2);
        for (const auto& m : c.members) CHECK(Contains(ids, m));
    }
}

TEST_CASE("search ignores case, accents and punctuation, and rejects noise") {
    CHECK(TopIds("TRAPÉZIUS", 1) == TopIds("trapezius", 1));
    CHECK(TopIds("  levator---scapulae!! ", 1) == std::vector<std::string>{"levator-scapulae"});
    CHECK(TopIds("", 5).empty());
    CHECK(TopIds("?!", 5).empty());
    CHECK(TopIds("xyzzyqwerty", 5).empty());
}
