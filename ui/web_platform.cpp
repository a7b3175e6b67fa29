#include "ui/web_platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "imgui.h"

namespace skillaid::web {

static bool g_full_font_arrived = false;
static std::string g_clipboard;  // last text copied in the app or pasted from the browser

// clang-format off
EM_JS(void, js_ime_update, (int active, double x, double y, double line_height), {
    if (window.SkillAidIme) window.SkillAidIme.update(active, x, y, line_height);
});
EM_JS(void, js_clipboard_write, (const char* text), {
    if (window.SkillAidIme) window.SkillAidIme.writeClipboard(UTF8ToString(text));
});
EM_JS(void, js_signal_ready, (), {
    if (window.SkillAidLoader) window.SkillAidLoader.ready();
});
// clang-format on

static void set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    js_ime_update(data->WantTextInput || data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y,
                  data->InputLineHeight);
}

static const char* get_clipboard(ImGuiContext*) { return g_clipboard.c_str(); }

static void set_clipboard(ImGuiContext*, const char* text) {
    g_clipboard = text ? text : "";
    js_clipboard_write(g_clipboard.c_str());
}

// Mimics ImGui's own Emscripten wheel handler (the GLFW backend ignores GLFW's
// scroll events under Emscripten's built-in GLFW and expects this one).
static EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    float multiplier = 0.0f;
    if (ev->deltaMode == DOM_DELTA_PIXEL) multiplier = 1.0f / 100.0f;
    else if (ev->deltaMode == DOM_DELTA_LINE) multiplier = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE) multiplier = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-ev->deltaX) * multiplier,
                                      static_cast<float>(-ev->deltaY) * multiplier);
    return EM_TRUE;
}

void install_platform_hooks() {
    ImGuiPlatformIO& platform_io = ImGui::GetPlatformIO();
    platform_io.Platform_SetImeDataFn = set_ime_data;
    platform_io.Platform_GetClipboardTextFn = get_clipboard;
    platform_io.Platform_SetClipboardTextFn = set_clipboard;
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
}

bool update_canvas_size(CanvasSize& size) {
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    int width = static_cast<int>(std::lround(css_width * ratio));
    int height = static_cast<int>(std::lround(css_height * ratio));
    if (width == size.width && height == size.height && ratio == size.device_pixel_ratio) return false;
    size = CanvasSize{width, height, ratio};
    emscripten_set_canvas_element_size("#canvas", width, height);
    return true;
}

bool take_full_font_arrived() {
    bool arrived = g_full_font_arrived;
    g_full_font_arrived = false;
    return arrived;
}

void signal_ready() { js_signal_ready(); }

}  // namespace skillaid::web

// Called from web/ime.js and web/loader.js.
extern "C" {

EMSCRIPTEN_KEEPALIVE void skillaid_ime_commit(const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); }

// A paste event reached the bridge: keep its text as the clipboard and let
// ImGui paste it as for Ctrl+V (so selection, filters and multi-line rules
// apply; characters typed while Ctrl is held would be ignored by InputText).
EMSCRIPTEN_KEEPALIVE void skillaid_paste(const char* utf8) {
    skillaid::web::g_clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    bool ctrl_was_down = io.KeyCtrl;  // false when pasting from a menu or a long press
    if (!ctrl_was_down) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    if (!ctrl_was_down) io.AddKeyEvent(ImGuiMod_Ctrl, false);
}

// kind: 0 move, 1 down, 2 up. Coordinates in canvas pixels.
EMSCRIPTEN_KEEPALIVE void skillaid_touch(int kind, double x, double y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
    if (kind != 0) io.AddMouseButtonEvent(0, kind == 1);
}

EMSCRIPTEN_KEEPALIVE void skillaid_full_font_arrived() { skillaid::web::g_full_font_arrived = true; }
}
