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

BOOST_AUTO_TEST_CASE(official_2020_to_2026_then_provisional_to_2100) {
    BOOST_TEST(cal().first_covered_year() == 2020);
    BOOST_TEST(cal().last_official_year() == 2026);
    BOOST_TEST(cal().last_covered_year() == 2100);  // assets/calendar/lunar-dates.json last_year
    for (int year = 2020; year <= 2026; year++) BOOST_TEST((cal().is_official(year) && !cal().is_provisional(year)), year);
    for (int year = 2027; year <= 2100; year++) BOOST_TEST((!cal().is_official(year) && cal().is_provisional(year)), year);
    BOOST_TEST(cal().covers(D("2020-01-01")));
    BOOST_TEST(cal().covers(D("2027-01-01")));
    BOOST_TEST(cal().covers(D("2100-12-31")));
    BOOST_TEST(!cal().covers(D("2019-12-31")));
    BOOST_TEST(!cal().covers(D("2101-01-01")));
    BOOST_TEST(cal().source(2026) == "国务院办公厅关于2026年部分节假日安排的通知");
    BOOST_TEST(cal().source(2027) == "");
    BOOST_TEST(cal().source(2020).find("延长2020年春节假期") != std::string::npos);
    BOOST_TEST(cal().official_years().size() == 7u);
    BOOST_TEST(cal().digest(2026) == calendar_file_digest(embedded_asset("calendar/2026.json")));
    BOOST_TEST(cal().digest(2027) == "");
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
    // Calendar days need no calendar: materials fall in 2027 on a Thursday, nothing provisional.
    json december = deadlines("competition", "2026-12-28");
    BOOST_TEST(december["materials_by"] == "2027-01-07");
    BOOST_TEST(december["provisional"] == false);
    // A note on a provisional day off says so, and the answer is flagged: 15 days before 2027-02-20 is 02-05, 除夕.
    json spring = deadlines("competition", "2027-02-20");
    BOOST_TEST(spring["apply_by"] == "2027-02-05");
    BOOST_TEST(spring["deadlines"][0]["note"].get<std::string>().find("按暂定日历") != std::string::npos);
    BOOST_TEST(spring["provisional"] == true);
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
    // Before the notice (2020): an error for every event, also calendar-day ones.
    expect_error([] { deadlines("class_opening", "2019-12-30"); }, "date_outside_calendar", "/date");
    expect_error([] { deadlines("competition", "2019-06-01"); }, "date_outside_calendar", "/date");
    expect_error([] { cal().day_kind(D("2019-12-31")); }, "date_outside_calendar", "/date");
    // Class on Fri 2020-01-03: 01-02 (1), [01-01 off], then 2019: no calendar before the notice.
    expect_error([] { deadlines("class_opening", "2020-01-03"); }, "date_outside_calendar", "/date");
    // ... while Fri 2020-01-10 stays inside: 01-09, 01-08, 01-07, 01-06, 01-03.
    BOOST_TEST(deadlines("class_opening", "2020-01-10")["apply_by"] == "2020-01-03");
    try {
        deadlines("class_opening", "2019-12-30");
    } catch (const InputError& e) {
        BOOST_TEST(e.message.find("早于通知施行的 2020 年") != std::string::npos);
    }
    // After the lunar table: working days cannot be counted; calendar days still can.
    expect_error([] { deadlines("class_opening", "2101-03-01"); }, "date_outside_calendar", "/date");
    BOOST_TEST(deadlines("competition", "2101-03-16")["apply_by"] == "2101-03-01");
    BOOST_TEST(deadlines("competition", "2101-03-16")["provisional"] == false);
}

// Provisional years (no State Council schedule yet): 《全国年节及纪念日放假办法》
// (2024 revision), assets/calendar/statutory-holidays.json, with the lunar
// and solar-term dates of assets/calendar/lunar-dates.json.
static std::vector<std::string> holiday_days(int year, const char* name) {
    std::vector<std::string> days;
    for (const ProvisionalHoliday& h : cal().provisional_holidays(year))
        if (h.name == name) {
            for (const Date& d : h.days) days.push_back(format_date(d));
            for (const Date& d : h.makeup) days.push_back(format_date(d) + "补");
        }
    return days;
}

