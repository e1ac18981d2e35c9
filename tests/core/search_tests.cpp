// Search cases on the real database: names, typos, aliases, abbreviations and groups.
#include "search.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace ta;

namespace {

std::vector<std::string> TopIds(const char* query, size_t n) {
    static const SearchIndex index(test::RealDatabase());
    std::vector<std::string> ids;
    for (const auto& hit : index.Find(query, n).muscles) ids.push_back(test::RealDatabase().content.muscles[hit.muscle].id);
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

namespace {

// Query variants a person types: every prefix, each word, and one typo of each kind.
std::vector<std::string> QueryVariants(const std::string& text) {
    std::vector<std::string> out;
    for (size_t n = 1; n <= text.size() && n <= 14; ++n) out.push_back(text.substr(0, n));
    for (size_t i = 0; i + 1 < text.size(); i += 3) {
        std::string deleted = text, swapped = text, changed = text;
        deleted.erase(i, 1);
        std::swap(swapped[i], swapped[i + 1]);
        changed[i] = 'x';
        out.insert(out.end(), {deleted, swapped, changed, text.substr(i)});
    }
    return out;
}

std::vector<std::string> EveryIndexedText(const Database& db) {
    std::vector<std::string> texts;
    for (const auto& m : db.content.muscles) {
        texts.insert(texts.end(), {m.name, m.id, m.anatomical_name});
        texts.insert(texts.end(), m.aliases.begin(), m.aliases.end());
    }
    for (const auto& g : db.content.groups) texts.push_back(g.name);
    for (const auto& c : db.content.conditions) {
        texts.push_back(c.name);
        texts.insert(texts.end(), c.aliases.begin(), c.aliases.end());
    }
    return texts;
}

}  // namespace

TEST_CASE("the indexed search gives exactly what scoring every term gives") {
    const Database& db = test::RealDatabase();
    const SearchIndex index(db);
    std::vector<std::string> queries = {"a", "l s", "lev scap", "aaaaaa", "  ", "xyzzy", "tennis", "the", "pain in my neck"};
    for (const auto& text : EveryIndexedText(db))
        for (auto& q : QueryVariants(text)) queries.push_back(std::move(q));
    size_t compared = 0;
    for (const auto& q : queries) {
        const SearchResults indexed = index.Find(q, 1000), scanned = index.FindByScan(q, 1000);
        INFO(q);
        REQUIRE(indexed.muscles.size() == scanned.muscles.size());
        for (size_t i = 0; i < indexed.muscles.size(); ++i) {
            CHECK(indexed.muscles[i].muscle == scanned.muscles[i].muscle);
            CHECK(indexed.muscles[i].score == scanned.muscles[i].score);
        }
        REQUIRE(indexed.conditions.size() == scanned.conditions.size());
        for (size_t i = 0; i < indexed.conditions.size(); ++i) CHECK(indexed.conditions[i].condition == scanned.conditions[i].condition);
        compared += indexed.muscles.size();
    }
    CHECK(queries.size() > 5000);
    CHECK(compared > 10000);  // the variants find things, so the comparison is not of empty lists
}

TEST_CASE("descriptive aliases match as phrases, not as fragments inside their words") {
    CHECK_FALSE(Contains(TopIds("trap", 20), "gracilis"));         // "inner thigh strap muscle"
    CHECK(Contains(TopIds("inner thigh strap", 3), "gracilis"));
    CHECK(TopIds("mastoid", 1) == std::vector<std::string>{"sternocleidomastoid"});  // one-word names still match inside
}

TEST_CASE("search understands complaints and body parts, ranked as for a mark there") {
    // The muscles Travell & Simons and Davies name first for each complaint.
    struct Case { const char* query; std::vector<std::string> in_top_5; };
    const Case cases[] = {
        {"sciatica", {"gluteus-minimus", "piriformis"}},
        {"headache", {"upper-trapezius", "sternocleidomastoid", "rectus-capitis-posterior"}},
        {"tennis elbow", {"supinator", "wrist-extensors", "anconeus"}},
        {"neck", {"levator-scapulae", "upper-trapezius"}},
        {"low back", {"quadratus-lumborum", "iliocostalis-lumborum"}},
        {"plantar fasciitis", {"abductor-hallucis", "soleus"}},
        {"TMJ", {"masseter", "lateral-pterygoid"}},
        {"runner's knee", {"rectus-femoris", "vastus-medialis"}},
        {"sciatca", {"gluteus-minimus", "piriformis"}},  // a typo
    };
    for (const auto& c : cases) {
        INFO(c.query);
        const auto ids = TopIds(c.query, 5);
        for (const auto& m : c.in_top_5) CHECK(Contains(ids, m));
    }
}

TEST_CASE("a condition comes with its honest note and the muscles that refer there") {
    const Database& db = test::RealDatabase();
    const SearchIndex index(db);
    const SearchResults found = index.Find("sciatica");
    REQUIRE_FALSE(found.conditions.empty());
    const Condition& c = db.content.conditions[found.conditions[0].condition];
    CHECK(c.id == "sciatica");
    CHECK(c.note.find("nerve") != std::string::npos);
    CHECK(found.muscles[0].condition == found.conditions[0].condition);
    CHECK_FALSE(ConditionRegions(db, found).empty());
    CHECK(index.Find("piriformis").conditions.empty() == false);  // "piriformis syndrome" is a complaint too
    CHECK(index.Find("levator scapulae").conditions.empty());
}

TEST_CASE("a muscle can be named by id, name or alias wherever one is asked for") {
    const Database& db = test::RealDatabase();
    const SearchIndex index(db);
    struct Case { const char* text; const char* muscle; };
    const Case cases[] = {{"psoas", "iliopsoas"}, {"QL", "quadratus-lumborum"}, {"Levator Scapulae", "levator-scapulae"},
                          {"levator-scapulae", "levator-scapulae"}, {"SCM", "sternocleidomastoid"}, {"lats", "latissimus-dorsi"}};
    for (const auto& c : cases) {
        INFO(c.text);
        const MuscleName name = index.ResolveMuscle(c.text);
        REQUIRE(name.muscle);
        CHECK(db.content.muscles[*name.muscle].id == c.muscle);
    }
    const MuscleName group = index.ResolveMuscle("erector spinae");  // a group is several muscles
    CHECK_FALSE(group.muscle);
    CHECK(group.suggestions.size() >= 3);
    const MuscleName typo = index.ResolveMuscle("levatr");  // a typo is a suggestion, never a silent pick
    CHECK_FALSE(typo.muscle);
    REQUIRE_FALSE(typo.suggestions.empty());
    CHECK(db.content.muscles[typo.suggestions[0]].id == "levator-scapulae");
}
