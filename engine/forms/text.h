// Small text helpers shared by the form models, their views and the server:
// trimming, printf-style formatting into a std::string (no fixed buffers),
// HTML escaping for print views.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace skillaid {

// `s` without leading and trailing spaces, tabs and line ends.
std::string trimmed(std::string_view s);

// printf into a std::string of whatever length the result needs.
template <typename... Args>
std::string format_text(const char* fmt, Args... args) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
    const int n = std::snprintf(nullptr, 0, fmt, args...);
    if (n <= 0) return {};
    std::string out(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(out.data(), out.size(), fmt, args...);
#pragma GCC diagnostic pop
    out.pop_back();
    return out;
}

// & < > " escaped for HTML text and attribute values.
std::string html_escape(std::string_view s);
// html_escape plus "\n" -> <br>.
std::string html_lines(std::string_view s);

}  // namespace skillaid
