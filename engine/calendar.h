// Working-day calendar and the deadlines of notice 长人社联〔2020〕12号
// counted on it (assets/calendar/deadlines.json).
//
// Two kinds of year (docs/calendar.md):
// - official: the State Council's schedule, one file a year
//   (assets/calendar/YYYY.json, embedded; more can be installed at run time:
//   the server's --calendar-dir, the browser's years fetched from the server).
//   The official files are merged: a day counts as a holiday or make-up
//   working day whichever file lists it (2022-12-31 is in the 2023 notice).
// - provisional: a year from 2020 on without an official file, up to the last
//   year of the lunar table (assets/calendar/lunar-dates.json), made from the
//   rules of 《全国年节及纪念日放假办法》 (assets/calendar/statutory-holidays.json):
//   weekends, the statutory holidays, 补假 for a holiday day that falls on a
//   weekend or on another holiday, no make-up working days. Every answer that
//   consulted such a year says so (YearsUsed, provisional_warning()).
// A day before 2020 or after the lunar table throws InputError
// "date_outside_calendar" (path "/date").
#pragma once
#include <map>
#include <memory>
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
    holiday,         // a day off of the State Council schedule (or of the provisional rules)
    makeup_workday,  // a weekend day made a working day (调休上班); never in a provisional year
};
const char* day_kind_name(DayKind kind);  // "workday", "weekend", "holiday", "makeup_workday"

// The provisional years a computation consulted; empty when it used official
// schedules only (or no calendar at all: calendar-day deadlines).
using YearsUsed = std::set<int>;

// One statutory holiday of a provisional year, for month views and notes.
struct ProvisionalHoliday {
    std::string name;         // "春节"
    std::vector<Date> days;   // the holiday's own days (春节: 除夕 and the 3 days after)
    std::vector<Date> makeup; // 补假 days after them
};

class WorkCalendar {
public:
    // The embedded files only (what the build holds).
    static const WorkCalendar& embedded();
    // The calendar the engine computes with: embedded() plus every year
    // installed since. Do not keep the reference across install_year_files().
    static const WorkCalendar& current();
    // Adds official year files to current(); a file replaces an earlier one of
    // the same year (embedded or installed). Validates every file first
    // (validate_year_file) and throws std::runtime_error naming the year and
    // the fault when one is bad; then nothing changes. Returns the years
    // installed. Not thread-safe: the server calls it before serving, the
    // browser on its one thread.
    static std::vector<int> install_year_files(const std::vector<std::string>& texts);
    // Back to embedded() (tests).
    static void reset_installed();

    // Official files, one JSON text per year, each {"year": 2026, "source":
    // "...", "holidays": [...], "makeup_workdays": [...]}; a later file of a
    // year replaces an earlier one. Throws std::runtime_error on malformed data.
    explicit WorkCalendar(const std::vector<std::string_view>& year_files);

    bool covers(const Date& d) const;        // official or provisional
    bool is_official(int year) const;
    bool is_provisional(int year) const;     // covered by the rules only
    int first_covered_year() const;          // 2020
    int last_covered_year() const;           // the last year of the lunar table (or of an official file beyond it)
    int last_official_year() const;
    std::vector<int> official_years() const;
    std::string source(int year) const;      // the notice an official year copies; "" otherwise
    std::string year_file(int year) const;   // an official year's file text; "" otherwise
    std::string digest(int year) const;      // calendar_file_digest(year_file(year)); "" when not official
    // A provisional year's statutory holidays in date order, and the choices
    // the rules leave open that the year met (e.g. two holidays on one day).
    std::vector<ProvisionalHoliday> provisional_holidays(int year) const;
    std::vector<std::string> provisional_notes(int year) const;

    // These throw InputError "date_outside_calendar" for a day not covered,
    // also when the count walks out of the covered years. `used`, when given,
    // collects the provisional years of the days looked at.
    DayKind day_kind(const Date& d, YearsUsed* used = nullptr) const;
    bool is_working_day(const Date& d, YearsUsed* used = nullptr) const;
    Date working_day_before(const Date& d, int n, YearsUsed* used = nullptr) const;     // nth working day before d (d excluded)
    Date working_day_counting(const Date& first, int n, YearsUsed* used = nullptr) const;  // nth working day from first (first counted if working)
    Date working_day_after(const Date& d, int n, YearsUsed* used = nullptr) const;      // nth working day after d (d excluded)
    int working_days_between(const Date& from, const Date& to, YearsUsed* used = nullptr) const;  // working days in (from, to]; negative when to < from

