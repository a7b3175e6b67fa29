// 显示设置: the text size (标准 / 大 / 特大) and the high-contrast theme, kept in
// the settings table (ui/style.h) and applied before the next frame by ui/main.cpp.
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid {

void draw_display(AppState& app) {
    ui::DisplaySettings settings = ui::display_settings();
    bool changed = false;
    ImGui::SeparatorText(text::display_heading);

    ImGui::TextUnformatted(text::display_text_size);
    for (int i = 0; i < 3; i++) {
        ImGui::PushID(i);
        if (ImGui::RadioButton(text::display_size_names[i], settings.text_scale == ui::kTextScales[i])) {
            settings.text_scale = ui::kTextScales[i];
            changed = true;
        }
        test_hook_item((std::string("display.size.") + std::to_string(i)).c_str(), text::display_size_names[i]);
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();

    if (ImGui::Checkbox(text::display_high_contrast, &settings.high_contrast)) changed = true;
    test_hook_item("display.contrast", settings.high_contrast ? "1" : "0");

    ImGui::Spacing();
    ImGui::TextWrapped("%s", text::display_sample);
    ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", text::sync_submit_fix_first);

    if (!changed) return;
    ui::set_display_settings(settings);  // applied before the next frame
    if (app.store_ok && ui::save_display_settings(app.store, settings)) {
        set_notice(app, text::display_saved, false);
        web::persist_files();
    } else {
        storage_notice(app, text::storage_failed);
    }
    web::request_frame();
}

}  // namespace skillaid
