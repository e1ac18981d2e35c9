// Body chart drawing and input. All geometry is in atlas units and converted with the named
// conversions of coordinates.hpp; hit-testing is View::RegionAt in atlas units.
#include "body_canvas.hpp"

#include "app.hpp"
#include "widgets.hpp"

#include "presentation.hpp"

#include <algorithm>
#include <cmath>

namespace ta::gui {

namespace {

struct Painter {
    ImDrawList* dl;
    ImVec2 top_left;
    ViewTransform transform;

    ImVec2 ToScreen(AtlasPoint p) const {
        const ScreenPixel s = ViewToScreen(transform.AtlasToView(p), {top_left.x, top_left.y});
        return {static_cast<float>(s.x), static_cast<float>(s.y)};
    }

    // Writes the mesh as unindexed triangles in chunks, so 16-bit indices never overflow.
    void Fill(const TriangleMesh& mesh, ImU32 colour) const {
        constexpr size_t kChunk = 3 * 20000;
        const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
        for (size_t start = 0; start < mesh.indices.size(); start += kChunk) {
            const size_t count = std::min(kChunk, mesh.indices.size() - start);
            dl->PrimReserve(static_cast<int>(count), static_cast<int>(count));
            for (size_t i = 0; i < count; ++i) {
                dl->PrimWriteIdx(static_cast<ImDrawIdx>(dl->_VtxCurrentIdx));
                dl->PrimWriteVtx(ToScreen(mesh.vertices[mesh.indices[start + i]]), uv, colour);
            }
        }
    }
};

void DrawSideLabels(App& app, const View& view, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = Em(0.8f);
    const ImU32 colour = ImGui::ColorConvertFloat4ToU32(app.palette.text_muted);
    ImGui::PushFont(app.fonts.small);
    if (view.facing == "front" || view.facing == "back") {
        const bool right_first = view.PersonRightOnViewerLeft();
        std::string left = right_first ? "\u25C0 Person's right" : "\u25C0 Person's left";
        std::string right = right_first ? "Person's left \u25B6" : "Person's right \u25B6";
        // On a narrow canvas the labels shorten rather than run into each other, then stack.
        const auto fits = [&] { return ImGui::CalcTextSize(left.c_str()).x + ImGui::CalcTextSize(right.c_str()).x + 2 * pad + Em(1) <= max.x - min.x; };
        if (!fits()) {
            left = right_first ? "\u25C0 Right" : "\u25C0 Left";
            right = right_first ? "Left \u25B6" : "Right \u25B6";
        }
        const float right_y = fits() ? min.y + pad : min.y + pad + ImGui::GetTextLineHeightWithSpacing();
        dl->AddText({min.x + pad, min.y + pad}, colour, left.c_str());
        dl->AddText({max.x - pad - ImGui::CalcTextSize(right.c_str()).x, right_y}, colour, right.c_str());
    } else {
        const std::string text = view.facing == "below" ? "Soles, seen from below"
                                                        : "Person's " + view.facing + " side";
        dl->AddText({min.x + pad, min.y + pad}, colour, text.c_str());
    }
    ImGui::PopFont();
}

// A label on the canvas, away from the pointer: what to do, until there is a mark; and which
// area is under the pointer. Not a tooltip: one at the pointer covered the marks, the zones and
// the part of the body the person was looking at.
void DrawCanvasCaption(App& app, ImVec2 min, ImVec2 max) {
    std::string caption;
    if (app.canvas.hovered_region) {
        caption = app.db.atlas.regions[*app.canvas.hovered_region].name;
        if (!caption.empty()) caption[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(caption[0])));
    } else if (app.session.Map().marks.empty()) {
        caption = app.input_mode == InputMode::Click ? "Click where it hurts" : "Drag over the places that hurt";
    }
    if (caption.empty()) return;
    const bool hint = !app.canvas.hovered_region;
    ImGui::PushFont(app.fonts.bold);
    const ImVec2 size = ImGui::CalcTextSize(caption.c_str());
    ImVec2 at{(min.x + max.x - size.x) / 2, max.y - size.y - Em(1.2f)};
    const float zoom_buttons_left = max.x - 3 * Em(1.8f) - Em(2.2f);  // as DrawZoomButtons places them
    if (at.x + size.x + Em(0.8f) > zoom_buttons_left) at.y -= Em(2.6f);
    // Away from the pointer: to the top, under the side labels, while it is over the lower half.
    if (ImGui::GetIO().MousePos.y > (min.y + max.y) / 2) at.y = min.y + Em(3.2f);
    ImGui::GetWindowDrawList()->AddRectFilled({at.x - Em(0.8f), at.y - Em(0.4f)}, {at.x + size.x + Em(0.8f), at.y + size.y + Em(0.4f)},
                                              ImGui::ColorConvertFloat4ToU32(hint ? app.palette.accent : ImGui::GetStyle().Colors[ImGuiCol_PopupBg]), Em(1));
    ImGui::GetWindowDrawList()->AddText(at, hint ? IM_COL32_WHITE : ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), caption.c_str());
    ImGui::PopFont();
}

