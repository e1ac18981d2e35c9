// Reading the display scale from the environment, the X resources and SDL.
#include "display_scale.hpp"

#include "numbers.hpp"

#include <SDL.h>
#include <SDL_syswm.h>

#include <cstdlib>

#ifdef SDL_VIDEO_DRIVER_X11
#include <X11/Xlib.h>
#endif

namespace ta::gui {

namespace {

std::optional<float> Plausible(std::optional<double> scale) {
    if (!scale || *scale < 0.5 || *scale > 4) return std::nullopt;
    return static_cast<float>(*scale);
}

std::optional<float> XftScale(SDL_Window* window) {
#ifdef SDL_VIDEO_DRIVER_X11
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(window, &info) || info.subsystem != SDL_SYSWM_X11) return std::nullopt;
    const char* resources = XResourceManagerString(info.info.x11.display);
    if (resources) return ScaleFromXResources(resources);
#else
    (void)window;
#endif
    return std::nullopt;
}

std::optional<float> SdlScale(SDL_Window* window) {
    float dpi = 0;
    if (SDL_GetDisplayDPI(SDL_GetWindowDisplayIndex(window), &dpi, nullptr, nullptr) != 0) return std::nullopt;
    return Plausible(dpi / 96.0);
}

}  // namespace

std::optional<float> ScaleFromXResources(std::string_view resources) {
    constexpr std::string_view kKey = "Xft.dpi:";
    for (size_t start = 0; start < resources.size();) {
        size_t end = resources.find('\n', start);
        if (end == std::string_view::npos) end = resources.size();
        std::string_view line = resources.substr(start, end - start);
        start = end + 1;
        if (!line.starts_with(kKey)) continue;
        line.remove_prefix(kKey.size());
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (auto dpi = ParseDecimal(line)) return Plausible(*dpi / 96.0);
    }
    return std::nullopt;
}

std::optional<float> ScaleFromGdkScale(const char* value) {
    if (!value || !*value) return std::nullopt;
    return Plausible(ParseDecimal(value));
}

float ExpectedDisplayScale() { return ScaleFromGdkScale(std::getenv("GDK_SCALE")).value_or(1.0f); }

float DisplayScale(SDL_Window* window) {
    if (auto gdk = ScaleFromGdkScale(std::getenv("GDK_SCALE"))) return *gdk;
    if (auto xft = XftScale(window)) return *xft;
    return SdlScale(window).value_or(1.0f);
}

}  // namespace ta::gui
