// trigger-atlas: the desktop app. Sets up SDL2, OpenGL 3 and Dear ImGui, loads the data and runs
// an event loop that sleeps while nothing happens: it draws only after input, while a timer runs,
// and for a few frames after each event so ImGui can settle hover and focus.
#include "app.hpp"
#include "display_scale.hpp"
#include "frame_cache.hpp"
#include "screenshot.hpp"
#include "window_icon.hpp"

#include "data_paths.hpp"
#include "numbers.hpp"
#include "routine_steps.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>
#include <string>
#include <unistd.h>

namespace {

using namespace ta;
using namespace ta::gui;

constexpr const char* kAppId = "org.triggeratlas.TriggerAtlas";
constexpr int kFramesAfterEvent = 3;

struct CommandLine {
    AppOptions app;
    std::filesystem::path screenshot;
    std::filesystem::path open;         // a pain map to open at start
    std::string play;                   // a routine to start in the player
    int quit_after_frames = 0;          // 0: run until closed
    bool draw_every_frame = false;      // never reuse the last frame (the benchmark of a drawn frame)
    int width = 1280, height = 860;
};

constexpr const char* kUsage =
    "usage: trigger-atlas [--open MAP.xml] [--play ROUTINE] [--size WxH] [--state-dump FILE] [--screenshot FILE]\n"
    "                     [--highlight-top N] [--quit-after-frames N] [--draw-every-frame]\n"
    "                     [--diary FILE] [--show-diary] [--help] [--version]\n"
    "  --open MAP.xml      open a pain map at start\n"
    "  --play ROUTINE      start a routine in the player (an id from content/routines.xml)\n"
    "  --size WxH          initial window size in pixels\n"
    "  --state-dump FILE   write the app's state as JSON after every handled input\n"
    "  --screenshot FILE   write the window as PNG after every handled input\n"
    "  --highlight-top N   overlay the zones of the top N candidates\n"
    "  --diary FILE        use another diary database (default: $XDG_DATA_HOME/trigger-atlas/diary.sqlite)\n"
    "  --show-diary        open the Diary window at start\n"
    "  --quit-after-frames N  present N frames, then exit (start-up and frame benchmarks)\n"
    "  --draw-every-frame  draw each frame even when it equals the last one (benchmarks)\n"
    "  --help, --version   print this help or the version and exit\n"
    "Data: next to the program, or TRIGGER_ATLAS_DATA_DIR.\n";

// "WIDTHxHEIGHT", both plain digits above zero; false (nothing set) otherwise.
bool ParseWindowSize(std::string_view text, int& width, int& height) {
    const size_t x = text.find('x');
    if (x == std::string_view::npos) return false;
    const std::optional<int> w = ParseWholeNumber(text.substr(0, x)), h = ParseWholeNumber(text.substr(x + 1));
    if (!w || !h || *w == 0 || *h == 0) return false;
    width = *w, height = *h;
    return true;
}

// What the command line asks for besides running: 0 or more is an exit code to leave with.
int ParseCommandLine(int argc, char** argv, CommandLine& cl) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        // Reads the option's value as plain digits (std::from_chars); false when it is not.
        const auto whole = [&](int& out) {
            const std::optional<int> value = ParseWholeNumber(argv[++i]);
            if (value) out = *value;
            return value.has_value();
        };
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (arg == "--version") {
            std::printf("trigger-atlas %s\n", TA_VERSION);
            return 0;
        } else if (arg == "--state-dump" && has_value) cl.app.state_dump = argv[++i];
        else if (arg == "--screenshot" && has_value) cl.screenshot = argv[++i];
        else if (arg == "--open" && has_value) cl.open = argv[++i];
        else if (arg == "--play" && has_value) cl.play = argv[++i];
        else if (arg == "--quit-after-frames" && has_value && whole(cl.quit_after_frames)) continue;
        else if (arg == "--draw-every-frame") cl.draw_every_frame = true;
        else if (arg == "--highlight-top" && has_value && whole(cl.app.highlight_top)) continue;
        else if (arg == "--diary" && has_value) cl.app.diary_file = argv[++i];
        else if (arg == "--show-diary") cl.app.show_diary = true;
        else if (arg == "--size" && has_value && ParseWindowSize(argv[++i], cl.width, cl.height)) continue;
        else {
            std::fprintf(stderr, "trigger-atlas: unknown or incomplete option %s\n%s", arg.c_str(), kUsage);
            return 2;
        }
    }
    return -1;
}

