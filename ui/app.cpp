#include "ui/app.h"

#include <algorithm>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid {

void draw_app(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin(text::welcome_window, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);

    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
    ImGui::TextUnformatted(text::app_name);
    test_hook_item("title", text::app_name);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::app_name_latin);
    ImGui::TextWrapped("%s", text::app_tagline);
    ImGui::Separator();
    ImGui::Spacing();

    ImGui::TextUnformatted(text::org_name_label);
    test_hook_item("org_name_label", text::org_name_label);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f));
    ImGui::InputTextWithHint("##org_name", text::org_name_hint, &app.org_name);
    test_hook_item("org_name", app.org_name.c_str());

    if (ImGui::Button(text::start_button)) {
        app.start_pressed = true;
        app.confirmed_name = app.org_name;
    }
    test_hook_item("start", nullptr);
    if (app.start_pressed) {
        if (app.confirmed_name.empty())
            ImGui::TextUnformatted(text::greeting_empty);
        else
            ImGui::Text(text::greeting_format, app.confirmed_name.c_str());
        test_hook_item("greeting", app.confirmed_name.c_str());
    }

    ImGui::Spacing();
    ImGui::TextDisabled("%s", text::offline_note);
    if (!app.full_font_loaded) ImGui::TextDisabled("%s", text::font_loading);
    ImGui::TextDisabled("%s: %s", text::storage_label, app.storage_status.c_str());
    ImGui::End();
}

}  // namespace skillaid
