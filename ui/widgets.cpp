#include "ui/widgets.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid {

constexpr int kSummaryMaxRows = 8;  // visible rows of the summary list before it scrolls
constexpr float kDateWidthEm = 8.0f;     // a date field
constexpr float kDateHintFade = 0.35f;   // "年-月-日": this far from the hint color towards the field's background

namespace ui {

void hook(const std::string& name, const char* text) {
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item(name.c_str(), text);
#else
    (void)name;
    (void)text;
#endif
}

static ImVec4 issue_color(bool warning) { return tone_color(warning ? Tone::warning : Tone::error); }

// Phones (ui::narrow_layout()): the label on its own line, the field below it at full width.
void field_label(const char* label) {
    if (narrow_layout()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(label);
        ImGui::PopTextWrapPos();
        a11y::label_next(label);
        return;
    }
    // A label wider than the column is never cut: it breaks before its "（" (else wraps) inside the column.
    const float column = ImGui::GetFontSize() * kLabelWidthEm, room = column - ImGui::GetStyle().ItemSpacing.x;
    ImGui::AlignTextToFramePadding();
    if (ImGui::CalcTextSize(label).x <= room) {
        ImGui::TextUnformatted(label);
    } else {
        std::string text = label;
        if (size_t paren = text.find("（"); paren != std::string::npos && paren > 0) text.insert(paren, "\n");
        ImGui::PushTextWrapPos(room);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
    }
#ifdef SKILLAID_TEST_HOOKS
    hook(std::string("label.") + label, label);  // the drawn label's rectangle (tests: never under its field)
#endif
    a11y::label_next(label);  // drawn apart from its field: the field's accessible name
    ImGui::SameLine(column);
}

void section(const char* title) {
    ImGui::SeparatorText(title);
    a11y::heading(2, title);
}

void keyboard_for_last_item(Keyboard keyboard) {
    if (!ImGui::IsItemActive()) return;
    static const char* const kInputModes[] = {"text", "numeric", "decimal", "tel", "email", "url"};
    web::set_text_input_kind(kInputModes[static_cast<int>(keyboard)], "next");
}

static void set_width(float width_em) {
    float avail = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(narrow_layout() ? avail : std::min(avail, ImGui::GetFontSize() * width_em));
}

// Beside the field when there is room, else below it.
static void draw_message(const FieldIssue& issue) {
    if (ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x > ImGui::GetFontSize() * kMessageMinEm)
        ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, issue_color(issue.warning));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(issue.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void field_message(const char* key, const Validation& v) {
    const FieldIssue* issue = v.find(key);
    if (issue) draw_message(*issue);
    a11y::field_error(issue ? issue->message.c_str() : nullptr, issue && issue->warning);
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item((std::string(key) + ".error").c_str(), issue ? issue->message.c_str() : "");
#endif
}

bool text_field(const char* key, const char* label, std::string& value, const Validation& v, const char* hint,
                float width_em, Keyboard keyboard) {
    field_label(label);
    set_width(width_em);
    ImGui::PushID(key);
    bool changed = ImGui::InputTextWithHint("##f", hint ? hint : "", &value);
    keyboard_for_last_item(keyboard);
    a11y::value_last_item(value.c_str());
    ImGui::PopID();
    test_hook_item(key, value.c_str());
    field_message(key, v);
    return changed;
}

bool number_field(const char* key, const char* label, long long& value, const Validation& v, float width_em) {
    field_label(label);
    set_width(width_em);
    ImGui::PushID(key);
    bool changed = ImGui::InputScalar("##f", ImGuiDataType_S64, &value);
    keyboard_for_last_item(Keyboard::numeric);
    a11y::value_last_item(std::to_string(value).c_str());
    ImGui::PopID();
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item(key, std::to_string(value).c_str());
#endif
    field_message(key, v);
    return changed;
}

// An empty date shows "年-月-日" lighter than any hint, so that it never reads as a filled value.
static bool date_input(const char* key, std::string& value) {
    ImGui::PushID(key);
    const bool empty = value.empty();
    if (empty) {
        const ImVec4 hint = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), bg = ImGui::GetStyleColorVec4(ImGuiCol_FrameBg);
        ImGui::PushStyleColor(ImGuiCol_TextDisabled, ImVec4(hint.x + (bg.x - hint.x) * kDateHintFade, hint.y + (bg.y - hint.y) * kDateHintFade,
                                                            hint.z + (bg.z - hint.z) * kDateHintFade, hint.w));
    }
    bool changed = ImGui::InputTextWithHint("##f", text::date_empty_hint, &value);
    if (empty) ImGui::PopStyleColor();
    keyboard_for_last_item(Keyboard::text);
    a11y::value_last_item(value.c_str());
    ImGui::PopID();
    test_hook_item(key, value.c_str());
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item((std::string(key) + ".hint").c_str(), value.empty() ? text::date_empty_hint : "");
#endif
    return changed;
}

bool date_field(const char* key, const char* label, std::string& value, const Validation& v) {
    field_label(label);
    set_width(kDateWidthEm);
    bool changed = date_input(key, value);
    field_message(key, v);
    return changed;
}

bool date_range_field(const char* label, const char* key_from, const char* name_from, std::string& from, const char* key_to,
                      const char* name_to, std::string& to, const Validation& v) {
    field_label(label);
    const FieldIssue *issue_from = v.find(key_from), *issue_to = v.find(key_to);
    a11y::label_next(name_from);  // each field keeps its own name (培训时间（起）) and message
    set_width(kDateWidthEm);
    bool changed = date_input(key_from, from);
    a11y::field_error(issue_from ? issue_from->message.c_str() : nullptr, issue_from && issue_from->warning);
    // Side by side; on a phone each field is the screen's width: 至 and 止 go below 起.
    const bool narrow = narrow_layout();
    if (!narrow) ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text::date_range_to);
    if (!narrow) ImGui::SameLine();
    a11y::label_next(name_to);
    set_width(kDateWidthEm);
    changed |= date_input(key_to, to);
    a11y::field_error(issue_to ? issue_to->message.c_str() : nullptr, issue_to && issue_to->warning);
    // Drawn once when both say the same (必填), else each.
    if (issue_from) draw_message(*issue_from);
    if (issue_to && !(issue_from && issue_from->message == issue_to->message)) draw_message(*issue_to);
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item((std::string(key_from) + ".error").c_str(), issue_from ? issue_from->message.c_str() : "");
    test_hook_item((std::string(key_to) + ".error").c_str(), issue_to ? issue_to->message.c_str() : "");
#endif
    return changed;
}

