#include "ui/occupation_picker.h"

#include <algorithm>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
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
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * kFieldWidthEm));
    ImGui::PushID(key);
    bool edited = ImGui::InputTextWithHint("##occupation", hint, &query);
    bool active = ImGui::IsItemActive();
    bool input_hovered = ImGui::IsItemHovered();
    test_hook_item(key, query.c_str());
    const Occupation* o = choice.chosen();
    if (o) {
        ImGui::SameLine();
        char cls[2] = {o->cls ? o->cls : '-', 0};
        ImGui::TextDisabled(text::ta_occupation_selected_format, o->number, cls, o->urgent ? text::catalog_urgent : "");
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
    }
    // Open while typing; stays open until a choice or a click elsewhere (the
    // field loses focus on the same click that picks a suggestion).
    if (active && edited) open_ = true;
    if (open_ && !suggestions_.empty()) {
        bool clicked_outside = false;
        float indent = ImGui::GetFontSize() * kLabelWidthEm;
        ImGui::Indent(indent);
        int rows = std::min(static_cast<int>(suggestions_.size()), kSuggestionRows);
        float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(rows) + ImGui::GetStyle().WindowPadding.y * 2;
        if (ImGui::BeginChild("##suggestions", ImVec2(ImGui::GetFontSize() * kFieldWidthEm, height), ImGuiChildFlags_Borders)) {
            int n = std::min(static_cast<int>(suggestions_.size()), kSuggestionsDrawn);
            for (int i = 0; i < n; i++) {
                const Occupation* s = suggestions_[static_cast<size_t>(i)];
                std::string row = std::to_string(s->number) + " " + s->name;
                if (ImGui::Selectable(row.c_str())) {
                    number = s->number;
                    query = s->name;
                    open_ = false;
                    changed = true;
                }
                hook(std::string(key) + ".option." + std::to_string(i), s->name.c_str());
            }
            clicked_outside = ImGui::IsMouseClicked(0) && !active &&
                              !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
        }
        ImGui::EndChild();
        ImGui::Unindent(indent);
        if (clicked_outside && !input_hovered) open_ = false;
    }
    ImGui::PopID();
    return changed;
}

}  // namespace skillaid::ui
