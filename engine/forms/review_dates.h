// The dates of a claim's review (二(一)): the public notice of 5 working days
// from the day it starts, and the payment within 30 working days after it
// ends, counted on the engine's calendar (engine/calendar.h, "publicity");
// and whether a claim is overdue. Dates are "YYYY-MM-DD" strings as stored.
#pragma once
#include <string>
#include <string_view>

namespace skillaid {

struct ReviewDates {
    std::string publicity_start, publicity_ends, payment_by;  // "" when not publicized
};

// compute_deadlines("publicity", start): 2026-09-28 -> ends 2026-10-09, pay by
// 2026-11-19. "" -> all "". Throws InputError invalid_date or
// date_outside_calendar (path "/date") like compute_deadlines.
ReviewDates review_dates(const std::string& publicity_start);

enum class Overdue { no, unpaid, paid_late };

// unpaid:    status "publicized" and today after payment_by;
// paid_late: status "paid" and paid_on after payment_by.
Overdue review_overdue(std::string_view status, std::string_view payment_by, std::string_view paid_on,
                       std::string_view today);
const char* overdue_id(Overdue o);     // "", "unpaid", "paid_late"
const char* overdue_label(Overdue o);  // "", "逾期未拨付", "逾期拨付"

}  // namespace skillaid
