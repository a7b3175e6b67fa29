// A claim's review dates (二(一)): the public notice of 5 working days and the
// payment within 30 working days after it, on the official 2026 calendar; and
// when a claim is overdue.
#include <boost/test/unit_test.hpp>

#include "engine/errors.h"
#include "engine/forms/review_dates.h"

using namespace skillaid;

BOOST_AUTO_TEST_SUITE(review_dates_and_overdue)

BOOST_AUTO_TEST_CASE(across_the_national_day_holiday) {
    // 09-28..30 are 3 working days, 10-01..07 the holiday, 10-08 and 10-09 the 4th and 5th;
    // 30 working days after 10-09 start with the make-up Saturday 10-10 and end on 11-19.
    const ReviewDates d = review_dates("2026-09-28");
    BOOST_TEST(d.publicity_start == "2026-09-28");
    BOOST_TEST(d.publicity_ends == "2026-10-09");
    BOOST_TEST(d.payment_by == "2026-11-19");
}

BOOST_AUTO_TEST_CASE(a_start_on_a_weekend_counts_from_the_next_working_day) {
    // Saturday 2026-03-07: Monday 03-09 is the first day; 清明 (04-04..06) is skipped.
    const ReviewDates d = review_dates("2026-03-07");
    BOOST_TEST(d.publicity_ends == "2026-03-13");
    BOOST_TEST(d.payment_by == "2026-04-27");
    // A working first day counts: Monday 03-09 gives the same end.
    BOOST_TEST(review_dates("2026-03-09").publicity_ends == "2026-03-13");
}

BOOST_AUTO_TEST_CASE(not_publicized_and_bad_dates) {
    const ReviewDates none = review_dates("");
    BOOST_TEST(none.publicity_start == "");
    BOOST_TEST(none.publicity_ends == "");
    BOOST_TEST(none.payment_by == "");
    try {
        review_dates("2019-06-03");
        BOOST_FAIL("a date before the notice is outside the calendar");
    } catch (const InputError& e) {
        BOOST_TEST(e.code == "date_outside_calendar");
        BOOST_TEST(e.path == "/date");
    }
    try {
        review_dates("2026-02-30");
        BOOST_FAIL("no such day");
    } catch (const InputError& e) {
        BOOST_TEST(e.code == "invalid_date");
    }
}

BOOST_AUTO_TEST_CASE(overdue_unpaid_paid_late_and_on_time) {
    const std::string by = "2026-11-19";
    // Publicized and not paid: overdue only once today is after payment_by.
    BOOST_TEST((review_overdue("publicized", by, "", "2026-11-20") == Overdue::unpaid));
    BOOST_TEST((review_overdue("publicized", by, "", "2026-11-19") == Overdue::no));
    BOOST_TEST((review_overdue("publicized", by, "", "2026-09-28") == Overdue::no));  // publicized before payment_by
    // Paid: late only when paid after payment_by; the last day is on time.
    BOOST_TEST((review_overdue("paid", by, "2026-11-20", "2026-12-07") == Overdue::paid_late));
    BOOST_TEST((review_overdue("paid", by, "2026-11-19", "2026-12-07") == Overdue::no));
    BOOST_TEST((review_overdue("paid", by, "2026-10-12", "2026-12-07") == Overdue::no));
    // Not publicized, or returned: never overdue.
    BOOST_TEST((review_overdue("accepted", "", "", "2027-06-01") == Overdue::no));
    BOOST_TEST((review_overdue("returned", by, "", "2027-06-01") == Overdue::no));

    BOOST_TEST(std::string(overdue_id(Overdue::no)) == "");
    BOOST_TEST(std::string(overdue_id(Overdue::unpaid)) == "unpaid");
    BOOST_TEST(std::string(overdue_id(Overdue::paid_late)) == "paid_late");
    BOOST_TEST(std::string(overdue_label(Overdue::no)) == "");
    BOOST_TEST(std::string(overdue_label(Overdue::unpaid)) == "逾期未拨付");
    BOOST_TEST(std::string(overdue_label(Overdue::paid_late)) == "逾期拨付");
}

BOOST_AUTO_TEST_SUITE_END()
