#include <boost/test/unit_test.hpp>

#include "engine/date.h"
#include "engine/errors.h"

using namespace skillaid;

BOOST_AUTO_TEST_SUITE(date)

BOOST_AUTO_TEST_CASE(parses_and_formats_existing_days) {
    Date d = parse_date("2024-02-29", "/date");
    BOOST_TEST(d.year == 2024);
    BOOST_TEST(d.month == 2);
    BOOST_TEST(d.day == 29);
    BOOST_TEST(format_date(d) == "2024-02-29");
}

BOOST_AUTO_TEST_CASE(rejects_days_that_do_not_exist_with_path) {
    for (const char* bad : {"2023-02-29", "2026-13-01", "2026-04-31", "2026-4-1", "20260401", "2026-04-0a", ""}) {
        try {
            parse_date(bad, "/date");
            BOOST_ERROR("accepted " << bad);
        } catch (const InputError& e) {
            BOOST_TEST(e.code == "invalid_date");
            BOOST_TEST(e.path == "/date");
        }
    }
}

BOOST_AUTO_TEST_CASE(day_arithmetic_and_weekdays) {
    BOOST_TEST(days_from_civil(Date{1970, 1, 1}) == 0);
    BOOST_TEST(format_date(add_days(Date{2024, 2, 28}, 1)) == "2024-02-29");
    BOOST_TEST(format_date(add_days(Date{2026, 1, 1}, -1)) == "2025-12-31");
    BOOST_TEST(weekday(Date{2026, 3, 16}) == 1);  // a Monday
    BOOST_TEST(weekday(Date{2026, 11, 29}) == 0);  // a Sunday
}

BOOST_AUTO_TEST_CASE(adding_months_keeps_the_day_or_takes_the_month_end) {
    BOOST_TEST(format_date(add_months(Date{2025, 3, 2}, 12)) == "2026-03-02");
    BOOST_TEST(format_date(add_months(Date{2024, 2, 29}, 12)) == "2025-02-28");  // no 29th: the month's last day
    BOOST_TEST(format_date(add_months(Date{2025, 1, 31}, 1)) == "2025-02-28");
    BOOST_TEST(format_date(add_months(Date{2025, 11, 30}, 3)) == "2026-02-28");
    BOOST_TEST(format_date(add_months(Date{2025, 12, 15}, 1)) == "2026-01-15");
}

BOOST_AUTO_TEST_SUITE_END()
