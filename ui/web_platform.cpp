#include "ui/web_platform.h"

#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "ui/a11y.h"

namespace skillaid::web {

static bool g_full_font_arrived = false;
static bool g_online = true;
static std::vector<std::pair<std::string, std::string>> g_incoming;  // (purpose, text) from the page
static void (*g_flush)() = nullptr;
static std::string g_clipboard;  // last text copied in the app or pasted from the browser
static std::vector<HttpAnswer> g_http[2];  // by HttpChannel, oldest first (a few at most)
static std::vector<std::pair<std::string, PhotoArrival>> g_photos;  // (purpose, arrival)

// clang-format off
EM_JS(void, js_ime_update, (int active, double x, double y, double line_height), {
    if (window.SkillAidIme) window.SkillAidIme.update(active, x, y, line_height);
});
EM_JS(void, js_clipboard_write, (const char* text), {
    if (window.SkillAidIme) window.SkillAidIme.writeClipboard(UTF8ToString(text));
});
EM_JS(void, js_count_frame, (int n), {
    document.body.dataset.frames = n;
});
EM_JS(void, js_signal_ready, (), {
    if (window.SkillAidLoader) window.SkillAidLoader.ready();
});
EM_JS(char*, js_today, (), {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return stringToNewUTF8(d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()));
});
EM_JS(void, js_files_call, (const char* method, const char* a, const char* b), {
    if (window.SkillAidFiles) window.SkillAidFiles[UTF8ToString(method)](UTF8ToString(a), UTF8ToString(b));
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size, int bom), {
    if (window.SkillAidFiles)
        window.SkillAidFiles.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(data, size), !!bom);
});
EM_JS(void, js_open_html, (const char* data, int size), {
    if (window.SkillAidFiles) window.SkillAidFiles.openHtml(UTF8ToString(data, size));
});
EM_JS(void, js_sync_request, (int id, const char* method, const char* url, const char* headers, const char* body, int gzip), {
    if (window.SkillAidSync)
        window.SkillAidSync.request(id, UTF8ToString(method), UTF8ToString(url), UTF8ToString(headers),
                                    UTF8ToString(body), !!gzip);
});
EM_JS(void, js_calendar_get, (int id, const char* url), {
    if (window.SkillAidSync) window.SkillAidSync.getText(id, UTF8ToString(url), '_skillaid_calendar_http_done');
});
EM_JS(void, js_photo_pick, (const char* purpose), {
    if (window.SkillAidPhoto) window.SkillAidPhoto.pick(UTF8ToString(purpose));
});
EM_JS(void, js_photo_decode, (const char* purpose, const uint8_t* data, int size), {
    if (window.SkillAidPhoto) window.SkillAidPhoto.decode(UTF8ToString(purpose), HEAPU8.slice(data, data + size));
});
#ifdef SKILLAID_TEST_HOOKS
EM_JS(void, js_test_item, (const char* name, float x0, float y0, float x1, float y1, const char* text, int frame), {
    const canvas = document.getElementById('canvas');
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / canvas.width;  // canvas pixels -> CSS pixels
    window.skillaidTest = window.skillaidTest || { items: {}, frame: 0 };
    window.skillaidTest.frame = frame;  // the last frame that published a hook
    const key = UTF8ToString(name);
    const item = {
        x: rect.left + x0 * scale, y: rect.top + y0 * scale,
        width: (x1 - x0) * scale, height: (y1 - y0) * scale,
        text: text ? UTF8ToString(text) : null, frame, stable: false,
    };
    // stable: drawn at the same place the frame before (a new row, a scroll still moving: not yet).
    const last = window.skillaidTest.items[key];
    item.stable = !!last && last.frame === frame - 1 && last.x === item.x && last.y === item.y &&
                  last.width === item.width && last.height === item.height;
    window.skillaidTest.items[key] = item;
});
#endif
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
    wake_for_input();
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

std::string today() {
    char* s = js_today();
    std::string out(s);
    std::free(s);
    return out;
}

double now_ms() { return emscripten_date_now(); }

void persist_files() { js_files_call("sync", "", ""); }

