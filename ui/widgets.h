// Form widgets: a label, the field, and the field's Chinese validation message
// drawn next to it (red for errors, orange for warnings). Every widget
// publishes a test hook under its key (text = the value) and `<key>.error`
// (text = the message, "" when none). Validation (engine/forms/validation.h)
// is data: a form model's validate() fills it once per edit; widgets only look
// their key up.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/forms/validation.h"

namespace skillaid {

namespace ui {

inline constexpr float kLabelWidthEm = 8.5f;  // label column, in font heights
inline constexpr float kFieldWidthEm = 18.0f; // default field width
inline constexpr float kMessageMinEm = 10.0f; // narrower than this beside the field: message goes below

// The virtual keyboard a text field brings up on phones (the IME bridge's inputmode).
enum class Keyboard { text, numeric, decimal, tel, email, url };

// Each returns true when the user changed the value this frame.
bool text_field(const char* key, const char* label, std::string& value, const Validation& v,
                const char* hint = nullptr, float width_em = kFieldWidthEm, Keyboard keyboard = Keyboard::text);
bool number_field(const char* key, const char* label, long long& value, const Validation& v,
                  float width_em = 8.0f);
// "YYYY-MM-DD" typed as text (the form validates it).
bool date_field(const char* key, const char* label, std::string& value, const Validation& v);
// One row for a range: "label [from] 至 [to]"; the fields' accessible names are name_from and name_to.
bool date_range_field(const char* label, const char* key_from, const char* name_from, std::string& from, const char* key_to,
                      const char* name_to, std::string& to, const Validation& v);
// `index` into `options`; -1 shows the hint "请选择".
bool select_field(const char* key, const char* label, int& index, const char* const* options, int count,
                  const Validation& v, float width_em = kFieldWidthEm);
// A label with a read-only value (computed fields).
void value_field(const char* key, const char* label, const std::string& value);

// Asks for `keyboard` while the last item is the active text field (call right after the widget).
void keyboard_for_last_item(Keyboard keyboard);

// Starts a labelled row (label in the label column); use for custom widgets,
// then call field_message(key, v) after the widget.
void field_label(const char* label);
// A section title (ImGui::SeparatorText), mirrored as a level-2 heading (ui/a11y.h).
void section(const char* title);
void field_message(const char* key, const Validation& v);

// "提交前需要修正": every error (and warning) with where it is. Published as
// hook "issues_summary" (text: error count). Returns the clicked issue's field or "".
std::string issues_summary(const Validation& v);

// Publishes a test hook named "<prefix>.<suffix>" (no-op outside test builds).
void hook(const std::string& name, const char* text);

}  // namespace ui
}  // namespace skillaid
