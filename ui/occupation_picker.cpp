#include "ui/occupation_picker.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"  // the focused / activated item (a suggestion focused through the mirror)
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid::ui {

constexpr int kSuggestionRows = 8;      // visible rows of the list
constexpr int kSuggestionsDrawn = 32;   // at most this many listed

bool OccupationPicker::draw(const char* key, const char* label, const char* hint, OccupationChoice& choice,
                            const Validation& v) {
    int& number = choice.number;
    std::string& query = choice.query;
    bool changed = false;
    field_label(label);
    const float avail = ImGui::GetContentRegionAvail().x;  // phones: the field at full width (field_label)
    ImGui::SetNextItemWidth(narrow_layout() ? avail : std::min(avail, ImGui::GetFontSize() * kFieldWidthEm));
    ImGui::PushID(key);
    // Keyboard (H4): Up/Down move the highlighted suggestion (the field keeps
    // them: ImGuiInputTextFlags_CallbackHistory), Enter picks it, Esc or Tab close the list.
    bool edited = ImGui::InputTextWithHint("##occupation", hint, &query, ImGuiInputTextFlags_CallbackHistory,
                                           &OccupationPicker::on_arrow_key, this);
    const bool deactivated = ImGui::IsItemDeactivated();
    a11y::value_last_item(query.c_str());
    bool active = ImGui::IsItemActive();
    bool input_hovered = ImGui::IsItemHovered();
    test_hook_item(key, query.c_str());
    const Occupation* o = choice.chosen();
    if (o) {
        char cls[2] = {o->cls ? o->cls : '-', 0};
        char line[160];
        std::snprintf(line, sizeof line, text::ta_occupation_selected_format, o->number, cls, o->urgent ? text::catalog_urgent : "");
        wrap_next(ImGui::CalcTextSize(line).x);  // beside the field, or below it when it does not fit
        ImGui::TextDisabled("%s", line);
        a11y::text(line);
    }
    hook(std::string(key) + "_selected", o ? o->name.c_str() : "");
    if (edited) {
        number = 0;  // typing un-chooses; an exact name chooses
        if (const Occupation* exact = find_occupation(std::string_view(query))) number = exact->number;
        changed = true;
    }
    field_message(key, v);
    if (query != searched_) {  // search only when the query changed
        suggestions_ = query.empty() ? std::vector<const Occupation*>() : search_occupations(query);
        searched_ = query;
        highlight_ = 0;
    }
    int listed = std::min(static_cast<int>(suggestions_.size()), kSuggestionsDrawn);
    highlight_ = std::clamp(highlight_, 0, std::max(listed - 1, 0));
    if (deactivated && open_ && listed > 0 &&
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))) {
        const Occupation* s = suggestions_[static_cast<size_t>(highlight_)];  // H4: Enter picks the highlighted one
        number = s->number;
        query = s->name;
        changed = true;
    }
    // Left by keyboard: closed. A screen reader moving to a suggestion (the mirror focuses or presses
    // it, which ends the edit) keeps the list until the focus leaves the suggestions.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    auto is_option = [&](ImGuiID id) {
        return id != 0 && std::find(option_ids_.begin(), option_ids_.end(), id) != option_ids_.end();
    };
    const bool option_focused = is_option(g.NavId) || is_option(g.NavActivateId);
    if (deactivated && !ImGui::IsMouseDown(ImGuiMouseButton_Left) && !option_focused) open_ = false;
    if (option_focused_ && !option_focused && !active) open_ = false;
    option_focused_ = option_focused;
    // Open while typing; stays open until a choice or a click elsewhere (the
    // field loses focus on the same click that picks a suggestion).
    if (active && edited) open_ = true;
    option_ids_.clear();
    if (open_ && !suggestions_.empty()) {
        bool clicked_outside = false;
        float indent = ImGui::GetFontSize() * kLabelWidthEm;
        ImGui::Indent(indent);
        int rows = std::min(static_cast<int>(suggestions_.size()), kSuggestionRows);
        float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(rows) + ImGui::GetStyle().WindowPadding.y * 2;
        ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);  // H4: driven from the field, not a tab stop
        if (ImGui::BeginChild("##suggestions", ImVec2(ImGui::GetFontSize() * kFieldWidthEm, height), ImGuiChildFlags_Borders)) {
            for (int i = 0; i < listed; i++) {
                const Occupation* s = suggestions_[static_cast<size_t>(i)];
                std::string row = std::to_string(s->number) + " " + s->name;
                bool highlighted = i == highlight_ && active;  // H4: what Enter picks
                if (highlighted && scroll_to_highlight_) ImGui::SetScrollHereY();
                if (ImGui::Selectable(row.c_str(), highlighted)) {
                    number = s->number;
                    query = s->name;
                    open_ = false;
                    changed = true;
                }
                option_ids_.push_back(ImGui::GetItemID());
                a11y::role_last_item(a11y::Role::option, s->number == number);
                hook(std::string(key) + ".option." + std::to_string(i), s->name.c_str());
            }
            clicked_outside = ImGui::IsMouseClicked(0) && !active &&
                              !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
        }
        ImGui::EndChild();
        ImGui::PopItemFlag();
        scroll_to_highlight_ = false;
        ImGui::Unindent(indent);
        if (clicked_outside && !input_hovered) open_ = false;
    }
    ImGui::PopID();
    return changed;
}

// H4: Up/Down while the field is active (ImGuiInputTextFlags_CallbackHistory).
int OccupationPicker::on_arrow_key(ImGuiInputTextCallbackData* data) {
    auto* self = static_cast<OccupationPicker*>(data->UserData);
    if (data->EventFlag != ImGuiInputTextFlags_CallbackHistory || self->suggestions_.empty()) return 0;
    int last = std::min(static_cast<int>(self->suggestions_.size()), kSuggestionsDrawn) - 1;
    if (!self->open_) {
        self->open_ = data->EventKey == ImGuiKey_DownArrow;  // Down opens the list at its first row
        self->highlight_ = 0;
    } else {
        self->highlight_ = std::clamp(self->highlight_ + (data->EventKey == ImGuiKey_DownArrow ? 1 : -1), 0, last);
    }
    self->scroll_to_highlight_ = true;
    return 0;
}

}  // namespace skillaid::ui
