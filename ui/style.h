// The look of the app: sizes for the device pixel ratio, the text size the
// user chose (显示设置), the high-contrast theme and touch-sized targets
// (docs/access.md "Frames on demand, text size and contrast"). Sizes are given in
// CSS pixels at text scale 1; layouts use em units (ImGui::GetFontSize()), so
// they follow the text size.
#pragma once
#include <string>

#include "imgui.h"

namespace skillaid {
class DraftStore;
}

namespace skillaid::ui {

inline constexpr float kBaseFontSize = 16.0f;      // CSS pixels at text scale 1
inline constexpr float kTouchTargetCssPx = 44.0f;  // buttons and fields on touch screens (WCAG 2.5.5)
inline constexpr float kTextScales[] = {1.0f, 1.25f, 1.5f};  // 标准 / 大 / 特大

struct StyleOptions {
    float device_pixel_ratio = 1.0f;
    float text_scale = 1.0f;  // one of kTextScales
    bool high_contrast = false;
    bool touch = false;       // every button and field at least kTouchTargetCssPx tall
};

// Replaces ImGui's style (sizes, colors, font scale) for `options`.
void apply_style(const StyleOptions& options);

// Text colors that keep their meaning in both themes (≥ 7:1 on white in high
// contrast). Screens take every colored text from here, never a literal ImVec4.
enum class Tone { error, ok, warning, link, note };
ImVec4 tone_color(Tone tone);
// The keyboard focus ring (ImGuiCol_NavCursor) in the theme in force.
ImVec4 focus_ring_color();

// What 显示设置 stores (the settings table, key "display").
struct DisplaySettings {
    float text_scale = 1.0f;
    bool high_contrast = false;
};
DisplaySettings load_display_settings(const DraftStore& store);
bool save_display_settings(DraftStore& store, const DisplaySettings& settings);

// The settings in force; changing them bumps the version, and ui/main.cpp
// applies the style before the next frame.
const DisplaySettings& display_settings();
void set_display_settings(const DisplaySettings& settings);
int display_settings_version();

}  // namespace skillaid::ui
