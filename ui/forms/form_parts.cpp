#include "ui/forms/form_parts.h"

#include <algorithm>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/forms.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"

namespace skillaid::parts {

void provisional_note(const char* key, const std::string& warning) {
    if (!warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::warning));
        ImGui::TextWrapped("%s", warning.c_str());
        a11y::text(warning.c_str());
        ImGui::PopStyleColor();
    }
    test_hook_item(key, warning.c_str());
}

bool check_field(const char* key, const char* label, bool& value, const Validation& v) {
    ImGui::PushID(key);
    bool changed = ImGui::Checkbox("##c", &value);
    a11y::name_last_item(label);  // the label is drawn after the box
    a11y::field_last_item();
    ImGui::PopID();
    test_hook_item(key, value ? "true" : "false");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);  // wrapped: the checklist's items are whole sentences
    ImGui::PopTextWrapPos();
    ui::field_message(key, v);
    return changed;
}

bool multiline_field(const char* key, const char* label, std::string& value, const Validation& v, int lines,
                     const char* hint) {
    ui::field_label(label);
    float width = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * ui::kFieldWidthEm * 1.6f);
    ImGui::PushID(key);
    bool changed = ImGui::InputTextMultiline("##f", &value,
                                             ImVec2(width, ImGui::GetTextLineHeight() * static_cast<float>(lines) +
                                                               ImGui::GetStyle().FramePadding.y * 2));
    a11y::value_last_item(value.c_str(), true);
    ImGui::PopID();
    test_hook_item(key, value.c_str());
    if (hint && value.empty()) ImGui::SetItemTooltip("%s", hint);
    ui::field_message(key, v);
    return changed;
}

void focus_first_field(FormContext& ctx) {
    if (!ctx.focus_first_field) return;
    ImGui::SetKeyboardFocusHere();
    ctx.focus_first_field = false;
}

// the unit profile from the form's own unit fields (checked by save_unit_profile).
void save_to_profile_button(const FormModel& model, FormContext& ctx) {
    if (ImGui::SmallButton(text::profile_save_from_form)) {
        Profile p = ctx.app.profile;
        model.to_profile(p);
        save_unit_profile(ctx.app, p);
    }
    test_hook_item("profile.save_from_form", nullptr);
}

}  // namespace skillaid::parts