void HandleInput(App& app, const View& view, ImVec2 min, ImVec2 size) {
    ImGuiIO& io = ImGui::GetIO();
    Session& s = app.session;
    const ViewPixel mouse = ScreenToView({io.MousePos.x, io.MousePos.y}, {min.x, min.y});
    const AtlasPoint at = app.canvas.transform.ViewToAtlas(mouse);
    const bool hovered = ImGui::IsItemHovered();
    app.canvas.hovered_region = hovered ? view.RegionAt(at) : std::nullopt;
    if (hovered && io.MouseWheel != 0) s.ZoomAt(mouse, std::pow(1.15, io.MouseWheel), size.x, size.y);

    const bool panning = ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Right) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle) ||
                                                   (app.input_mode == InputMode::Click && ImGui::IsMouseDragging(ImGuiMouseButton_Left)));
    if (panning) {
        s.PanBy(io.MouseDelta.x, io.MouseDelta.y);
        app.canvas.dragged = true;
    }
    if (app.input_mode != InputMode::Click) {
        if (ImGui::IsItemActivated() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) s.BeginStroke(app.input_mode == InputMode::Erase);
        if (s.InStroke()) s.StrokeTo(s.view, at);
        if (s.InStroke() && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) s.EndStroke();
    } else if (ImGui::IsItemDeactivated() && !app.canvas.dragged && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (!s.AddMarkAt(s.view, at)) app.status = "That spot is off the body: click on the figure.";
    }
    if (ImGui::IsItemDeactivated()) app.canvas.dragged = false;
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(panning ? ImGuiMouseCursor_ResizeAll : ImGuiMouseCursor_Hand);
}

void DrawZoomButtons(App& app, ImVec2 max, ImVec2 size) {
    const ImVec2 cursor = ImGui::GetCursorScreenPos();
    const float button = Em(1.8f);
    ImGui::SetCursorScreenPos({max.x - 3 * button - Em(1.4f), max.y - button - Em(0.7f)});
    if (ImGui::Button("+", {button, button})) app.session.ZoomAt({size.x / 2, size.y / 2}, 1.25, size.x, size.y);
    Tooltip("Zoom in (+ or the mouse wheel)");
    ImGui::SameLine(0, Em(0.2f));
    if (ImGui::Button("\u2212", {button, button})) app.session.ZoomAt({size.x / 2, size.y / 2}, 0.8, size.x, size.y);
    Tooltip("Zoom out (\u2212)");
    ImGui::SameLine(0, Em(0.2f));
    if (ImGui::Button("\u21BA", {button, button})) app.session.ResetFraming();
    Tooltip("Show the whole view (0). Drag to move the figure.");
    ImGui::SetCursorScreenPos(cursor);
}

}  // namespace

