#include "ui/style.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "ui/storage/draft_store.h"

namespace skillaid::ui {

constexpr const char* kDisplayKey = "display";  // settings table

static DisplaySettings g_display;
static int g_display_version = 0;
static bool g_high_contrast = false;  // as last applied (tone_color)

static ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}

// Black on white, strong borders, a blue focus ring. Text is black or #404040
// (10.4:1) on white and on every fill below (fills are pale: ≥ 11:1 with black).
static void colors_high_contrast(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    const ImVec4 black = rgb(0x000000), white = rgb(0xFFFFFF);
    c[ImGuiCol_Text] = black;
    c[ImGuiCol_TextDisabled] = rgb(0x404040);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_PopupBg] = white;
    c[ImGuiCol_ChildBg] = rgb(0xFFFFFF, 0.0f);  // the window's white shows through: no second fill per pane
    c[ImGuiCol_Border] = black;
    c[ImGuiCol_BorderShadow] = rgb(0x000000, 0.0f);
    c[ImGuiCol_FrameBg] = white;
    c[ImGuiCol_FrameBgHovered] = rgb(0xFFF3B0);
    c[ImGuiCol_FrameBgActive] = rgb(0xFFFFFF);
    c[ImGuiCol_Button] = rgb(0xF2F2F2);
    c[ImGuiCol_ButtonHovered] = rgb(0xFFF3B0);
    c[ImGuiCol_ButtonActive] = rgb(0x9DBEFF);  // also marks the current navigation item
    c[ImGuiCol_Header] = rgb(0xCCE0FF);
    c[ImGuiCol_HeaderHovered] = rgb(0xFFF3B0);
    c[ImGuiCol_HeaderActive] = rgb(0x9DBEFF);
    c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = black;
    c[ImGuiCol_InputTextCursor] = black;
    c[ImGuiCol_ScrollbarBg] = rgb(0xE6E6E6);
    c[ImGuiCol_ScrollbarGrab] = rgb(0x595959);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(0x303030);
    c[ImGuiCol_ScrollbarGrabActive] = black;
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = black;
    c[ImGuiCol_TableHeaderBg] = rgb(0xE6E6E6);
    c[ImGuiCol_TableBorderStrong] = black;
    c[ImGuiCol_TableBorderLight] = rgb(0x595959);
    c[ImGuiCol_TableRowBg] = rgb(0xFFFFFF, 0.0f);
    c[ImGuiCol_TableRowBgAlt] = rgb(0xF2F2F2);
    c[ImGuiCol_TextLink] = rgb(0x0040B0);
    c[ImGuiCol_TextSelectedBg] = rgb(0x9DBEFF);
    c[ImGuiCol_NavCursor] = rgb(0x0040B0);  // 8.9:1 on white: the keyboard focus ring
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.5f);
    c[ImGuiCol_PlotHistogram] = c[ImGuiCol_PlotLines] = black;
}

void apply_style(const StyleOptions& options) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    if (options.high_contrast) colors_high_contrast(style);
    else ImGui::StyleColorsLight(&style);
    g_high_contrast = options.high_contrast;

    // CSS pixels at text scale 1, then scaled with the text (layouts in em follow).
    float scale = std::clamp(options.text_scale, 1.0f, 2.0f);
    style.FrameRounding = 4.0f;
    style.FramePadding = ImVec2(8.0f, 6.0f);
    style.ItemSpacing = ImVec2(10.0f, 8.0f);
    style.ScaleAllSizes(scale);
    if (options.touch) {
        // Frame height = font size + 2 × FramePadding.y (buttons, fields, checkboxes, combos).
        float font = kBaseFontSize * scale;
        style.FramePadding.y = std::max(style.FramePadding.y, (kTouchTargetCssPx - font) * 0.5f + 0.5f);
        style.ItemSpacing.y = std::max(style.ItemSpacing.y, 10.0f);
        style.ScrollbarSize = std::max(style.ScrollbarSize, 20.0f);
        style.GrabMinSize = std::max(style.GrabMinSize, 24.0f);
    }
    float ratio = options.device_pixel_ratio > 0 ? options.device_pixel_ratio : 1.0f;
    style.ScaleAllSizes(ratio);
    if (options.high_contrast) {  // borders are not scaled by ScaleAllSizes
        style.FrameBorderSize = 2.0f * ratio;
        style.WindowBorderSize = style.ChildBorderSize = style.PopupBorderSize = ratio;
        style.TabBorderSize = ratio;
    }
    style.FontSizeBase = kBaseFontSize;
    style.FontScaleMain = scale;
    style.FontScaleDpi = ratio;  // glyphs rasterized at device resolution: crisp on HiDPI
}

ImVec4 tone_color(Tone tone) {
    switch (tone) {
    case Tone::error: return g_high_contrast ? rgb(0xA80000) : ImVec4(0.8f, 0.1f, 0.1f, 1);
    case Tone::ok: return g_high_contrast ? rgb(0x005A1E) : ImVec4(0.1f, 0.5f, 0.2f, 1);
    case Tone::warning: return g_high_contrast ? rgb(0x6B3E00) : ImVec4(0.75f, 0.45f, 0, 1);
    case Tone::link: return g_high_contrast ? rgb(0x0040B0) : ImVec4(0.1f, 0.35f, 0.7f, 1);
    case Tone::note: return g_high_contrast ? rgb(0x404040) : ImVec4(0.45f, 0.45f, 0.45f, 1);
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

// #0040B0: 8:1 on the light theme's grey, 8.9:1 on white (high contrast).
ImVec4 focus_ring_color() { return rgb(0x0040B0); }

DisplaySettings load_display_settings(const DraftStore& store) {
    DisplaySettings out;
    nlohmann::json j = nlohmann::json::parse(store.setting(kDisplayKey), nullptr, false);
    if (!j.is_object()) return out;
    float scale = j.value("text_scale", 1.0f);
    for (float s : kTextScales)
        if (s == scale) out.text_scale = s;  // anything else: 标准
    out.high_contrast = j.value("high_contrast", false);
    return out;
}

bool save_display_settings(DraftStore& store, const DisplaySettings& settings) {
    return store.set_setting(kDisplayKey,
                             nlohmann::json{{"text_scale", settings.text_scale}, {"high_contrast", settings.high_contrast}}.dump());
}

const DisplaySettings& display_settings() { return g_display; }

void set_display_settings(const DisplaySettings& settings) {
    g_display = settings;
    g_display_version++;
}

int display_settings_version() { return g_display_version; }

}  // namespace skillaid::ui