BOOST_AUTO_TEST_CASE(provisional_2027_class) {
    // 2027-01-01 is a Friday (元旦, 1 day). Class on Mon 2027-01-11:
    // 01-08 (1), 01-07 (2), 01-06 (3), 01-05 (4), 01-04 (5).
    json out = deadlines("class_opening", "2027-01-11");
    BOOST_TEST(out["apply_by"] == "2027-01-04");
    BOOST_TEST(out["provisional"] == true);
    BOOST_TEST(out["provisional_years"] == json::array({2027}));
    BOOST_TEST(out["deadlines"][0]["provisional"] == true);
    std::string warning = out["warning"].get<std::string>();
    BOOST_TEST(warning.find("2027 年") == 0u);
    BOOST_TEST(warning.find("暂定") != std::string::npos);
    BOOST_TEST(warning.find("可能变动") != std::string::npos);
    BOOST_TEST(kind(D("2027-01-01")) == "holiday");
    // Official years say so too.
    BOOST_TEST(deadlines("class_opening", "2026-03-16")["provisional"] == false);
    BOOST_TEST(!deadlines("class_opening", "2026-03-16").contains("warning"));
    // A class early in January 2027 counts back into official 2026 and into provisional 2027.
    json bridge = deadlines("class_opening", "2027-01-05");  // 01-04 (1), [01-01..01-03], 12-31 (2), 12-30 (3), 12-29 (4), 12-28 (5)
    BOOST_TEST(bridge["apply_by"] == "2026-12-28");
    BOOST_TEST(bridge["provisional_years"] == json::array({2027}));
    // Publicity in December 2026: payment counting runs into provisional 2027.
    json pay = deadlines("publicity", "2026-12-01");
    BOOST_TEST(pay["provisional"] == true);
    BOOST_TEST(pay["deadlines"][0].contains("provisional") == false);  // publicity_ends stays in 2026
    BOOST_TEST(pay["deadlines"][1]["provisional"] == true);
}

BOOST_AUTO_TEST_CASE(provisional_2027_spring_festival_with_makeup_days) {
    // 除夕 2027-02-05 (Fri), 初一 02-06 (Sat), 初二 02-07 (Sun), 初三 02-08 (Mon):
    // two days on a weekend, made up on Tue 02-09 and Wed 02-10. No make-up working days.
    BOOST_TEST(holiday_days(2027, "春节") ==
               (std::vector<std::string>{"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09补", "2027-02-10补"}));
    for (const char* day : {"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"})
        BOOST_TEST(kind(D(day)) == "holiday", day);
    BOOST_TEST(kind(D("2027-02-11")) == "workday");
    BOOST_TEST(kind(D("2027-02-13")) == "weekend");  // the Saturday after: not worked
    // Class on Mon 02-15: 02-12 (1), 02-11 (2), [02-10..02-05 off], 02-04 (3), 02-03 (4), 02-02 (5).
    BOOST_TEST(deadlines("class_opening", "2027-02-15")["apply_by"] == "2027-02-02");
    // The other holidays of 2027: 清明 04-05 Mon; 劳动节 05-01 Sat, 05-02 Sun -> 05-03, 05-04;
    // 端午 06-09 Wed; 中秋 09-15 Wed; 国庆 10-01 Fri, 10-02 Sat, 10-03 Sun -> 10-04, 10-05.
    BOOST_TEST(holiday_days(2027, "清明节") == (std::vector<std::string>{"2027-04-05"}));
    BOOST_TEST(holiday_days(2027, "劳动节") == (std::vector<std::string>{"2027-05-01", "2027-05-02", "2027-05-03补", "2027-05-04补"}));
    BOOST_TEST(holiday_days(2027, "端午节") == (std::vector<std::string>{"2027-06-09"}));
    BOOST_TEST(holiday_days(2027, "中秋节") == (std::vector<std::string>{"2027-09-15"}));
    BOOST_TEST(holiday_days(2027, "国庆节") == (std::vector<std::string>{"2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04补", "2027-10-05补"}));
    BOOST_TEST(cal().provisional_notes(2027).empty());
}

BOOST_AUTO_TEST_CASE(provisional_2028) {
    // 2028-03-15 is a Wednesday; exam on it: 03-14 (1), 03-13 (2), 03-10 (3), 03-09 (4), 03-08 (5).
    json out = deadlines("assessment", "2028-03-15");
    BOOST_TEST(out["apply_by"] == "2028-03-08");
    BOOST_TEST(out["provisional_years"] == json::array({2028}));
    // 除夕 2028-01-25 (Tue) .. 初三 01-28 (Fri): no weekend day, no make-up.
    BOOST_TEST(holiday_days(2028, "春节") == (std::vector<std::string>{"2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"}));
    BOOST_TEST(kind(D("2028-01-31")) == "workday");
}

