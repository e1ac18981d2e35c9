// Generating the cue's samples.
#include "cue_tone.hpp"

#include <algorithm>
#include <cmath>

namespace ta::gui {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kNoteSeconds = 0.15;
constexpr double kGapSeconds = 0.04;
constexpr double kFadeSeconds = 0.012;
constexpr double kVolume = 0.35;  // of full scale: noticeable without startling

void AppendNote(std::vector<int16_t>& out, int sample_rate, double frequency) {
    const int count = static_cast<int>(kNoteSeconds * sample_rate);
    const int fade = std::max(1, static_cast<int>(kFadeSeconds * sample_rate));
    for (int i = 0; i < count; ++i) {
        const double envelope = std::min({1.0, double(i) / fade, double(count - 1 - i) / fade});
        const double value = std::sin(2 * kPi * frequency * i / sample_rate) * envelope * kVolume;
        out.push_back(static_cast<int16_t>(std::lround(value * 32767)));
    }
}

}  // namespace

std::vector<int16_t> MakeCueTone(int sample_rate) {
    std::vector<int16_t> out;
    AppendNote(out, sample_rate, 880);
    out.insert(out.end(), static_cast<size_t>(kGapSeconds * sample_rate), 0);
    AppendNote(out, sample_rate, 1320);
    return out;
}

}  // namespace ta::gui
