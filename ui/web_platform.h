// Browser glue for the ImGui app: canvas size and devicePixelRatio, the IME
// bridge (web/ime.js), clipboard, touch, the lazily loaded full font and the
// "ready" signal. Everything here talks to the page through small EM_JS calls.
#pragma once

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

}  // namespace skillaid::web
