// The floor of our stack for the start-up benchmark: a bare SDL2 + Dear ImGui (OpenGL3) window
// built from the same Debian libraries as trigger-atlas, which presents N frames and exits.
// Its first frame shows its window, cleared, as the app's does: ImGui hides a window that sizes
// itself for one frame, and until 2026-12-01 this program presented an empty frame first, which
// spared it the software renderer's shader compiles (2 LLVM modules, as for the app) and so was
// no floor for a first frame that shows anything.
// Usage: bench_bare_window [FRAMES]   (default 1)
#include <SDL.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <cstdlib>
#include <SDL_opengl.h>

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::atoi(argv[1]) : 1;
    if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_Window* window = SDL_CreateWindow("bare", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                          SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE);
    SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
    if (!gl) return 1;
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window, gl);
    ImGui_ImplOpenGL3_Init("#version 150");
    // Through SDL, as the ImGui backend loads its own: the bare window links no GL library.
    const auto clear_colour = reinterpret_cast<void (*)(float, float, float, float)>(SDL_GL_GetProcAddress("glClearColor"));
    const auto clear = reinterpret_cast<void (*)(unsigned)>(SDL_GL_GetProcAddress("glClear"));
    for (int i = 0; i < frames; ++i) {
        SDL_Event event;
        while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_Once);
        ImGui::SetNextWindowSize(ImVec2(320, 120), ImGuiCond_Once);
        ImGui::Begin("Hello");
        ImGui::Text("A bare window");
        ImGui::End();
        ImGui::Render();
        clear_colour(0.1f, 0.1f, 0.1f, 1);
        clear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        SDL_GL_SwapWindow(window);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
