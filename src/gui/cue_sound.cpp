// Opening the audio device lazily and queueing the cue on it.
#include "cue_sound.hpp"

#include "cue_tone.hpp"

namespace ta::gui {

CueSound::~CueSound() {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
    if (audio_started_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void CueSound::Open() {
    tried_ = true;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        problem_ = std::string("the audio system did not start: ") + SDL_GetError();
        return;
    }
    audio_started_ = true;
    SDL_AudioSpec want{}, have{};
    want.freq = 48000;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    // No callback: samples are queued. Forbid format changes so the queued samples stay valid.
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (device_ == 0) {
        problem_ = std::string("no audio device: ") + SDL_GetError();
        return;
    }
    samples_ = MakeCueTone(have.freq);
    SDL_PauseAudioDevice(device_, 0);
}

void CueSound::Play() {
    if (!tried_) Open();
    if (device_ == 0) return;
    SDL_ClearQueuedAudio(device_);  // a cue still playing gives way to the new one
    if (SDL_QueueAudio(device_, samples_.data(), static_cast<Uint32>(samples_.size() * sizeof(int16_t))) != 0)
        problem_ = std::string("the cue could not play: ") + SDL_GetError();
}

}  // namespace ta::gui
