#include "engine/date.h"

#include <algorithm>
#include <cstdio>

#include "engine/errors.h"

namespace skillaid {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return days[month - 1];
}

Date parse_date(std::string_view text, const std::string& path) {
    if (const std::optional<Date> d = read_day(text)) return *d;
    throw InputError("invalid_date", "日期“" + std::string(text) + "”无效：应为存在的日期，格式 YYYY-MM-DD", path);
}

std::optional<Date> read_day(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; p++)
        for (int i = 0; i < lengths[p]; i++) {
            char c = text[static_cast<size_t>(starts[p] + i)];
            if (c < '0' || c > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    Date d{parts[0], parts[1], parts[2]};
    if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string format_date(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(const Date& d) {
    long y = d.year - (d.month <= 2 ? 1 : 0);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.month + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (month <= 2 ? 1 : 0)), static_cast<int>(month), static_cast<int>(day)};
}

Date add_days(const Date& d, long days) { return civil_from_days(days_from_civil(d) + days); }

Date add_months(const Date& d, int months) {
    int m = d.year * 12 + (d.month - 1) + months;
    Date out{m / 12, m % 12 + 1, d.day};
    out.day = std::min(out.day, days_in_month(out.year, out.month));
    return out;
}

int weekday(const Date& d) {
    long z = days_from_civil(d);
    return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

}  // namespace skillaid