    // The InputError thrown for `d`; `path` is the JSON Pointer to blame.
    [[noreturn]] void throw_outside(const Date& d, const std::string& path) const;

private:
    void require(const Date& d) const;
    Date step_working(Date d, int n, int direction, YearsUsed* used) const;
    void build_provisional_years();

    std::map<int, std::string> files_;      // official year -> file text
    std::map<int, std::string> sources_;    // official year -> notice title
    std::set<long> holidays_;               // days_from_civil, official files merged
    std::set<long> makeup_workdays_;
    int first_year_ = 0, last_year_ = 0;    // covered range
    std::map<int, std::vector<ProvisionalHoliday>> provisional_;  // provisional year -> holidays
    std::map<int, std::vector<std::string>> provisional_notes_;
    std::set<long> provisional_days_off_;   // days_from_civil, provisional years only
};

// Checks one official year file (the shape above, dates of its year or the
// December before, make-up days on weekends, no day both, year from 2020 on).
// Returns its year; throws std::runtime_error (Chinese message) otherwise.
int validate_year_file(std::string_view text);

// A short fingerprint of a year file's bytes (FNV-1a 64, 16 hex digits): the
// server lists it, the browser compares it to decide what to fetch.
std::string calendar_file_digest(std::string_view text);

// The Chinese warning for answers that used provisional years, naming them
// and any note of those years; "" when `years` is empty.
std::string provisional_warning(const YearsUsed& years);

// One dated deadline of an event.
struct Deadline {
    std::string name;     // "apply_by", "materials_by", "publicity_ends", "payment_by"
    std::string label;    // Chinese, e.g. "开班申请截止"
    Date date;
    std::string clause;   // e.g. "五(三)2(1)"
    std::string explain;  // Chinese, how the date is counted
    std::string note;     // Chinese, "" or e.g. a calendar-day deadline falling on a day off
    YearsUsed provisional_years;  // provisional years its counting (or note) consulted
};

// The event kinds of assets/calendar/deadlines.json, sorted.
std::vector<std::string> deadline_event_kinds();

// Typed form. Throws InputError unknown_event ("/event"), date_outside_calendar ("/date").
std::vector<Deadline> compute_deadlines(std::string_view event, const Date& date);

// {"event": "class_opening"|"assessment"|"competition"|"publicity",
//  "date": "YYYY-MM-DD"} -> the event's deadlines (contract "deadlines"):
// {"event", "date", <flat name: date>..., "provisional": bool,
//  ["provisional_years": [2027], "warning": "<Chinese>",] "deadlines": [{name,
// label, date, clause, explain[, note][, "provisional": true]}]}.
// Throws InputError: unknown_event (/event), invalid_date (/date),
// date_outside_calendar (/date).
nlohmann::json deadlines_for_event(const nlohmann::json& event);

// "Is this late?": compares `actual` (e.g. the day the application is filed)
// with one deadline of the event (`deadline` "" = the event's first one).
struct DeadlineCheck {
    Deadline deadline;
    YearsUsed provisional_years;  // of the deadline and of counting to `actual`
    bool late = false;
    bool working_days = false;  // counts below are in working days (else calendar days)
    int days_late = 0;          // > 0 when late
    int days_left = 0;          // >= 0 when on time: days from actual to the deadline
};
DeadlineCheck check_deadline(std::string_view event, const Date& date, std::string_view deadline, const Date& actual);

// {"event", "date", "actual": "YYYY-MM-DD"[, "deadline": "apply_by"]} ->
// {"event", "date", "actual", "deadline", "deadline_date", "clause", "late",
//  "unit": "working_days"|"calendar_days", "days_late", "days_left", "message",
//  "provisional": bool[, "provisional_years", "warning"]}.
// Extra errors: invalid_date (/actual), unknown_deadline (/deadline).
nlohmann::json check_deadline_json(const nlohmann::json& request);

}  // namespace skillaid