bool select_field(const char* key, const char* label, int& index, const char* const* options, int count,
                  const Validation& v, float width_em) {
    field_label(label);
    set_width(width_em);
    bool changed = false;
    const char* preview = index >= 0 && index < count ? options[index] : text::select_hint;
    ImGui::PushID(key);
    ImGuiID combo_id = ImGui::GetID("##f");
    bool open = ImGui::BeginCombo("##f", preview);
    a11y::describe_item(combo_id, a11y::Role::combobox, index >= 0 && index < count ? options[index] : "", open);
    if (open) {
        for (int i = 0; i < count; i++) {
            if (ImGui::Selectable(options[i], i == index)) {
                changed = i != index;
                index = i;
            }
            a11y::role_last_item(a11y::Role::option, i == index);
#ifdef SKILLAID_TEST_HOOKS
            test_hook_item((std::string(key) + ".option." + std::to_string(i)).c_str(), options[i]);
#endif
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
    test_hook_item(key, index >= 0 && index < count ? options[index] : "");
    field_message(key, v);
    return changed;
}

void value_field(const char* key, const char* label, const std::string& value) {
    ImGui::BeginGroup();  // the mirror's text (label and value) covers both (phones: two lines)
    field_label(label);
    a11y::label_next("");  // the value is text, not a field
    ImGui::TextWrapped("%s", value.c_str());
    ImGui::EndGroup();
    if (a11y::enabled()) a11y::text((std::string(label) + " " + value).c_str());
    test_hook_item(key, value.c_str());
}

std::string issues_summary(const Validation& v) {
    std::string clicked;
    if (v.issues.empty()) {
        ImGui::TextColored(tone_color(Tone::ok), "%s", text::summary_ok);
        a11y::live(text::summary_ok, false);
        test_hook_item("issues_summary", "0");
        return clicked;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, issue_color(v.error_count() == 0));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text(text::summary_title_format, v.error_count(), v.warning_count());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (a11y::enabled()) {  // a status line: the count changes as the user fixes fields
        char title[160];
        std::snprintf(title, sizeof title, text::summary_title_format, v.error_count(), v.warning_count());
        a11y::live(title, false);
    }
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("issues_summary", std::to_string(v.error_count()).c_str());
#endif
    // Each issue is a Selectable as tall as its text wrapped to the width (phones: several lines),
    // the text drawn over it; the box shows kSummaryMaxRows issues, then scrolls. Heights vary, so
    // no clipper: issues above the view are measured (their heights place the rest), those below it
    // take one line each in a single Dummy, so a frame costs the issues up to the view, not all
    // (a 3,000-row roster may have 3,000).
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap = std::max(ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2 - style.ScrollbarSize,
                                ImGui::GetFontSize() * 4.0f);
    auto line_of = [&](size_t i) {
        const FieldIssue& issue = v.issues[i];
        return (issue.warning ? text::warning_prefix : text::error_prefix) + issue.label + "：" + issue.message;
    };
    float box = style.WindowPadding.y;
    for (size_t i = 0; i < v.issues.size() && i < kSummaryMaxRows; i++)
        box += ImGui::CalcTextSize(line_of(i).c_str(), nullptr, false, wrap).y + style.ItemSpacing.y;
    if (ImGui::BeginChild("##issues", ImVec2(0, box), ImGuiChildFlags_None)) {
        const float bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
        for (size_t i = 0; i < v.issues.size(); i++) {
            const float width = ImGui::GetContentRegionAvail().x;
            if (ImGui::GetCursorScreenPos().y > bottom) {  // below the view: one line each
                const float rest = static_cast<float>(v.issues.size() - i);
                ImGui::Dummy(ImVec2(width, rest * ImGui::GetTextLineHeightWithSpacing() - style.ItemSpacing.y));
                break;
            }
            const std::string line = line_of(i);
            const ImVec2 size(width, ImGui::CalcTextSize(line.c_str(), nullptr, false, wrap).y);
            if (!ImGui::IsRectVisible(size)) {
                ImGui::Dummy(size);
                continue;
            }
            ImGui::PushID(static_cast<int>(i));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##issue", false, 0, size)) clicked = v.issues[i].field;
            a11y::name_last_item(line.c_str());
            ImGui::GetWindowDrawList()->AddText(nullptr, 0.0f, at, ImGui::GetColorU32(issue_color(v.issues[i].warning)),
                                                line.c_str(), nullptr, wrap);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    return clicked;
}

}  // namespace ui
}  // namespace skillaid
