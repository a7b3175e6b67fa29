// Small view pieces shared by the form views (ui/forms/*.cpp): fields that
// ui/widgets.h does not offer (checkbox, multi-line text) and the
// provisional-calendar note. Text helpers are in engine/forms/text.h.
#pragma once
#include <string>

#include "engine/forms/fields.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "ui/forms.h"
#include "ui/widgets.h"

namespace skillaid::parts {

// Transitional names of engine/forms helpers (the views are moving onto them).
using skillaid::DateField;
using skillaid::check_date_range;
using skillaid::html_lines;
using skillaid::print_head;
using skillaid::trimmed;
template <typename... Args>
std::string printf_text(const char* fmt, Args... args) { return format_text(fmt, args...); }

// A checkbox with its (wrapped) label on the right; hook `key` ("true"/"false") is the box.
bool check_field(const char* key, const char* label, bool& value, const Validation& v);
// Multi-line text, `lines` rows high, labelled like the other fields.
bool multiline_field(const char* key, const char* label, std::string& value, const Validation& v, int lines,
                     const char* hint = nullptr);
// Before the view's first field: takes the focus there when the editor was opened by keyboard
// (FormContext::focus_first_field), not on the buttons above it.
void focus_first_field(FormContext& ctx);
// the 保存为单位信息 button (hook "profile.save_from_form"): the form's unit fields into the unit profile.
void save_to_profile_button(const FormModel& model, FormContext& ctx);
// The provisional-calendar warning of a date (engine provisional_warning): wrapped, in
// the note colour, nothing when empty; hook `key` carries the text ("" when none).
void provisional_note(const char* key, const std::string& warning);

}  // namespace skillaid::parts