// Issue 13 part 6 (D): web/files.js keep() and refused().
void keep_draft_copy(const std::string& id, const std::string& json) { js_files_call("keep", id.c_str(), json.c_str()); }
void storage_refused(const std::string& why) { js_files_call("refused", why.c_str(), ""); }

bool is_online() { return g_online; }

void pick_file(const char* purpose, const char* accept) { js_files_call("pickFile", purpose, accept); }

void read_clipboard(const char* purpose) { js_files_call("readClipboard", purpose, ""); }

bool take_incoming_text(std::string& purpose, std::string& text) {
    if (g_incoming.empty()) return false;
    purpose = std::move(g_incoming.front().first);
    text = std::move(g_incoming.front().second);
    g_incoming.erase(g_incoming.begin());
    return true;
}

void download(const char* filename, const char* mime, const std::string& content, bool bom) {
    js_download(filename, mime, content.data(), static_cast<int>(content.size()), bom ? 1 : 0);
}

void open_html_window(const std::string& html) { js_open_html(html.data(), static_cast<int>(html.size())); }

// ---- Frames on demand (H3) ----
// The loop draws while g_frames_left > 0, until g_busy_until_ms, or while the
// frame says so; then it pauses until a wake (input, an exported function, a timer).
constexpr int kSettleFrames = 3;          // after any wake: layout, popups and new glyphs settle
constexpr double kInputSettleMs = 700.0;  // after input: ImGui's hover delays (stationary 0.15 s + tooltip 0.4 s)
static bool g_loop_paused = false;
static int g_frames_left = kSettleFrames;
static double g_busy_until_ms = 0;
static double g_last_input_ms = 0;
static long g_timer_id = 0;  // emscripten_set_timeout id, 0: none pending
static double g_timer_at_ms = 0;
static int g_frames_drawn = 0;

void start_frame_loop(void (*frame)()) {
    wake_for_input();  // the first screen: glyphs, layout, the ready signal
    emscripten_set_main_loop(frame, 0, false);
}

void request_frame() {
    g_frames_left = std::max(g_frames_left, kSettleFrames);
    if (g_loop_paused) {
        g_loop_paused = false;
        emscripten_resume_main_loop();
    }
}

void wake_for_input() {
    g_last_input_ms = now_ms();
    g_busy_until_ms = std::max(g_busy_until_ms, g_last_input_ms + kInputSettleMs);
    request_frame();
}

double last_input_ms() { return g_last_input_ms; }

static void on_frame_timer(void*) {
    g_timer_id = 0;
    request_frame();
}

void request_frame_after(double ms) {
    ms = std::max(ms, 0.0);
    double at = now_ms() + ms;
    if (g_timer_id != 0 && g_timer_at_ms <= at) return;  // an earlier wake is already set
    if (g_timer_id != 0) emscripten_clear_timeout(g_timer_id);
    g_timer_at_ms = at;
    g_timer_id = emscripten_set_timeout(on_frame_timer, ms, nullptr);
}

void frame_drawn(bool keep_drawing) {
    js_count_frame(++g_frames_drawn);
    if (g_frames_left > 0) g_frames_left--;
    if (keep_drawing || g_frames_left > 0 || now_ms() < g_busy_until_ms || g_loop_paused) return;
    g_loop_paused = true;
    emscripten_pause_main_loop();
}

void set_flush_callback(void (*callback)()) { g_flush = callback; }

void http_request(int id, const char* method, const std::string& url, const std::string& headers_json,
                  const std::string& body, bool gzip) {
    js_sync_request(id, method, url.c_str(), headers_json.c_str(), body.c_str(), gzip ? 1 : 0);
}

void http_get_text(int id, const std::string& url) { js_calendar_get(id, url.c_str()); }

bool take_http_answer(HttpChannel channel, HttpAnswer& out) {
    std::vector<HttpAnswer>& q = g_http[static_cast<int>(channel)];
    if (q.empty()) return false;
    out = std::move(q.front());
    q.erase(q.begin());
    return true;
}

static void http_done(HttpChannel channel, int id, int status, const char* body) {
    if (id != 0) g_http[static_cast<int>(channel)].push_back(HttpAnswer{id, status, body ? body : ""});
}

void photo_pick(const std::string& purpose) { js_photo_pick(purpose.c_str()); }

