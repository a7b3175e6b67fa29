#include "ui/forms/form_parts.h"

#include <algorithm>

#include "engine/errors.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/forms.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid::parts {

void provisional_note(const char* key, const std::string& warning) {
    if (!warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.45f, 0.0f, 1.0f));
        ImGui::TextWrapped("%s", warning.c_str());
        ImGui::PopStyleColor();
    }
    test_hook_item(key, warning.c_str());
}

std::string trimmed(std::string_view s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

bool check_field(const char* key, const char* label, bool& value, const Validation& v) {
    ImGui::PushID(key);
    bool changed = ImGui::Checkbox("##c", &value);
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
    ImGui::PopID();
    test_hook_item(key, value.c_str());
    if (hint && value.empty()) ImGui::SetItemTooltip("%s", hint);
    ui::field_message(key, v);
    return changed;
}

std::string html_lines(std::string_view s) {
    std::string out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string_view::npos) end = s.size();
        if (start > 0) out += "<br>";
        out += html_escape(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string print_head(const std::string& title) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title><style>"
           "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;margin:24px;color:#000;line-height:1.7}"
           "h1{text-align:center;font-size:22px;letter-spacing:2px}h2{font-size:17px;margin:20px 0 6px}"
           "h3{font-size:15px;margin:12px 0 4px}p{margin:4px 0}"
           "table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #000;padding:6px 8px;"
           "font-size:14px;text-align:left;vertical-align:top}th{font-weight:normal;background:#f4f4f4;width:16%}"
           ".box{height:110px}.sign{display:flex;justify-content:space-between;margin-top:40px}"
           ".photo{width:120px;text-align:center}.photo img{max-width:110px;max-height:150px}"
           ".page{page-break-after:always}@media print{body{margin:0}th{background:none}}"
           "</style></head><body>";
}

bool check_date_range(Validation& v, const DateField& from_field, const DateField& to_field,
                      const char* order_message, Date& from, Date& to) {
    bool dates_ok = true;
    for (auto [field, out] : {std::pair{&from_field, &from}, std::pair{&to_field, &to}}) {
        const std::string value = trimmed(field->text);
        if (value.empty()) {
            v.error(field->key, field->label, text::required_message);
            dates_ok = false;
            continue;
        }
        try {
            *out = parse_date(value, "");
        } catch (const InputError& e) {
            v.error(field->key, field->label, e.message);
            dates_ok = false;
        }
    }
    if (dates_ok && to < from) v.error(to_field.key, to_field.label, order_message);
    return dates_ok;
}

}  // namespace skillaid::parts
