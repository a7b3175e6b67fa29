// Entry point of the browser app: GLFW window on WebGL2, ImGui with the
// Chinese font, one frame per requestAnimationFrame.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cstdio>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // ImFontAtlasFontDiscardBakes
#include "ui/app.h"
#include "ui/web_platform.h"

namespace {

// Font files written into the in-memory file system by web/loader.js.
constexpr const char* kCoreFontPath = "/fonts/ui-core.ttf";  // app strings, ASCII, punctuation: first paint
constexpr const char* kFullFontPath = "/fonts/ui-full.ttf";  // all GB2312 hanzi: fetched after first paint
constexpr float kBaseFontSize = 16.0f;                       // CSS pixels
constexpr int kFramesBeforeReady = 3;                        // the first frames settle layout and glyphs

GLFWwindow* g_window = nullptr;
skillaid::AppState g_app;
skillaid::web::CanvasSize g_canvas;
ImGuiStyle g_base_style;
int g_frame_count = 0;

void apply_pixel_ratio(float ratio) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = g_base_style;
    style.ScaleAllSizes(ratio);
    style.FontScaleDpi = ratio;  // glyphs rasterized at device resolution: crisp on HiDPI
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
    if (double now = skillaid::web::now_ms(); now - g_today_read_ms > kTodayRefreshMs) {
        g_app.today = skillaid::web::today();
        g_today_read_ms = now;
    }
    if (skillaid::web::update_canvas_size(g_canvas)) apply_pixel_ratio(g_canvas.device_pixel_ratio);
    if (skillaid::web::take_full_font_arrived()) merge_full_font();

    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The app works in canvas pixels (GLFW reports the mouse in them too).
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_canvas.width), static_cast<float>(g_canvas.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);

    ImGui::NewFrame();
    skillaid::draw_app(g_app);
    ImGui::Render();

    glViewport(0, 0, g_canvas.width, g_canvas.height);
    glClearColor(0.94f, 0.95f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++g_frame_count == kFramesBeforeReady) skillaid::web::signal_ready();
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
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.FontSizeBase = kBaseFontSize;
    style.FrameRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 6.0f);
    style.ItemSpacing = ImVec2(10.0f, 8.0f);
    g_base_style = style;

    if (!io.Fonts->AddFontFromFileTTF(kCoreFontPath, 0.0f)) {
        std::fprintf(stderr, "cannot load %s\n", kCoreFontPath);
        return 1;
    }
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    skillaid::web::install_platform_hooks();

    skillaid::app_init(g_app);  // web/loader.js has synced the IDBFS mount before main()
    skillaid::web::set_flush_callback([] { skillaid::save_draft_now(g_app); });
    skillaid::web::start_frame_loop(frame);
    return 0;
}