void photo_decode(const std::string& purpose, const std::vector<uint8_t>& jpeg) {
    js_photo_decode(purpose.c_str(), jpeg.data(), static_cast<int>(jpeg.size()));
}

bool take_photo(const std::string& purpose, PhotoArrival& out) {
    for (auto it = g_photos.begin(); it != g_photos.end(); ++it) {
        if (it->first != purpose) continue;
        out = std::move(it->second);
        g_photos.erase(it);
        return true;
    }
    return false;
}

// ---- Phones and touch (web/ime.js; docs/access.md "Phones and touch") ----
// clang-format off
EM_JS(int, js_is_touch, (), {
    return window.SkillAidIme ? (window.SkillAidIme.isTouch() ? 1 : 0) : 0;
});
EM_JS(void, js_set_input_kind, (const char* inputmode, const char* enterkeyhint), {
    if (window.SkillAidIme) window.SkillAidIme.setKind(UTF8ToString(inputmode), UTF8ToString(enterkeyhint));
});
EM_JS(void, js_set_over_text, (int over_text), {
    if (window.SkillAidIme) window.SkillAidIme.setOverText(!!over_text);
});
// clang-format on

static int g_touch = -1;  // -1: not asked yet; then kept current by skillaid_set_touch
static TouchScroll g_touch_scroll;
static bool g_touch_scroll_pending = false;
static std::string g_input_kind[2] = {"text", ""};  // as last sent: inputmode, enterkeyhint
static int g_input_kind_frame = -1;                 // ImGui frame of the last set_text_input_kind
static int g_over_text = -1;

bool is_touch() {
    if (g_touch < 0) g_touch = js_is_touch();
    return g_touch == 1;
}

float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

static void send_input_kind(const char* inputmode, const char* enterkeyhint) {
    if (g_input_kind[0] == inputmode && g_input_kind[1] == enterkeyhint) return;
    g_input_kind[0] = inputmode;
    g_input_kind[1] = enterkeyhint;
    js_set_input_kind(inputmode, enterkeyhint);
}

void set_text_input_kind(const char* inputmode, const char* enterkeyhint) {
    g_input_kind_frame = ImGui::GetFrameCount();
    send_input_kind(inputmode ? inputmode : "text", enterkeyhint ? enterkeyhint : "");
}

bool take_touch_scroll(TouchScroll& out) {
    if (!g_touch_scroll_pending) return false;
    out = g_touch_scroll;
    g_touch_scroll = TouchScroll{};
    g_touch_scroll_pending = false;
    return true;
}

void end_frame_input_hints(bool pointer_over_text) {
    if (g_input_kind_frame != ImGui::GetFrameCount()) send_input_kind("text", "");
    if (g_over_text != (pointer_over_text ? 1 : 0)) {
        g_over_text = pointer_over_text ? 1 : 0;
        js_set_over_text(g_over_text);
    }
}

// ---- Accessibility mirror (H1; ui/a11y.cpp, web/a11y.js; docs/access.md "Accessibility mirror") ----
// clang-format off
EM_JS(int, js_a11y_enabled, (), {
    return window.SkillAidA11y && window.SkillAidA11y.enabled ? 1 : 0;
});
EM_JS(void, js_a11y_apply, (const char* json, int size), {
    if (window.SkillAidA11y) window.SkillAidA11y.apply(UTF8ToString(json, size));
});
// clang-format on

bool a11y_enabled() { return js_a11y_enabled() != 0; }

void a11y_send(const std::string& json) { js_a11y_apply(json.data(), static_cast<int>(json.size())); }

#ifdef SKILLAID_TEST_HOOKS
void test_item(const char* name, float x0, float y0, float x1, float y1, const char* text) {
    js_test_item(name, x0, y0, x1, y1, text, ImGui::GetFrameCount());
}
#endif

}  // namespace skillaid::web

// Called from web/ime.js and web/loader.js.
extern "C" {

EMSCRIPTEN_KEEPALIVE void skillaid_ime_commit(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    skillaid::web::wake_for_input();
}

// web/loader.js window.SkillAidWake(): page input, or anything the app must see.
EMSCRIPTEN_KEEPALIVE void skillaid_wake() { skillaid::web::wake_for_input(); }

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
    skillaid::web::wake_for_input();
}