BOOST_AUTO_TEST_CASE(provisional_2028_mid_autumn_on_national_day) {
    // 中秋 2028 is 10-03, the third day of 国庆 (10-01 Sun, 10-02 Mon, 10-03 Tue). The law does not say
    // how two holidays on one day count; our reading (statutory-holidays.json "overlap"): each holiday
    // keeps its day, the shared day is made up like a weekend day, after both holidays' days.
    // 国庆: 10-01 Sun -> 10-04; 中秋: 10-03 already off -> 10-05.
    BOOST_TEST(holiday_days(2028, "国庆节") == (std::vector<std::string>{"2028-10-01", "2028-10-02", "2028-10-03", "2028-10-04补"}));
    BOOST_TEST(holiday_days(2028, "中秋节") == (std::vector<std::string>{"2028-10-03", "2028-10-05补"}));
    BOOST_TEST(kind(D("2028-10-05")) == "holiday");
    BOOST_TEST(kind(D("2028-10-06")) == "workday");
    // It is flagged: in the year's notes and in every warning of that year.
    BOOST_TEST(cal().provisional_notes(2028).size() == 1u);
    BOOST_TEST(cal().provisional_notes(2028)[0].find("中秋节（10月3日）与国庆节重合") != std::string::npos);
    // Publicity from Thu 09-28: 09-28 (1), 09-29 (2), [09-30 Sat .. 10-05], 10-06 (3), 10-09 (4), 10-10 (5).
    json out = deadlines("publicity", "2028-09-28");
    BOOST_TEST(out["publicity_ends"] == "2028-10-10");
    BOOST_TEST(out["warning"].get<std::string>().find("与国庆节重合") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(provisional_rules_agree_with_official_2025_and_2026) {
    // The 2024 revision applies from 2025: every statutory holiday day the rules give for 2025 and 2026
    // is a day off of the State Council's schedule (which adds bridges and make-up working days).
    WorkCalendar rules_only(std::vector<std::string_view>{embedded_asset("calendar/2020.json")});
    for (int year : {2025, 2026}) {
        BOOST_TEST(rules_only.is_provisional(year));
        for (const ProvisionalHoliday& h : rules_only.provisional_holidays(year))
            for (const Date& d : h.days) BOOST_TEST(kind(d) == "holiday", h.name << " " << format_date(d));
    }
}

BOOST_AUTO_TEST_CASE(every_deadline_from_2020_to_2035_is_answered) {
    // No deadline of any event fails for a day from 2020-01-10 to 2035-12-31 (the first days of 2020
    // count back into 2019); a date from 2027 on is always flagged provisional.
    for (const std::string& event : deadline_event_kinds())
        for (Date d{2020, 1, 10}; d <= Date{2035, 12, 31}; d = add_days(d, 3)) {
            json out = deadlines_for_event(json{{"event", event}, {"date", format_date(d)}});
            if (d.year >= 2027 && event != "competition") BOOST_TEST(out["provisional"] == true, event << " " << format_date(d));
        }
}

BOOST_AUTO_TEST_CASE(an_official_file_replaces_the_provisional_year) {
    // The provisional answer first; then a 2027 schedule is installed (as the server's --calendar-dir
    // or the browser's fetched years do) and the same question gets the official answer.
    BOOST_TEST(WorkCalendar::current().is_provisional(2027));
    BOOST_TEST(deadlines("class_opening", "2027-01-11")["apply_by"] == "2027-01-04");
    // A made-up schedule: 01-01..01-03 off, 01-04..01-05 off too (a bridge), Sunday 01-10 worked.
    std::string file = R"({"year": 2027, "source": "测试用 2027 年安排", "holidays": ["2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"], "makeup_workdays": ["2027-01-10"]})";
    BOOST_TEST(WorkCalendar::install_year_files({file}) == std::vector<int>{2027});
    const WorkCalendar& now = WorkCalendar::current();
    BOOST_TEST(now.is_official(2027));
    BOOST_TEST(now.source(2027) == "测试用 2027 年安排");
    BOOST_TEST(now.digest(2027) == calendar_file_digest(file));
    BOOST_TEST(now.year_file(2027) == file);
    // Class on Mon 01-11: 01-10 Sun worked (1), 01-08 (2), 01-07 (3), 01-06 (4), [01-05..01-01], 12-31 (5).
    json out = deadlines("class_opening", "2027-01-11");
    BOOST_TEST(out["apply_by"] == "2026-12-31");
    BOOST_TEST(out["provisional"] == false);
    BOOST_TEST(!out.contains("warning"));
    BOOST_TEST(WorkCalendar::embedded().is_provisional(2027));  // the build's own data is unchanged
    // A bad file changes nothing and says what is wrong.
    std::string bad = R"({"year": 2028, "source": "x", "holidays": ["2028-02-30"], "makeup_workdays": []})";
    BOOST_CHECK_THROW(WorkCalendar::install_year_files({bad}), std::runtime_error);
    BOOST_TEST(WorkCalendar::current().is_official(2027));
    BOOST_TEST(WorkCalendar::current().is_provisional(2028));
    WorkCalendar::reset_installed();
    BOOST_TEST(WorkCalendar::current().is_provisional(2027));
}

BOOST_AUTO_TEST_CASE(year_files_are_validated) {
    auto fault = [](const std::string& text) {
        try {
            validate_year_file(text);
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    BOOST_TEST(validate_year_file(std::string(embedded_asset("calendar/2023.json"))) == 2023);
    BOOST_TEST(fault("[]").find("不是 JSON 对象") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2019, "source": "x", "holidays": [], "makeup_workdays": []})").find("早于通知施行") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2027, "holidays": [], "makeup_workdays": []})").find("source") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2027, "source": "x", "holidays": ["2028-01-01"], "makeup_workdays": []})").find("不属于该年") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2027, "source": "x", "holidays": [], "makeup_workdays": ["2027-01-06"]})").find("不是周末") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2027, "source": "x", "holidays": ["2027-01-09"], "makeup_workdays": ["2027-01-09"]})").find("既是放假日又是调休上班日") != std::string::npos);
    BOOST_TEST(fault(R"({"year": 2027, "source": "x", "holidays": [5], "makeup_workdays": []})").find("非日期") != std::string::npos);
    BOOST_TEST(calendar_file_digest("") == "cbf29ce484222325");  // FNV-1a 64 offset basis
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
