// Calendar dates without time zones: the notice counts days, never hours.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace skillaid {

struct Date {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31

    auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Strict "YYYY-MM-DD" of a day that exists (1900..9999). Throws InputError
// {"invalid_date", <Chinese message quoting the text>, path} otherwise.
Date parse_date(std::string_view text, const std::string& path);
// The same rules without an error: nullopt for anything else (a field that may
// be blank or unfinished; no exception on the server's per-trainee path).
std::optional<Date> read_day(std::string_view text);
std::string format_date(const Date& d);  // "YYYY-MM-DD"

// Days since 1970-01-01 and back; weekday 0 = Sunday .. 6 = Saturday.
long days_from_civil(const Date& d);
Date civil_from_days(long days);
Date add_days(const Date& d, long days);
// The same day `months` later; the month's last day when it has no such day
// (2024-02-29 + 12 -> 2025-02-28): the end of a period "之日起 N 个月" (民法典 202).
Date add_months(const Date& d, int months);
int weekday(const Date& d);

}  // namespace skillaid
