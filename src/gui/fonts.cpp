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

// Every glyph is rasterised at start-up for each font, so the ranges hold what the
// content and the interface use, not whole blocks: ASCII and Latin-1 (accented names), dashes,
// quotes, bullets and the ellipsis, the arrows and triangles of the interface, the minus sign and
// the cross that marks trigger points. About 240 glyphs instead of 1,000 took a quarter off the
// time to the first frame. A translation into another script extends this list.
const ImWchar kGlyphRanges[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x2190, 0x2193, 0x21BA, 0x21BA,
                                0x2212, 0x2212, 0x25B2, 0x25C0, 0x2713, 0x2715, 0};

// The countdown's digits, large: a dozen glyphs cost little at start-up.
const ImWchar kDigitRanges[] = {0x0020, 0x0020, 0x0030, 0x003A, 0};

ImFont* AddFont(ImFontAtlas& atlas, const std::string& file, float size, const ImWchar* ranges = kGlyphRanges) {
    ImFontConfig config;
    config.OversampleH = config.OversampleV = 1;
    if (file.empty()) {
        config.SizePixels = size;
        return atlas.AddFontDefault(&config);
    }
    return atlas.AddFontFromFileTTF(file.c_str(), size, &config, ranges);
}

// Fills `atlas` with the app's fonts at `scale` and rasterises them. Needs no ImGui context.
Fonts BuildFonts(ImFontAtlas& atlas, float scale, const FontFiles& files) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts fonts;
    fonts.size = kBaseSize * scale;
    fonts.body = AddFont(atlas, files.regular, fonts.size);
    fonts.bold = AddFont(atlas, files.bold, fonts.size);
    fonts.heading = AddFont(atlas, files.bold, fonts.size * 1.4f);
    fonts.small = AddFont(atlas, files.regular, fonts.size * 0.875f);
    fonts.countdown = AddFont(atlas, files.bold, fonts.size * 3.2f, kDigitRanges);
    atlas.Build();
    return fonts;
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

FontFiles FindFontFiles() { return {FindFontFile("DejaVu Sans"), FindFontFile("DejaVu Sans:bold")}; }

Fonts LoadFonts(float scale, const FontFiles& files) {
    Fonts fonts = BuildFonts(*ImGui::GetIO().Fonts, scale, files);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    return fonts;
}

PreparedFonts PrepareFonts(float scale) {
    PreparedFonts prepared;
    prepared.atlas = std::make_unique<ImFontAtlas>();
    prepared.files = FindFontFiles();
    prepared.fonts = BuildFonts(*prepared.atlas, scale, prepared.files);
    prepared.scale = scale;
    // The OpenGL backend asks for RGBA; converting here spares the first frame that too.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    prepared.atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
    return prepared;
}

}  // namespace ta::gui
