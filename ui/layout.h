// Layout for narrow screens and touch (docs/access.md "Phones and touch"):
// whether to lay out in one column for a phone, rows of buttons that wrap,
// and the per-frame touch work (drag scrolling, keeping the active text field
// above the virtual keyboard).
#pragma once

namespace skillaid::ui {

inline constexpr float kNarrowCssPx = 480.0f;  // viewports this narrow or narrower get the phone layout

// True when the viewport is at most kNarrowCssPx CSS pixels wide (canvas width / device pixel ratio).
bool narrow_layout();

// Rows of buttons that wrap: call before each button but the first of a row with the width it will
// take (button_width()); it stays on the current line when it fits, else starts the next one.
// `spacing`: the gap before it on the same line (ImGui::SameLine's; < 0: the style's).
void wrap_next(float width, float spacing = -1.0f);
float button_width(const char* label);  // of ImGui::Button(label) with the current style
// A one-glyph button (× closes, deletes): small with a mouse, a square of the touch-target height on touch.
bool icon_button(const char* label);
float icon_button_width(const char* label);

// Once per frame, first thing after ImGui::NewFrame(): applies touch drags to the window under the
// finger and, after the canvas shrinks (virtual keyboard), scrolls the active text field into view.
void layout_frame_begin();
// Once per frame, after everything is drawn: input hints for web/ime.js.
void layout_frame_end();

}  // namespace skillaid::ui
