// Entry point of the browser app: GLFW window on WebGL2, ImGui with the
// Chinese font, frames on demand (one per requestAnimationFrame while
// something changes, none when idle: docs/access.md "Frames on demand, text size
// and contrast").
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // ImFontAtlasFontDiscardBakes
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/style.h"
#include "ui/web_platform.h"

namespace {

// Font files written into the in-memory file system by web/loader.js.
constexpr const char* kCoreFontPath = "/fonts/ui-core.ttf";  // app strings, ASCII, punctuation: first paint
constexpr const char* kFullFontPath = "/fonts/ui-full.ttf";  // all GB2312 hanzi: fetched after first paint
constexpr int kFramesBeforeReady = 3;                        // the first frames settle layout and glyphs
constexpr double kCursorBlinkMs = 4000.0;                    // the text cursor blinks this long after input, then stays solid
constexpr double kCursorBlinkStepMs = 200.0;                 // frames while it blinks
constexpr double kInputHeldMaxMs = 10000.0;                  // a key or button held: frames (ImGui's key repeat) at most this long

GLFWwindow* g_window = nullptr;
skillaid::AppState g_app;
skillaid::web::CanvasSize g_canvas;
int g_frame_count = 0;
skillaid::ui::StyleOptions g_style;  // as last applied
int g_style_version = -1;            // ui::display_settings_version() last applied

// Re-applies the style when the pixel ratio, 显示设置 or the kind of input changed.
void update_style(bool canvas_changed) {
    skillaid::ui::StyleOptions want = g_style;
    want.device_pixel_ratio = g_canvas.device_pixel_ratio;
    want.text_scale = skillaid::ui::display_settings().text_scale;
    want.high_contrast = skillaid::ui::display_settings().high_contrast;
    want.touch = skillaid::web::is_touch();
    bool changed = canvas_changed || g_style_version != skillaid::ui::display_settings_version() ||
                   want.touch != g_style.touch;
    if (!changed) return;
    g_style = want;
    g_style_version = skillaid::ui::display_settings_version();
    skillaid::ui::apply_style(g_style);
}

// Milliseconds until just after the next local midnight (the date changes then), at most an hour.
double ms_to_date_change() {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    double seconds = (23 - local.tm_hour) * 3600.0 + (59 - local.tm_min) * 60.0 + (60 - local.tm_sec);
    return std::min(seconds * 1000.0 + 500.0, 3600.0 * 1000.0);
}

// What ImGui itself still needs frames for, input-wise: events queued but not yet
// taken (ImGui trickles them, one change per frame), a key or button held (key
// repeat, drags). The cursor blink asks for its own frames in frame().
bool imgui_needs_frames(double now) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.InputEventsQueue.Size > 0) return true;
    if (now - skillaid::web::last_input_ms() > kInputHeldMaxMs) return false;  // a lost key-up must not spin
    ImGuiIO& io = ImGui::GetIO();
    for (bool down : io.MouseDown)
        if (down) return true;
    for (int key = ImGuiKey_NamedKey_BEGIN; key < ImGuiKey_NamedKey_END; key++)
        if (ImGui::IsKeyDown(static_cast<ImGuiKey>(key))) return true;
    return false;
}

void merge_full_font() {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.MergeMode = true;
    if (!io.Fonts->AddFontFromFileTTF(kFullFontPath, 0.0f, &config)) return;
    // Glyphs looked up before the merge were cached as missing: forget them.
    ImFontAtlasFontDiscardBakes(io.Fonts, io.Fonts->Fonts[0], 0);
    g_app.full_font_loaded = true;
}

constexpr double kTodayRefreshMs = 60000.0;  // the local date is re-read once a minute
double g_today_read_ms = 0;

void frame() {
    double now = skillaid::web::now_ms();
    if (now - g_today_read_ms > kTodayRefreshMs) {
        g_app.today = skillaid::web::today();
        g_today_read_ms = now;
    }
    skillaid::web::request_frame_after(ms_to_date_change());
    update_style(skillaid::web::update_canvas_size(g_canvas));
    if (skillaid::web::take_full_font_arrived()) merge_full_font();

    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The app works in canvas pixels (GLFW reports the mouse in them too).
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_canvas.width), static_cast<float>(g_canvas.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    // The cursor blinks only shortly after input, then stays solid: an idle field costs no frames.
    double since_input = now - skillaid::web::last_input_ms();
    io.ConfigInputTextCursorBlink = io.WantTextInput && since_input < kCursorBlinkMs;
    if (io.ConfigInputTextCursorBlink)
        skillaid::web::request_frame_after(std::min(kCursorBlinkStepMs, kCursorBlinkMs - since_input));

    skillaid::a11y::begin_frame();  // accessibility mirror: actions from the page, item hooks on
    ImGui::NewFrame();
    skillaid::draw_app(g_app);
    skillaid::a11y::end_frame();    // accessibility mirror: this frame's changes to the page
    ImGui::Render();

    glViewport(0, 0, g_canvas.width, g_canvas.height);
    // The main window draws no background (ui/app.cpp): the clear paints it, one fill per frame instead of two.
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++g_frame_count == kFramesBeforeReady) skillaid::web::signal_ready();
    skillaid::web::frame_drawn(imgui_needs_frames(now));
}

}  // namespace

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);    // ImGui draws in order: no depth or stencil buffer to
    glfwWindowHint(GLFW_STENCIL_BITS, 0);  // allocate and clear every frame
    g_window = glfwCreateWindow(800, 600, "SkillAid", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "glfwCreateWindow failed (WebGL2 unavailable?)\n");
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to persist
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    skillaid::ui::apply_style(g_style);

    if (!io.Fonts->AddFontFromFileTTF(kCoreFontPath, 0.0f)) {
        std::fprintf(stderr, "cannot load %s\n", kCoreFontPath);
        return 1;
    }
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    skillaid::web::install_platform_hooks();
    skillaid::a11y::init();  // web/a11y.js is loaded before the app (?a11y=off: no mirror)

    skillaid::app_init(g_app);  // web/loader.js has synced the IDBFS mount before main()
    if (g_app.store_ok) skillaid::ui::set_display_settings(skillaid::ui::load_display_settings(g_app.store));
    skillaid::web::set_flush_callback([] { skillaid::save_draft_now(g_app); });
    skillaid::web::start_frame_loop(frame);
    return 0;
}