void DrawBodyToolbar(App& app) {
    const Atlas& atlas = app.db.atlas;
    ImGui::PushFont(app.fonts.small);
    // One row of view buttons, or two; when they would need more, a drop-down keeps the body big.
    float all_buttons = 0;
    for (const View& v : atlas.views) all_buttons += ButtonWidth(v.title.c_str()) + Em(0.25f);
    if (all_buttons > 2 * ImGui::GetContentRegionAvail().x) {
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, Em(16)));
        if (ImGui::BeginCombo("##view", atlas.views.empty() ? "" : atlas.views[app.session.view].title.c_str())) {
            for (int v = 0; v < static_cast<int>(atlas.views.size()); ++v)
                if (ImGui::Selectable(atlas.views[v].title.c_str(), app.session.view == v)) app.session.view = v;
            ImGui::EndCombo();
        }
        Tooltip("Which view of the body (keys 1 to 8)");
    } else {
        for (int v = 0; v < static_cast<int>(atlas.views.size()); ++v) {
            if (v > 0) SameLineOrWrap(Em(0.25f), ButtonWidth(atlas.views[v].title.c_str()));
            if (ToggleButton(atlas.views[v].title.c_str(), app.session.view == v)) app.session.view = v;
            if (v < 9) {
                const std::string tip = "Show the " + atlas.views[v].title + " view (" + std::to_string(v + 1) + ")";
                Tooltip(tip.c_str());
            }
        }
    }
    ImGui::PopFont();
    ImGui::Dummy({0, Em(0.1f)});
    if (ToggleButton("Mark", app.input_mode == InputMode::Click)) app.input_mode = InputMode::Click;
    Tooltip("Click once for each spot that hurts (M)");
    ImGui::SameLine(0, Em(0.25f));
    if (ToggleButton("Paint", app.input_mode == InputMode::Paint)) app.input_mode = InputMode::Paint;
    Tooltip("Drag to brush over an area that hurts (P). Strokes that touch make one area.");
    ImGui::SameLine(0, Em(0.25f));
    if (ToggleButton("Erase", app.input_mode == InputMode::Erase)) app.input_mode = InputMode::Erase;
    Tooltip("Drag over painted areas to take part of them away (E)");
    if (app.input_mode != InputMode::Click) {
        SameLineOrWrap(Em(0.5f), Em(6));
        ImGui::SetNextItemWidth(Em(6));
        float brush = static_cast<float>(app.session.brush_radius);
        if (ImGui::SliderFloat("##brush", &brush, static_cast<float>(Session::kMinBrush), static_cast<float>(Session::kMaxBrush), "Brush %.0f"))
            app.session.brush_radius = brush;
        Tooltip("Brush size");
    }
    SameLineOrWrap(Em(1), Em(7));
    ImGui::SetNextItemWidth(Em(7));
    ImGui::SliderInt("##intensity", &app.session.new_intensity, 1, 10, "Intensity %d");
    Tooltip("How strong the pain is, for new marks: 1 barely noticeable, 10 the worst imaginable");
    SameLineOrWrap(Em(0.5f), Em(7));
    ImGui::SetNextItemWidth(Em(7));
    if (ImGui::BeginCombo("##quality", PainQualityName(app.session.new_quality))) {
        for (PainQuality q : kPainQualities)
            if (ImGui::Selectable(PainQualityName(q), q == app.session.new_quality)) app.session.new_quality = q;
        ImGui::EndCombo();
    }
    Tooltip("What the pain feels like, for new marks. Burning, tingling or numbness can come from a nerve.");
}

void DrawBodyCanvas(App& app) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::GetContentRegionAvail();
    if (size.x < 50 || size.y < 50 || app.db.atlas.views.empty()) return;
    const ImVec2 max{min.x + size.x, min.y + size.y};
    ImGui::InvisibleButton("body", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight | ImGuiButtonFlags_MouseButtonMiddle);
    const View& view = app.db.atlas.views[app.session.view];
    app.canvas.top_left = min;
    app.canvas.size = size;
    app.canvas.transform = app.session.CanvasTransform(size.x, size.y);
    HandleInput(app, view, min, size);
    app.canvas.transform = app.session.CanvasTransform(size.x, size.y);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(min, max, true);
    // A frame, not a fill: on a software renderer every covered pixel costs, and a paper-coloured
    // fill under the canvas was a third of a frame.
    dl->AddRect(min, max, app.palette.paper, Em(0.4f), 0, Em(0.15f));
    const Painter p{dl, min, app.canvas.transform};
    SheetDiagram picture = OverlayDiagram(app.db, app.session.view, OverlayInstances(app.session, app.Options().highlight_top));
    AddMarksOnView(app.db, app.session.Map(), app.session.view, app.session.selected_mark, picture);
    // The art covers only the figure's box: every pixel it covers costs on a software renderer.
    const Rect body = view.silhouette.bounds;
    const ViewPixel top_left = app.canvas.transform.AtlasToView({body.min_x - 4, body.min_y - 4});
    const ViewPixel bottom_right = app.canvas.transform.AtlasToView({body.max_x + 4, body.max_y + 4});
    const ImVec2 art_min{std::max(min.x, min.x + static_cast<float>(std::floor(top_left.x))), std::max(min.y, min.y + static_cast<float>(std::floor(top_left.y)))};
    const ImVec2 art_max{std::min(max.x, min.x + static_cast<float>(std::ceil(bottom_right.x))), std::min(max.y, min.y + static_cast<float>(std::ceil(bottom_right.y)))};
    if (art_max.x > art_min.x && art_max.y > art_min.y) {
        ViewTransform shifted = app.canvas.transform;
        shifted.PanBy(min.x - art_min.x, min.y - art_min.y);
        app.body_texture.Draw(app.db, picture, shifted, art_min, art_max, Em(0.1f), ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    }
    for (size_t r = 0; r < view.regions.size(); ++r)
        if (app.canvas.hovered_region == view.regions[r].region) p.Fill(app.geometry.Region(app.db.atlas, app.session.view, r), app.palette.region_hover);
    DrawSideLabels(app, view, min, max);
    DrawCanvasCaption(app, min, max);
    dl->PopClipRect();
    DrawZoomButtons(app, max, size);
}

}  // namespace ta::gui