// Runs on the worker thread: whatever goes wrong becomes a diagnostic the window shows.
AppData LoadData(const char* argv0) {
    AppData data;
    try {
        data = PrepareAppData(FindDataPaths(argv0));
    } catch (const std::exception& e) {
        data.diagnostics.Add({Severity::Error, "", 0, "", std::string("the data could not be prepared: ") + e.what(), "Reinstall Trigger Atlas."});
    }
    for (const Diagnostic& d : data.diagnostics.Items()) std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
    return data;
}

// imgui.ini and the settings live in the config directory; when it cannot be made (a file in
// its place, a read-only home) the app runs without keeping them and says so.
std::string PrepareConfigDirectory(std::string& ini) {
    std::error_code ec;
    const std::filesystem::path dir = ConfigDirectory();
    std::filesystem::create_directories(dir, ec);
    if (!ec && std::filesystem::is_directory(dir, ec) && ::access(dir.c_str(), W_OK) == 0) {
        ini = (dir / "imgui.ini").string();
        return {};
    }
    return "Settings cannot be kept: " + dir.string() + " is not a writable folder" + (ec ? " (" + ec.message() + ")" : std::string()) + ".";
}

bool IsPressOrRelease(const SDL_Event& event) {
    return event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP;
}

// The SDL backend of ImGui 1.86 reads SDL_GetGlobalMouseState, which SDL's X11 driver caches
// until an XInput2 raw motion event arrives; pointer warps (xdotool, some remote desktops) send
// none, so the pointer seemed frozen. The window-relative state follows every MotionNotify.
void UseWindowMousePosition(SDL_Window* window) {
    if (SDL_GetMouseFocus() != window) return;
    int x = 0, y = 0;
    SDL_GetMouseState(&x, &y);
    ImGui::GetIO().MousePos = ImVec2(static_cast<float>(x), static_cast<float>(y));
}

// The backend takes Ctrl/Shift/Alt from SDL_GetModState(), which SDL's X11 driver can reset from
// the server's idea of the keyboard (synthetic XTest input, some input methods) between the
// modifier's press and the next key. The key events themselves are reliable.
void UseKeyEventModifiers() {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = io.KeysDown[SDL_SCANCODE_LCTRL] || io.KeysDown[SDL_SCANCODE_RCTRL];
    io.KeyShift = io.KeysDown[SDL_SCANCODE_LSHIFT] || io.KeysDown[SDL_SCANCODE_RSHIFT];
    io.KeyAlt = io.KeysDown[SDL_SCANCODE_LALT] || io.KeysDown[SDL_SCANCODE_RALT];
    io.KeySuper = io.KeysDown[SDL_SCANCODE_LGUI] || io.KeysDown[SDL_SCANCODE_RGUI];
}

// What the body art shows: the texture's render count changes with its pixels (where it goes is
// in the draw lists).
uint64_t ArtState(const App& app) {
    return static_cast<uint64_t>(app.body_texture.Renders());
}

