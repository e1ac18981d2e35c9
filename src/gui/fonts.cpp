// Font lookup (fontconfig) and font atlas building (FreeType).
#include "fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>
#include <backends/imgui_impl_opengl3.h>

#include <memory>

namespace ta::gui {

namespace {

constexpr float kBaseSize = 16;

// Latin with extended letters, general punctuation (dashes, quotes, bullets), arrows, the
// multiplication sign and the degree sign: what the content files use.
const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x2010, 0x2027, 0x2030, 0x205E, 0x2190, 0x21FF, 0x2212, 0x2212, 0x25A0, 0x25FF, 0x2700, 0x27BF, 0};

ImFont* AddFont(const std::string& pattern, float size) {
    ImGuiIO& io = ImGui::GetIO();
    const std::string file = FindFontFile(pattern);
    ImFontConfig config;
    config.OversampleH = config.OversampleV = 1;
    if (file.empty()) {
        config.SizePixels = size;
        return io.Fonts->AddFontDefault(&config);
    }
    return io.Fonts->AddFontFromFileTTF(file.c_str(), size, &config, kGlyphRanges);
}

}  // namespace

std::string FindFontFile(const std::string& pattern) {
    if (!FcInit()) return {};
    std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> query(
        FcNameParse(reinterpret_cast<const FcChar8*>(pattern.c_str())), FcPatternDestroy);
    if (!query) return {};
    FcConfigSubstitute(nullptr, query.get(), FcMatchPattern);
    FcDefaultSubstitute(query.get());
    FcResult result = FcResultNoMatch;
    std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> match(FcFontMatch(nullptr, query.get(), &result), FcPatternDestroy);
    FcChar8* file = nullptr;
    if (!match || FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
    return reinterpret_cast<const char*>(file);
}

Fonts LoadFonts(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts fonts;
    fonts.size = kBaseSize * scale;
    fonts.body = AddFont("DejaVu Sans", fonts.size);
    fonts.bold = AddFont("DejaVu Sans:bold", fonts.size);
    fonts.heading = AddFont("DejaVu Sans:bold", fonts.size * 1.4f);
    fonts.small = AddFont("DejaVu Sans", fonts.size * 0.875f);
    io.Fonts->Build();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return fonts;
}

}  // namespace ta::gui
