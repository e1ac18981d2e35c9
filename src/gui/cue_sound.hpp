// The end-of-hold cue played through SDL audio. The audio device is opened on the first cue, not
// at start-up (most sessions never play one, and opening it costs time), and a machine without
// sound (a server, Xvfb, a muted session) is normal: then Play() does nothing and the visual flash
// carries the cue alone.
#pragma once

#include <SDL.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ta::gui {

class CueSound {
public:
    CueSound() = default;
    ~CueSound();
    CueSound(const CueSound&) = delete;
    CueSound& operator=(const CueSound&) = delete;

    void Play();
    bool Unavailable() const { return tried_ && device_ == 0; }   // tried and failed: say so once
    const std::string& Problem() const { return problem_; }

private:
    void Open();

    bool tried_ = false;
    bool audio_started_ = false;
    SDL_AudioDeviceID device_ = 0;
    std::vector<int16_t> samples_;
    std::string problem_;
};

}  // namespace ta::gui
