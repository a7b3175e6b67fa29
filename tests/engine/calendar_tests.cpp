// Working-day calendar and deadlines. Expected dates were counted by hand on
// the State Council schedules (assets/calendar/YYYY.json); the comments show
// the count.
#include <boost/test/unit_test.hpp>

#include "engine/assets.h"
#include "engine/calendar.h"
#include "engine/errors.h"
#include "expect_error.h"

using namespace skillaid;
using nlohmann::json;

static Date D(const char* text) { return parse_date(text, "/date"); }
static const WorkCalendar& cal() { return WorkCalendar::embedded(); }
static std::string kind(const Date& d) { return day_kind_name(cal().day_kind(d)); }

static json deadlines(const char* event, const char* date) {
    return deadlines_for_event(json{{"event", event}, {"date", date}});
}

BOOST_AUTO_TEST_SUITE(calendar)

BOOST_AUTO_TEST_CASE(covers_2020_to_2026_one_file_a_year) {
    BOOST_TEST(cal().first_covered_year() == 2020);
    BOOST_TEST(cal().last_covered_year() == 2026);
    BOOST_TEST(cal().covers(D("2020-01-01")));
    BOOST_TEST(cal().covers(D("2026-12-31")));
    BOOST_TEST(!cal().covers(D("2019-12-31")));
    BOOST_TEST(!cal().covers(D("2027-01-01")));
    BOOST_TEST(cal().source(2026) == "国务院办公厅关于2026年部分节假日安排的通知");
    BOOST_TEST(cal().source(2020).find("延长2020年春节假期") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(year_files_are_consistent) {
    for (int year = 2020; year <= 2026; year++) {
        std::string name = "calendar/" + std::to_string(year) + ".json";
        json file = json::parse(embedded_asset(name));
        BOOST_TEST(file.at("year").get<int>() == year);
        // Make-up working days are weekend days; a file lists its own year and
        // at most the last days of the year before (the New Year bridge).
        for (const json& day : file.at("makeup_workdays")) {
            Date d = D(day.get<std::string>().c_str());
            BOOST_TEST((weekday(d) == 0 || weekday(d) == 6), name << " " << format_date(d));
            BOOST_TEST(kind(d) == "makeup_workday");
        }
        for (const json& day : file.at("holidays")) {
            Date d = D(day.get<std::string>().c_str());
            BOOST_TEST((d.year == year || (d.year == year - 1 && d.month == 12)), name << " " << format_date(d));
            BOOST_TEST(kind(d) == "holiday");
        }
    }
}

BOOST_AUTO_TEST_CASE(day_kinds) {
    BOOST_TEST(kind(D("2026-03-16")) == "workday");         // Monday
    BOOST_TEST(kind(D("2026-03-14")) == "weekend");         // Saturday
    BOOST_TEST(kind(D("2026-02-17")) == "holiday");         // Spring Festival
    BOOST_TEST(kind(D("2026-02-14")) == "makeup_workday");  // Saturday worked
    BOOST_TEST(cal().is_working_day(D("2026-02-28")));                       // Saturday worked
    BOOST_TEST(!cal().is_working_day(D("2026-10-05")));                      // National Day, a Monday
    BOOST_TEST(std::string(day_kind_name(DayKind::makeup_workday)) == "makeup_workday");
}

BOOST_AUTO_TEST_CASE(day_listed_in_next_years_notice) {
    // 2022-12-31 is in the 2023 notice (元旦 2022-12-31 至 2023-01-02), not in 2022.json.
    BOOST_TEST(kind(D("2022-12-31")) == "holiday");
    BOOST_TEST(kind(D("2023-01-02")) == "holiday");  // a Monday
    // Class on Thu 2023-01-05: 01-04 (1), 01-03 (2), [01-02, 01-01, 12-31 off], 12-30 (3), 12-29 (4), 12-28 (5).
    BOOST_TEST(deadlines("class_opening", "2023-01-05")["apply_by"] == "2022-12-28");
}

BOOST_AUTO_TEST_CASE(working_day_arithmetic) {
    BOOST_TEST(format_date(cal().working_day_before(D("2026-03-16"), 1)) == "2026-03-13");
    BOOST_TEST(format_date(cal().working_day_after(D("2026-03-13"), 1)) == "2026-03-16");
    BOOST_TEST(format_date(cal().working_day_counting(D("2026-03-16"), 1)) == "2026-03-16");
    BOOST_TEST(format_date(cal().working_day_counting(D("2026-03-14"), 1)) == "2026-03-16");  // Saturday not counted
    BOOST_TEST(cal().working_days_between(D("2026-03-09"), D("2026-03-16")) == 5);
    BOOST_TEST(cal().working_days_between(D("2026-03-16"), D("2026-03-09")) == -5);
    BOOST_TEST(cal().working_days_between(D("2026-02-13"), D("2026-02-24")) == 2);  // 02-14 Sat worked, 02-24
}

// shared contract examples/07-deadline-class-opening.json:
// {"deadlines": {"event": "class_opening", "date": "2026-03-16"}, "expect": {"apply_by": "2026-03-09"}}
BOOST_AUTO_TEST_CASE(contract_example_class_opening) {
    json out = deadlines("class_opening", "2026-03-16");
    BOOST_TEST(out["event"] == "class_opening");
    BOOST_TEST(out["date"] == "2026-03-16");
    BOOST_TEST(out["apply_by"] == "2026-03-09");
    BOOST_TEST(out["deadlines"].size() == 1u);
    BOOST_TEST(out["deadlines"][0]["name"] == "apply_by");
    BOOST_TEST(out["deadlines"][0]["date"] == "2026-03-09");
    BOOST_TEST(out["deadlines"][0]["clause"] == "五(三)2(1)");
    BOOST_TEST(out["deadlines"][0]["explain"] == "开班前第5个工作日（跳过周末与法定节假日，调休上班日计入）");
}

BOOST_AUTO_TEST_CASE(class_opening_across_spring_festival) {
    // 2026 Spring Festival: 02-15..02-23 off, Saturday 02-14 worked.
    // Class on Thu 02-26: 02-25 (1), 02-24 (2), [02-23..02-15 off], 02-14 Sat worked (3), 02-13 (4), 02-12 (5).
    BOOST_TEST(deadlines("class_opening", "2026-02-26")["apply_by"] == "2026-02-12");
    // 2025 Spring Festival: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked.
    // Class on Wed 2025-02-05: 01-27 (1), 01-26 Sun worked (2), 01-24 (3), 01-23 (4), 01-22 (5).
    BOOST_TEST(deadlines("class_opening", "2025-02-05")["apply_by"] == "2025-01-22");
}

BOOST_AUTO_TEST_CASE(assessment_counts_makeup_saturday) {
    // Exam on Wed 2026-03-04: 03-03 (1), 03-02 (2), [03-01 Sun], 02-28 Sat worked (3), 02-27 (4), 02-26 (5).
    json out = deadlines("assessment", "2026-03-04");
    BOOST_TEST(out["apply_by"] == "2026-02-26");
    BOOST_TEST(out["deadlines"][0]["clause"] == "五(三)4(1)");
}

BOOST_AUTO_TEST_CASE(assessment_across_national_day) {
    // 2024: 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked.
    // Exam on Tue 2024-10-08: [10-07..10-01 off], 09-30 (1), 09-29 Sun worked (2), 09-27 (3), 09-26 (4), 09-25 (5).
    BOOST_TEST(deadlines("assessment", "2024-10-08")["apply_by"] == "2024-09-25");
}

BOOST_AUTO_TEST_CASE(competition_counts_calendar_days) {
    json out = deadlines("competition", "2026-03-16");
    BOOST_TEST(out["apply_by"] == "2026-03-01");
    BOOST_TEST(out["materials_by"] == "2026-03-26");
    BOOST_TEST(out["deadlines"].size() == 2u);
    BOOST_TEST(out["deadlines"][0]["clause"] == "五(三)2(1)③");
    BOOST_TEST(out["deadlines"][1]["clause"] == "五(三)3(1)");
    BOOST_TEST(out["deadlines"][0]["note"].get<std::string>().find("周末") != std::string::npos);  // 03-01 is a Sunday
    BOOST_TEST(!out["deadlines"][1].contains("note"));                                             // 03-26 a Thursday
    // 15 days before 10-16 is 10-01, National Day.
    json national = deadlines("competition", "2026-10-16");
    BOOST_TEST(national["apply_by"] == "2026-10-01");
    BOOST_TEST(national["deadlines"][0]["note"].get<std::string>().find("法定节假日") != std::string::npos);
    // Materials may fall in a year without a calendar: calendar days need none.
    BOOST_TEST(deadlines("competition", "2026-12-28")["materials_by"] == "2027-01-07");
}

BOOST_AUTO_TEST_CASE(publicity_across_national_day) {
    // 2026: 10-01..10-07 off, Saturday 10-10 worked.
    // Publicity from Mon 09-28: 09-28 (1), 09-29 (2), 09-30 (3), [10-01..10-07], 10-08 (4), 10-09 (5).
    // Payment: 10-10 Sat worked (1), then five-day weeks from 10-12: 10-16 (6), 10-23 (11), 10-30 (16),
    // 11-06 (21), 11-13 (26), 11-16 (27), 11-17 (28), 11-18 (29), 11-19 (30).
    json out = deadlines("publicity", "2026-09-28");
    BOOST_TEST(out["publicity_ends"] == "2026-10-09");
    BOOST_TEST(out["payment_by"] == "2026-11-19");
    BOOST_TEST(out["deadlines"][1]["clause"] == "二(一)");
    // Publicity put up on a holiday: the first working day is day 1.
    // 10-08 (1), 10-09 (2), 10-10 Sat worked (3), 10-12 (4), 10-13 (5).
    BOOST_TEST(deadlines("publicity", "2026-10-01")["publicity_ends"] == "2026-10-13");
}

BOOST_AUTO_TEST_CASE(dates_outside_the_calendar_are_refused) {
    expect_error([] { deadlines("class_opening", "2019-12-30"); }, "date_outside_calendar", "/date");
    expect_error([] { deadlines("class_opening", "2027-01-04"); }, "date_outside_calendar", "/date");
    expect_error([] { deadlines("competition", "2027-03-01"); }, "date_outside_calendar", "/date");
    expect_error([] { cal().day_kind(D("2027-01-01")); }, "date_outside_calendar", "/date");
    // Class on Fri 2020-01-03: 01-02 (1), [01-01 off], then 2019: no schedule, no guess.
    expect_error([] { deadlines("class_opening", "2020-01-03"); }, "date_outside_calendar", "/date");
    // ... while Fri 2020-01-10 stays inside: 01-09, 01-08, 01-07, 01-06, 01-03.
    BOOST_TEST(deadlines("class_opening", "2020-01-10")["apply_by"] == "2020-01-03");
    // Publicity in December 2026: payment counting runs into 2027.
    expect_error([] { deadlines("publicity", "2026-12-01"); }, "date_outside_calendar", "/date");
    try {
        deadlines("class_opening", "2027-01-04");
    } catch (const InputError& e) {
        BOOST_TEST(e.message.find("2020—2026") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(bad_requests) {
    expect_error([] { deadlines_for_event(json{{"date", "2026-03-16"}}); }, "unknown_event", "/event");
    expect_error([] { deadlines("opening", "2026-03-16"); }, "unknown_event", "/event");
    expect_error([] { deadlines_for_event(json{{"event", 3}, {"date", "2026-03-16"}}); }, "unknown_event", "/event");
    expect_error([] { deadlines("class_opening", "2026-02-30"); }, "invalid_date", "/date");
    expect_error([] { deadlines_for_event(json{{"event", "class_opening"}}); }, "invalid_date", "/date");
    expect_error([] { deadlines_for_event(json::array()); }, "unknown_event", "/event");
}

BOOST_AUTO_TEST_CASE(lateness_check) {
    // apply_by for a class on 2026-03-16 is 2026-03-09.
    auto check = [](const char* event, const char* date, const char* actual) {
        return check_deadline_json(json{{"event", event}, {"date", date}, {"actual", actual}});
    };
    json on_day = check("class_opening", "2026-03-16", "2026-03-09");
    BOOST_TEST(on_day["late"] == false);
    BOOST_TEST(on_day["days_left"] == 0);
    BOOST_TEST(check("class_opening", "2026-03-16", "2026-03-02")["days_left"] == 5);
    json late = check("class_opening", "2026-03-16", "2026-03-11");
    BOOST_TEST(late["late"] == true);
    BOOST_TEST(late["days_late"] == 2);
    BOOST_TEST(late["unit"] == "working_days");
    BOOST_TEST(late["message"].get<std::string>().find("已逾期") == 0);
    // Competition: calendar days. apply_by 03-01, filed 03-03.
    json comp = check("competition", "2026-03-16", "2026-03-03");
    BOOST_TEST(comp["late"] == true);
    BOOST_TEST(comp["days_late"] == 2);
    BOOST_TEST(comp["unit"] == "calendar_days");
    // A named deadline: payment for publicity from 2026-09-28 is due 2026-11-19.
    json pay = check_deadline_json(json{{"event", "publicity"}, {"date", "2026-09-28"}, {"deadline", "payment_by"}, {"actual", "2026-11-20"}});
    BOOST_TEST(pay["late"] == true);
    BOOST_TEST(pay["days_late"] == 1);
    expect_error([] { check_deadline_json(json{{"event", "class_opening"}, {"date", "2026-03-16"}, {"deadline", "payment_by"}, {"actual", "2026-03-10"}}); },
                 "unknown_deadline", "/deadline");
    expect_error([] { check_deadline_json(json{{"event", "class_opening"}, {"date", "2026-03-16"}}); }, "invalid_date", "/actual");
}

BOOST_AUTO_TEST_SUITE_END()
