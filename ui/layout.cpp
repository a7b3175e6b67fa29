#include "ui/layout.h"

#include "imgui.h"
#include "imgui_internal.h"  // windows under a point, ScrollToRectEx, the IME data of the last frame
#include "ui/web_platform.h"

namespace skillaid::ui {

constexpr double kRevealMs = 1000.0;  // after the canvas shrinks: keep the active text field in view this long

static int g_ratio_frame = -1;
static float g_ratio = 1.0f;
static ImGuiID g_scroll_window[2] = {0, 0};  // the window a touch gesture scrolls, per axis (0: not chosen yet)
static ImVec2 g_display;                     // io.DisplaySize of the last frame
static double g_reveal_until_ms = 0;

bool narrow_layout() {
    if (g_ratio_frame != ImGui::GetFrameCount()) {  // one call into the page per frame
        g_ratio_frame = ImGui::GetFrameCount();
        g_ratio = web::device_pixel_ratio();
    }
    return ImGui::GetIO().DisplaySize.x / (g_ratio > 0 ? g_ratio : 1.0f) <= kNarrowCssPx;
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float icon_button_width(const char* label) {
    return web::is_touch() ? ImGui::GetFrameHeight() : button_width(label);
}

bool icon_button(const char* label) {
    return web::is_touch() ? ImGui::Button(label, ImVec2(ImGui::GetFrameHeight(), 0)) : ImGui::SmallButton(label);
}

void wrap_next(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// The window a drag along `axis` scrolls: from the innermost window under the finger outwards, the first
// that can scroll along it and is not already at its end in the drag's direction (else the first that can
// scroll at all). `delta` > 0: the finger moves down/right, the content towards its start.
static ImGuiWindow* pick_scroll_window(ImVec2 pos, int axis, float delta) {
    ImGuiWindow* hovered = nullptr;
    ImGui::FindHoveredWindowEx(pos, false, &hovered, nullptr);
    if (ImGuiWindow* modal = ImGui::GetTopMostPopupModal(); modal && hovered && hovered->RootWindow != modal->RootWindow)
        return nullptr;  // nothing scrolls under a modal
    ImGuiWindow* first = nullptr;
    for (ImGuiWindow* w = hovered; w; w = (w->Flags & ImGuiWindowFlags_ChildWindow) ? w->ParentWindow : nullptr) {
        if (w->ScrollMax[axis] <= 0.0f || (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) continue;
        if (!first) first = w;
        bool at_end = delta > 0 ? w->Scroll[axis] <= 0.0f : w->Scroll[axis] >= w->ScrollMax[axis];
        if (!at_end) return w;
    }
    return first;
}

static void apply_touch_scroll(const web::TouchScroll& s) {
    if (s.begin) g_scroll_window[0] = g_scroll_window[1] = 0;
    const float delta[2] = {s.dx, s.dy};
    for (int axis = 0; axis < 2; axis++) {
        if (delta[axis] == 0.0f) continue;
        ImGuiWindow* w = g_scroll_window[axis] ? ImGui::FindWindowByID(g_scroll_window[axis]) : nullptr;
        if (!w) {
            w = pick_scroll_window(ImVec2(s.x, s.y), axis, delta[axis]);
            g_scroll_window[axis] = w ? w->ID : 0;
        }
        if (!w) continue;
        if (axis == 0) ImGui::SetScrollX(w, w->Scroll.x - delta[axis]);
        else ImGui::SetScrollY(w, w->Scroll.y - delta[axis]);
    }
}

void layout_frame_begin() {
    ImGuiContext& g = *GImGui;
    double now = web::now_ms();
    web::TouchScroll scroll;
    if (web::take_touch_scroll(scroll)) {
        g_reveal_until_ms = 0;  // the user scrolls: leave the field where they put it
        apply_touch_scroll(scroll);
    }
    // The virtual keyboard shrank the canvas (web/ime.js follows the visual viewport): bring the active
    // text field back into view, for a moment (the keyboard slides in over several frames).
    if (g.IO.DisplaySize.y < g_display.y - 0.5f) g_reveal_until_ms = now + kRevealMs;
    g_display = g.IO.DisplaySize;
    const ImGuiPlatformImeData& ime = g.PlatformImeDataPrev;  // the last frame's text cursor
    if (g_reveal_until_ms > now && ime.WantVisible && g.ActiveId != 0 && g.ActiveIdWindow) {
        ImRect cursor(ime.InputPos.x, ime.InputPos.y, ime.InputPos.x + 1.0f, ime.InputPos.y + ime.InputLineHeight);
        cursor.Expand(ImVec2(0.0f, g.Style.FramePadding.y));
        ImGui::ScrollToRectEx(g.ActiveIdWindow, cursor, ImGuiScrollFlags_KeepVisibleEdgeY);
        web::request_frame();
    }
}

void layout_frame_end() { web::end_frame_input_hints(ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput); }

}  // namespace skillaid::ui
