// Working-day calendar (State Council holiday schedules, one embedded file a
// year: assets/calendar/YYYY.json) and the deadlines of notice
// 长人社联〔2020〕12号 counted on it (assets/calendar/deadlines.json).
//
// A day is covered when its calendar year has a file. The files are merged:
// a day counts as a holiday or make-up working day whichever file lists it
// (2022-12-31 is in the 2023 notice). Asking about a day that is not covered
// throws InputError "date_outside_calendar" (path "/date"): no guessing.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/date.h"

namespace skillaid {

enum class DayKind {
    workday,         // Monday..Friday, not a holiday
    weekend,         // Saturday or Sunday, not a make-up working day
    holiday,         // a day off of the State Council schedule
    makeup_workday,  // a weekend day made a working day (调休上班)
};
const char* day_kind_name(DayKind kind);  // "workday", "weekend", "holiday", "makeup_workday"

class WorkCalendar {
public:
    // The calendar built from the embedded assets/calendar/YYYY.json files.
    static const WorkCalendar& embedded();

    // One JSON text per year, each {"year": 2026, "source": "...", "holidays": [...],
    // "makeup_workdays": [...]}. Throws std::runtime_error on malformed data.
    explicit WorkCalendar(const std::vector<std::string_view>& year_files);

    bool covers(const Date& d) const;
    int first_covered_year() const;
    int last_covered_year() const;
    std::string source(int year) const;  // the notice the year's file copies; "" when none

    // These throw InputError "date_outside_calendar" for a day not covered,
    // also when the count walks out of the covered years.
    DayKind day_kind(const Date& d) const;
    bool is_working_day(const Date& d) const;
    Date working_day_before(const Date& d, int n) const;     // nth working day before d (d excluded)
    Date working_day_counting(const Date& first, int n) const;  // nth working day from first (first counted if working)
    Date working_day_after(const Date& d, int n) const;      // nth working day after d (d excluded)
    int working_days_between(const Date& from, const Date& to) const;  // working days in (from, to]; negative when to < from

    // The InputError thrown for `d`; `path` is the JSON Pointer to blame.
    [[noreturn]] void throw_outside(const Date& d, const std::string& path) const;

private:
    void require(const Date& d) const;
    Date step_working(Date d, int n, int direction) const;

    std::set<int> years_;
    std::vector<std::string> sources_;  // index: year - first_covered_year()
    std::set<long> holidays_;           // days_from_civil
    std::set<long> makeup_workdays_;
};

// One dated deadline of an event.
struct Deadline {
    std::string name;     // "apply_by", "materials_by", "publicity_ends", "payment_by"
    std::string label;    // Chinese, e.g. "开班申请截止"
    Date date;
    std::string clause;   // e.g. "五(三)2(1)"
    std::string explain;  // Chinese, how the date is counted
    std::string note;     // Chinese, "" or e.g. a calendar-day deadline falling on a day off
};

// The event kinds of assets/calendar/deadlines.json, sorted.
std::vector<std::string> deadline_event_kinds();

// Typed form. Throws InputError unknown_event ("/event"), date_outside_calendar ("/date").
std::vector<Deadline> compute_deadlines(std::string_view event, const Date& date);

// {"event": "class_opening"|"assessment"|"competition"|"publicity",
//  "date": "YYYY-MM-DD"} -> the event's deadlines (contract "deadlines"):
// {"event", "date", <flat name: date>..., "deadlines": [{name, label, date,
// clause, explain[, note]}]}. Throws InputError: unknown_event (/event),
// invalid_date (/date), date_outside_calendar (/date).
nlohmann::json deadlines_for_event(const nlohmann::json& event);

// "Is this late?": compares `actual` (e.g. the day the application is filed)
// with one deadline of the event (`deadline` "" = the event's first one).
struct DeadlineCheck {
    Deadline deadline;
    bool late = false;
    bool working_days = false;  // counts below are in working days (else calendar days)
    int days_late = 0;          // > 0 when late
    int days_left = 0;          // >= 0 when on time: days from actual to the deadline
};
DeadlineCheck check_deadline(std::string_view event, const Date& date, std::string_view deadline, const Date& actual);

// {"event", "date", "actual": "YYYY-MM-DD"[, "deadline": "apply_by"]} ->
// {"event", "date", "actual", "deadline", "deadline_date", "clause", "late",
//  "unit": "working_days"|"calendar_days", "days_late", "days_left", "message"}.
// Extra errors: invalid_date (/actual), unknown_deadline (/deadline).
nlohmann::json check_deadline_json(const nlohmann::json& request);

}  // namespace skillaid
