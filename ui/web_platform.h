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

// Calls `frame` once per requestAnimationFrame from now on (main() returns).
void start_frame_loop(void (*frame)());

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

#ifdef SKILLAID_TEST_HOOKS
// window.skillaidTest.items[name] = the rectangle (canvas pixels) in CSS pixels and `text` (may be null).
void test_item(const char* name, float x0, float y0, float x1, float y1, const char* text);
#endif

}  // namespace skillaid::web
