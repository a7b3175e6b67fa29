// Browser glue for the ImGui app: canvas size and devicePixelRatio, the IME
// bridge (web/ime.js), clipboard, touch, the lazily loaded full font and the
// "ready" signal. Everything here talks to the page through small EM_JS calls.
#pragma once
#include <string>

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

// Called synchronously when the page is hidden or unloaded (save now).
void set_flush_callback(void (*callback)());

}  // namespace skillaid::web
