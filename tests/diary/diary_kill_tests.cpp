// A person's diary must survive a kill at any moment while writing: a child adds entries (and
// records activity after each) in a loop and is killed at random moments; after every kill the
// diary opens, every entry and every activity in it is whole, and nothing that was there before
// has gone.
#include "diary_fixtures.hpp"
#include "diary_store.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace ta;

// Many areas, so a write spans several pages and a kill can land inside it.
DiaryEntry BigEntry(int n) {
    DiaryEntry entry = test::DayEntry(n % 300, n % 11);
    entry.map.marks.clear();
    for (int i = 0; i < 200; ++i)
        entry.map.marks.push_back({"back", ClickStrokes({i * 2.0, 500.0 + n}), "right-low-paraspinal", 1 + i % 10, PainQuality::Aching});
    entry.did = {"low-back-15"};
    entry.note = "entry " + std::to_string(n) + " with 200 areas";
    return entry;
}

[[noreturn]] void AddForever(const fs::path& file, int start) {
    Diagnostics diagnostics;
    auto store = DiaryStore::Open(file, diagnostics);
    if (!store) ::_exit(1);
    std::string error;
    for (int n = start;; ++n) {
        DiaryEntry entry = BigEntry(n);
        DiaryActivity done{0, entry.taken_at, "desk-break-2"};
        if (!store->Add(entry, error) || !store->Record(done, error)) ::_exit(1);
    }
}

}  // namespace

TEST_CASE("a diary killed at any moment during writes opens with every entry whole") {
    test::TempDir dir;
    const fs::path file = dir.Path() / "diary.sqlite";
    std::mt19937 random(2026);
    std::uniform_int_distribution<int> delay_us(0, 120000);
    size_t previous = 0, previous_activity = 0;
    const int kills = 40;
    for (int i = 0; i < kills; ++i) {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) AddForever(file, static_cast<int>(previous));
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));  // killed, not failed to write

        INFO("kill " << i);
        Diagnostics diagnostics;
        auto store = DiaryStore::Open(file, diagnostics);
        REQUIRE(store);
        CHECK(diagnostics.Empty());  // never damaged, never set aside
        std::string error;
        auto entries = store->Entries(error);
        REQUIRE(entries);
        REQUIRE(entries->size() >= previous);
        for (const DiaryEntry& entry : *entries) {
            DiaryEntry expected = BigEntry(std::stoi(entry.note.substr(6)));
            expected.id = entry.id;
            REQUIRE(entry == expected);
        }
        auto activity = store->Activity(error);
        REQUIRE(activity);
        REQUIRE(activity->size() >= previous_activity);
        // Each entry's activity, but for one per kill that landed between the two writes.
        CHECK(activity->size() + static_cast<size_t>(i) + 1 >= entries->size());
        for (const DiaryActivity& done : *activity) REQUIRE(!CheckDiaryActivity(done));
        previous = entries->size();
        previous_activity = activity->size();
    }
    WARN(previous << " entries written across " << kills << " kills");
}
