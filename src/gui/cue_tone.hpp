// The end-of-hold cue's samples: a short, soft two-note chime, generated rather than shipped as a
// sound file. Pure arithmetic, so it is tested without an audio device.
#pragma once

#include <cstdint>
#include <vector>

namespace ta::gui {

// 16-bit mono samples at `sample_rate`: two notes (a fifth apart) of about 0.15 s each, each
// faded in and out so the speaker does not click, at a moderate volume.
std::vector<int16_t> MakeCueTone(int sample_rate);

}  // namespace ta::gui
