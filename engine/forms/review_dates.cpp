#include "engine/forms/review_dates.h"

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/forms/texts.h"

namespace skillaid {

ReviewDates review_dates(const std::string& publicity_start) {
    ReviewDates dates;
    if (publicity_start.empty())
        return dates;
    dates.publicity_start = publicity_start;
    for (const Deadline& d : compute_deadlines("publicity", parse_date(publicity_start, "/date"))) {
        if (d.name == "publicity_ends")
            dates.publicity_ends = format_date(d.date);
        else if (d.name == "payment_by")
            dates.payment_by = format_date(d.date);
    }
    return dates;
}

// "YYYY-MM-DD" strings compare as the dates they name.
Overdue review_overdue(std::string_view status, std::string_view payment_by, std::string_view paid_on,
                       std::string_view today) {
    if (payment_by.empty())
        return Overdue::no;
    if (status == "publicized" && today > payment_by)
        return Overdue::unpaid;
    if (status == "paid" && !paid_on.empty() && paid_on > payment_by)
        return Overdue::paid_late;
    return Overdue::no;
}

const char* overdue_id(Overdue o) {
    switch (o) {
    case Overdue::unpaid: return "unpaid";
    case Overdue::paid_late: return "paid_late";
    default: return "";
    }
}

const char* overdue_label(Overdue o) {
    switch (o) {
    case Overdue::unpaid: return text::overdue_unpaid;
    case Overdue::paid_late: return text::overdue_paid_late;
    default: return "";
    }
}

}  // namespace skillaid
