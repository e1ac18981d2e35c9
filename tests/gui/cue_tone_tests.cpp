// The end-of-hold cue's samples: short, audible, not clipped, and without clicks at the edges.
#include "cue_tone.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace ta::gui;

TEST_CASE("the cue is a short tone at a moderate volume") {
    for (int rate : {22050, 44100, 48000}) {
        INFO(rate);
        const std::vector<int16_t> samples = MakeCueTone(rate);
        const double seconds = static_cast<double>(samples.size()) / rate;
        CHECK(seconds > 0.2);
        CHECK(seconds < 0.5);
        int peak = 0;
        for (int16_t s : samples) peak = std::max(peak, std::abs(static_cast<int>(s)));
        CHECK(peak > 32767 * 0.2);
        CHECK(peak < 32767 * 0.5);
    }
}

TEST_CASE("the cue fades in and out so the speaker does not click") {
    const std::vector<int16_t> samples = MakeCueTone(48000);
    REQUIRE(samples.size() > 20);
    CHECK(std::abs(samples.front()) < 300);
    CHECK(std::abs(samples.back()) < 300);
    // No jump between neighbouring samples is larger than the steepest slope of the notes.
    int largest_step = 0;
    for (size_t i = 1; i < samples.size(); ++i) largest_step = std::max(largest_step, std::abs(samples[i] - samples[i - 1]));
    CHECK(largest_step < 2400);
}
