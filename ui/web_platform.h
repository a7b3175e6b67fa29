// Browser glue for the ImGui app: canvas size and devicePixelRatio, the IME
// bridge (web/ime.js), clipboard, touch, the lazily loaded full font, the
// "ready" signal, files, HTTP (web/sync.js), photos (web/photo.js) and the
// test hooks. This is the only file that talks to the page: every EM_JS call
// and every exported skillaid_* function is in web_platform.cpp; the rest of
// the app calls the C++ functions below.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace skillaid::web {

// The canvas backing store, in device pixels, and the device pixel ratio.
struct CanvasSize {
    int width = 0;
    int height = 0;
    float device_pixel_ratio = 1.0f;
};

// Hooks ImGui's clipboard and IME callbacks, the wheel handler and touch input.
void install_platform_hooks();

// Resizes the canvas backing store to its CSS size × devicePixelRatio.
// Returns true when the size or the ratio changed since the last call.
bool update_canvas_size(CanvasSize& size);

// True once after web/loader.js has written the full font into /fonts.
bool take_full_font_arrived();

// Tells the page the app has drawn its first complete frames.
void signal_ready();

// Local calendar date "YYYY-MM-DD" and Date.now() in milliseconds.
std::string today();
double now_ms();

// Copies the IDBFS mount (/data) to IndexedDB: FS.syncfs(false), queued in
// web/files.js so that two syncs never overlap. Call after each committed write.
void persist_files();

// Durability (issue 13 part 6; web/files.js): `json` is the draft just saved
// (the export format plus id and updated_ms), journalled to localStorage on
// pagehide and offered as a file when the browser refuses storage.
void keep_draft_copy(const std::string& id, const std::string& json);
void storage_refused(const std::string& why);  // the persistent notice with 下载草稿文件

// navigator.onLine, kept up to date by the page's online/offline events.
bool is_online();

// Text handed over by the page: a picked file (decoded to UTF-8 by
// web/files.js: UTF-8 with or without BOM, else GBK), clipboard text for the
// roster, pasted text outside fields. `purpose` is what the request named.
void pick_file(const char* purpose, const char* accept);  // opens the browser's file picker
void read_clipboard(const char* purpose);                 // navigator.clipboard.readText()
bool take_incoming_text(std::string& purpose, std::string& text);

// Saves `content` as a download (UTF-8; `bom` prepends U+FEFF for Excel).
void download(const char* filename, const char* mime, const std::string& content, bool bom);
// Opens a complete HTML document in a new window (Blob URL) for print / PDF.
void open_html_window(const std::string& html);

// ---- Frames on demand (docs/access.md "Frames on demand, text size and contrast") ----
// `frame` runs once per requestAnimationFrame only while something may change
// what is drawn; otherwise the loop is paused (emscripten_pause_main_loop).
// Page input (web/loader.js: window.SkillAidWake()), every exported skillaid_*
// function and the timers below resume it. document.body.dataset.frames counts
// the frames drawn.
void start_frame_loop(void (*frame)());  // main() returns after this
void request_frame();                    // draw at least a few more frames soon (data arrived, state changed)
void request_frame_after(double ms);     // draw a frame once `ms` have passed (one timer: the earliest wins)
void wake_for_input();                   // input: frames for a short while (hover delays, trickled events)
double last_input_ms();                  // now_ms() of the last input wake (0: none yet)
// Called by `frame` after drawing: pauses the loop unless `keep_drawing` or a wake asked for more.
void frame_drawn(bool keep_drawing);

// Called synchronously when the page is hidden or unloaded (save now).
void set_flush_callback(void (*callback)());

// HTTP through web/sync.js, one path per client so neither sees the other's
// answers: the sync client's requests (skillaid_http_done) and the calendar
// updates' GETs (skillaid_calendar_http_done). Answers are queued until taken.
enum class HttpChannel { sync, calendar };
struct HttpAnswer {
    int id = 0;      // the request's id (0: its answer is dropped)
    int status = 0;  // 0: no answer (network, server down, page timeout)
    std::string body;
};
// fetch(url) with `headers_json` ({"name": "value"}); `gzip` compresses the body.
void http_request(int id, const char* method, const std::string& url, const std::string& headers_json,
                  const std::string& body, bool gzip);
void http_get_text(int id, const std::string& url);  // answered on HttpChannel::calendar
bool take_http_answer(HttpChannel channel, HttpAnswer& out);

// Photos (web/photo.js): the picked file's bytes and a decoded thumbnail.
inline constexpr int kPhotoThumbMaxPx = 160;  // longest thumbnail side (web/photo.js kThumbMax); larger ones are dropped
struct PhotoArrival {
    std::vector<uint8_t> bytes;  // the file
    std::vector<uint8_t> rgba;   // the thumbnail, width × height × 4 (empty when the browser could not decode it)
    int width = 0, height = 0;
    bool picked = false;         // chosen by the user (else a re-decode of a stored photo)
};
void photo_pick(const std::string& purpose);                                      // opens the file picker
void photo_decode(const std::string& purpose, const std::vector<uint8_t>& jpeg);  // thumbnail of a stored photo
bool take_photo(const std::string& purpose, PhotoArrival& out);                   // the oldest arrival for purpose

// ---- Phones and touch (web/ime.js; docs/access.md "Phones and touch") ----
// True when the primary pointer is coarse (matchMedia('(pointer: coarse)')) or the last input was a touch.
bool is_touch();
// window.devicePixelRatio (canvas pixels per CSS pixel).
float device_pixel_ratio();
// The virtual keyboard for the active text field: inputmode ("text", "numeric", "decimal", "tel") and
// enterkeyhint ("next", "done", "search"; "" for none) of the IME bridge. Call each frame a field is
// active; the page is told only of changes, and a frame without a call falls back to ("text", "").
void set_text_input_kind(const char* inputmode, const char* enterkeyhint);
// Touch drags (web/ime.js) accumulated since the last call: the gesture's start point and how far the
// finger moved (canvas pixels; the content follows the finger). `begin`: a new gesture started.
struct TouchScroll {
    float x = 0, y = 0, dx = 0, dy = 0;
    bool begin = false;
};
bool take_touch_scroll(TouchScroll& out);
// Once at the end of each frame (ui/layout.cpp): tells web/ime.js whether the pointer (a finger at
// rest) is over a text field, so that a tap there focuses the IME bridge inside the touch gesture (which
// raises the virtual keyboard), and resets the keyboard kind when no field asked for one this frame.
void end_frame_input_hints(bool pointer_over_text);

// ---- Accessibility mirror (H1; ui/a11y.cpp, web/a11y.js) ----
// False with ?a11y=off (or without web/a11y.js): the app then collects nothing.
bool a11y_enabled();
// One frame's changes of the mirror (JSON, ui/a11y.cpp) to SkillAidA11y.apply.
void a11y_send(const std::string& json);

#ifdef SKILLAID_TEST_HOOKS
// window.skillaidTest.items[name] = the rectangle (canvas pixels) in CSS pixels, `text` (may be null) and
// `frame`, the ImGui frame that drew it (window.skillaidTest.frame: the last frame that drew any), and
// `stable`: the frame before drew it at the same place.
void test_item(const char* name, float x0, float y0, float x1, float y1, const char* text);
#endif

}  // namespace skillaid::web