// kind: 0 move, 1 down, 2 up, 3 leave (a drag began). Coordinates in canvas pixels.
EMSCRIPTEN_KEEPALIVE void skillaid_touch(int kind, double x, double y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (kind == 3) x = y = -FLT_MAX;
    io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
    if (kind == 1 || kind == 2) io.AddMouseButtonEvent(0, kind == 1);
    skillaid::web::wake_for_input();
}

EMSCRIPTEN_KEEPALIVE void skillaid_full_font_arrived() {
    skillaid::web::g_full_font_arrived = true;
    skillaid::web::request_frame();
}

// web/files.js: a picked file's text, clipboard text, a paste outside fields.
EMSCRIPTEN_KEEPALIVE void skillaid_text_arrived(const char* purpose, const char* utf8) {
    skillaid::web::g_incoming.emplace_back(purpose, utf8);
    skillaid::web::request_frame();
}

EMSCRIPTEN_KEEPALIVE void skillaid_set_online(int online) {
    skillaid::web::g_online = online != 0;
    skillaid::web::request_frame();
}

// pagehide / visibilitychange hidden: save what is pending now.
EMSCRIPTEN_KEEPALIVE void skillaid_flush() {
    if (skillaid::web::g_flush) skillaid::web::g_flush();
    skillaid::web::request_frame();  // the save state shown when the page comes back
}

// web/sync.js: the answer to sync request `id` (status 0: no answer).
EMSCRIPTEN_KEEPALIVE void skillaid_http_done(int id, int status, const char* body) {
    skillaid::web::http_done(skillaid::web::HttpChannel::sync, id, status, body);
    skillaid::web::request_frame();
}

// web/sync.js getText(): the answer to calendar request `id` (status 0: no answer).
EMSCRIPTEN_KEEPALIVE void skillaid_calendar_http_done(int id, int status, const char* body) {
    skillaid::web::http_done(skillaid::web::HttpChannel::calendar, id, status, body);
    skillaid::web::request_frame();
}

// web/photo.js: a photo's file and its decoded thumbnail (copied here).
EMSCRIPTEN_KEEPALIVE void skillaid_photo_arrived(const char* purpose, const uint8_t* bytes, int size,
                                                 const uint8_t* rgba, int width, int height, int picked) {
    skillaid::web::PhotoArrival a;
    a.bytes.assign(bytes, bytes + size);
    if (width > 0 && height > 0 && width <= skillaid::web::kPhotoThumbMaxPx && height <= skillaid::web::kPhotoThumbMaxPx) {
        a.rgba.assign(rgba, rgba + static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
        a.width = width;
        a.height = height;
    }
    a.picked = picked != 0;
    skillaid::web::g_photos.emplace_back(purpose, std::move(a));
    skillaid::web::request_frame();
}
}

// Phones and touch (web/ime.js).
extern "C" {

// The primary input became touch (1) or mouse/keyboard (0).
EMSCRIPTEN_KEEPALIVE void skillaid_set_touch(int touch) {
    skillaid::web::g_touch = touch ? 1 : 0;
    skillaid::web::request_frame();
}

// A touch drag from (x, y) moved by (dx, dy) canvas pixels; `begin` on a gesture's first move.
EMSCRIPTEN_KEEPALIVE void skillaid_touch_scroll(double x, double y, double dx, double dy, int begin) {
    skillaid::web::TouchScroll& s = skillaid::web::g_touch_scroll;
    if (begin || !skillaid::web::g_touch_scroll_pending) {
        s.x = static_cast<float>(x);
        s.y = static_cast<float>(y);
    }
    s.dx += static_cast<float>(dx);
    s.dy += static_cast<float>(dy);
    s.begin = s.begin || begin != 0;
    skillaid::web::g_touch_scroll_pending = true;
    skillaid::web::wake_for_input();
}
}

// Accessibility mirror (web/a11y.js): focus / activate / edit / release the item `id`.
extern "C" {
EMSCRIPTEN_KEEPALIVE void skillaid_a11y_action(int kind, unsigned int id) {
    skillaid::a11y::queue_action(kind, id);
    skillaid::web::wake_for_input();
}
}