// Clears and draws ImGui's draw data into the bound framebuffer.
void DrawFrame(int width, int height) {
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

// Mesa's software renderers (llvmpipe, softpipe) present by copying the back buffer.
bool SoftwareRenderer() {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string name = renderer ? renderer : "";
    return name.find("llvmpipe") != std::string::npos || name.find("softpipe") != std::string::npos;
}

void RunLoop(SDL_Window* window, App& app, const CommandLine& cl) {
    FrameCache& cache = app.frame_cache;
    cache.SetBackBufferKept(SoftwareRenderer());
    int frames_left = kFramesAfterEvent;
    int presented = 0;
    while (!app.quit) {
        if (cl.quit_after_frames > 0) frames_left = std::max(frames_left, 1);  // a benchmark never idles
        SDL_Event event;
        bool got = frames_left > 0 ? SDL_PollEvent(&event) : SDL_WaitEventTimeout(&event, app.WantsTicks() ? app.TickMilliseconds() : 1000);
        app.Poll();  // at least once a second: the movement reminder's clock and notifications
        if (got) {
            bool closing = false;
            // ImGui 1.86 keeps only the current key and button state, so a press and its release
            // handled in one frame would be lost: a frame is drawn after each of them.
            do {
                ImGui_ImplSDL2_ProcessEvent(&event);
                // Closing the window asks about unsaved changes; SDL then adds a quit event of its
                // own, ignored. A quit without a close (a signal, logging out) ends at once:
                // the autosave keeps the marks.
                if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
                    app.Request(DocumentAction::Quit);
                    closing = true;
                } else if (event.type == SDL_QUIT && !closing) {
                    app.quit = true;
                }
            } while (!IsPressOrRelease(event) && SDL_PollEvent(&event));
            frames_left = kFramesAfterEvent;
        } else if (frames_left == 0 && !app.WantsTicks()) {
            continue;  // idle: nothing changed, draw nothing
        }
        if (app.NeedsFontRebuild()) {
            app.RebuildFonts(DisplayScale(window));
            cache.Invalidate();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        UseWindowMousePosition(window);
        UseKeyEventModifiers();
        ImGui::NewFrame();
        app.Frame();
        ImGui::Render();
        int width = 0, height = 0;
        SDL_GL_GetDrawableSize(window, &width, &height);
        if (cl.draw_every_frame) cache.Invalidate();
        if (cache.BeginFrame(*ImGui::GetDrawData(), ArtState(app), width, height)) DrawFrame(width, height);
        cache.Present();
        if (frames_left > 0) --frames_left;
        if (frames_left == 0 && !cl.screenshot.empty()) WriteScreenshot(cl.screenshot, width, height);
        SDL_GL_SwapWindow(window);
        app.AfterRender();
        if (++presented == cl.quit_after_frames) app.quit = true;
    }
}

int Run(int argc, char** argv) {
    CommandLine cl;
    if (const int exit_code = ParseCommandLine(argc, argv, cl); exit_code >= 0) return exit_code;
    // Before the worker starts: it reads the environment (getenv, fontconfig), and setenv while
    // another thread reads it is undefined behaviour.
    setenv("SDL_VIDEO_X11_WMCLASS", kAppId, 0);
    Settings settings = LoadSettings(SettingsFile());
    // Video only: SDL's timer subsystem starts a thread, and once a process has two threads
    // every getc takes a lock; Xlib reads its input-method tables a character at a time, so
    // SDL_Init took 10 ms longer. The app uses no SDL timers (SDL_GetTicks needs none).
    // SDL_Init may fork (libdbus starts a session bus when there is none, as on a bare X server),
    // and a child forked while other threads allocate can deadlock on the allocator's lock
    // (AddressSanitizer's has no fork handler): the workers start after it.
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::fprintf(stderr, "trigger-atlas: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    // Preparing the data and the fonts takes about as long as opening the window; do all at once.
    // The fonts are built for the scale the desktop most likely has (the window, which tells, is
    // not there yet); UsePreparedFonts builds them again in the rare case it was wrong.
    std::future<AppData> data = std::async(std::launch::async, LoadData, argv[0]);
    std::future<PreparedFonts> fonts = std::async(std::launch::async, PrepareFonts, ExpectedDisplayScale() * settings.ui_scale);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_Window* window = SDL_CreateWindow("Trigger Atlas", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, cl.width, cl.height,
                                          SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
    if (!gl) {
        std::fprintf(stderr, "trigger-atlas: cannot open an OpenGL 3.2 window: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(window, gl);
    SetWindowIcon(window, FindDataPaths(argv[0]).images);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    // Only once the fonts are built: ImGui counts every allocation in its context, and the font
    // thread allocates through ImGui.
    const PreparedFonts prepared_fonts = fonts.get();
    ImGui::CreateContext(prepared_fonts.atlas.get());
    ImGuiIO& io = ImGui::GetIO();
    std::string ini;
    const std::string config_problem = PrepareConfigDirectory(ini);
    io.IniFilename = ini.empty() ? nullptr : ini.c_str();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(window, gl);
    ImGui_ImplOpenGL3_Init("#version 150");
    int exit_code = 0;
    {
        App app(data.get(), std::move(settings), cl.app);
        app.UsePreparedFonts(prepared_fonts, DisplayScale(window));
        if (!config_problem.empty()) app.status = config_problem;
        if (!cl.open.empty()) app.OpenDocument(cl.open);
        if (!cl.play.empty()) {
            if (auto routine = FindRoutine(app.db.content, cl.play)) app.OpenRoutine(*routine, true);
            else app.status = "No routine called '" + cl.play + "'";
        }
        RunLoop(window, app, cl);
        // However the app was asked to quit, a routine still open is logged as closing it would
        // be: the person did it, and the diary would otherwise never know.
        app.CloseRoutine();
        app.SaveWorkspace();
        exit_code = app.ExitCode();
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return exit_code;
}

}  // namespace

// The exception boundary: whatever escapes becomes a message and exit code 1, never an abort.
int main(int argc, char** argv) {
    try {
        return Run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "trigger-atlas: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "trigger-atlas: internal error\n");
    }
    return 1;
}
