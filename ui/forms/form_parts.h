// Small pieces shared by the competition plan and the platform application
// (ui/forms/competition_plan.cpp, platform_application.cpp): fields that
// ui/widgets.h does not offer (checkbox, multi-line text), trimming, printf
// into a std::string, and HTML text with line breaks for print views.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "engine/date.h"
#include "ui/widgets.h"

namespace skillaid::parts {

inline constexpr int kFormatBuffer = 1024;  // longest formatted message

std::string trimmed(std::string_view s);

template <typename... Args>
std::string printf_text(const char* fmt, Args... args) {
    char buf[kFormatBuffer];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

// A checkbox with its (wrapped) label on the right; hook `key` ("true"/"false") is the box.
bool check_field(const char* key, const char* label, bool& value, const Validation& v);
// Multi-line text, `lines` rows high, labelled like the other fields.
bool multiline_field(const char* key, const char* label, std::string& value, const Validation& v, int lines,
                     const char* hint = nullptr);
// A required "from – to" pair of dates typed as YYYY-MM-DD: a message at each
// missing or invalid field, and at `to_key` when `to` is before `from`.
// Returns true (with both dates set) when both are valid dates.
struct DateField {
    const char* key;
    const char* label;
    const std::string& text;
};
bool check_date_range(Validation& v, const DateField& from_field, const DateField& to_field,
                      const char* order_message, Date& from, Date& to);
// The provisional-calendar warning of a date (engine provisional_warning): wrapped, in
// the note colour, nothing when empty; hook `key` carries the text ("" when none).
void provisional_note(const char* key, const std::string& warning);
// html_escape plus "\n" -> <br>.
std::string html_lines(std::string_view s);
// The print views' common page head (title, A4-ish table styles).
std::string print_head(const std::string& title);

}  // namespace skillaid::parts
