#include "engine/calendar.h"

#include <stdexcept>

#include "engine/assets.h"
#include "engine/errors.h"

namespace skillaid {

using nlohmann::json;

const char* day_kind_name(DayKind kind) {
    switch (kind) {
        case DayKind::workday: return "workday";
        case DayKind::weekend: return "weekend";
        case DayKind::holiday: return "holiday";
        case DayKind::makeup_workday: return "makeup_workday";
    }
    return "workday";
}

//-----------------------------------------------------------------------------
// WorkCalendar
//-----------------------------------------------------------------------------

// "calendar/2026.json" -> 2026; 0 for any other name (e.g. "calendar/deadlines.json").
static int year_of_asset_name(std::string_view name) {
    const std::string_view prefix = "calendar/", suffix = ".json";
    if (name.size() != prefix.size() + 4 + suffix.size()) return 0;
    if (name.substr(0, prefix.size()) != prefix || name.substr(prefix.size() + 4) != suffix) return 0;
    int year = 0;
    for (char c : name.substr(prefix.size(), 4)) {
        if (c < '0' || c > '9') return 0;
        year = year * 10 + (c - '0');
    }
    return year;
}

const WorkCalendar& WorkCalendar::embedded() {
    static const WorkCalendar calendar = [] {
        std::vector<std::string_view> files;
        for (std::string_view name : embedded_asset_names())
            if (year_of_asset_name(name) != 0) files.push_back(embedded_asset(name));
        return WorkCalendar(files);
    }();
    return calendar;
}

WorkCalendar::WorkCalendar(const std::vector<std::string_view>& year_files) {
    std::vector<std::pair<int, std::string>> sources;
    for (std::string_view text : year_files) {
        json file = json::parse(text);
        int year = file.at("year").get<int>();
        if (!years_.insert(year).second) throw std::runtime_error("calendar: two files for " + std::to_string(year));
        sources.emplace_back(year, file.value("source", ""));
        for (const auto& [key, days] : {std::pair{"holidays", &holidays_}, std::pair{"makeup_workdays", &makeup_workdays_}})
            for (const json& day : file.at(key))
                days->insert(days_from_civil(parse_date(day.get<std::string>(), "/calendar")));
    }
    if (years_.empty()) throw std::runtime_error("calendar: no year files");
    if (*years_.rbegin() - *years_.begin() + 1 != static_cast<int>(years_.size()))
        throw std::runtime_error("calendar: the years must follow each other without a gap");
    for (long day : holidays_)
        if (makeup_workdays_.count(day)) throw std::runtime_error("calendar: " + format_date(civil_from_days(day)) + " is both a holiday and a make-up working day");
    sources_.resize(years_.size());
    for (auto& [year, source] : sources) sources_[static_cast<size_t>(year - first_covered_year())] = source;
}

bool WorkCalendar::covers(const Date& d) const { return years_.count(d.year) != 0; }
int WorkCalendar::first_covered_year() const { return *years_.begin(); }
int WorkCalendar::last_covered_year() const { return *years_.rbegin(); }

std::string WorkCalendar::source(int year) const {
    if (!years_.count(year)) return "";
    return sources_[static_cast<size_t>(year - first_covered_year())];
}

void WorkCalendar::throw_outside(const Date& d, const std::string& path) const {
    throw InputError("date_outside_calendar",
                     "日期 " + format_date(d) + " 不在工作日历内：日历只覆盖 " + std::to_string(first_covered_year()) + "—" +
                         std::to_string(last_covered_year()) + " 年（国务院已公布节假日安排的年份），无法推算该年的工作日",
                     path);
}

void WorkCalendar::require(const Date& d) const {
    if (!covers(d)) throw_outside(d, "/date");
}

DayKind WorkCalendar::day_kind(const Date& d) const {
    require(d);
    long day = days_from_civil(d);
    if (holidays_.count(day)) return DayKind::holiday;
    if (makeup_workdays_.count(day)) return DayKind::makeup_workday;
    int wd = weekday(d);
    return (wd == 0 || wd == 6) ? DayKind::weekend : DayKind::workday;
}

bool WorkCalendar::is_working_day(const Date& d) const {
    DayKind kind = day_kind(d);
    return kind == DayKind::workday || kind == DayKind::makeup_workday;
}

// Walks day by day from d (excluded) in `direction` (+1 or -1) to the nth working day.
Date WorkCalendar::step_working(Date d, int n, int direction) const {
    while (n > 0) {
        d = add_days(d, direction);
        if (is_working_day(d)) n--;
    }
    return d;
}

Date WorkCalendar::working_day_before(const Date& d, int n) const {
    require(d);
    return step_working(d, n, -1);
}

Date WorkCalendar::working_day_after(const Date& d, int n) const {
    require(d);
    return step_working(d, n, +1);
}

Date WorkCalendar::working_day_counting(const Date& first, int n) const {
    require(first);
    return step_working(add_days(first, -1), n, +1);
}

int WorkCalendar::working_days_between(const Date& from, const Date& to) const {
    require(from);
    require(to);
    if (to < from) return -working_days_between(to, from);
    int count = 0;
    for (Date d = add_days(from, 1); d <= to; d = add_days(d, 1))
        if (is_working_day(d)) count++;
    return count;
}

//-----------------------------------------------------------------------------
// Deadlines
//-----------------------------------------------------------------------------

static const json& deadline_rules() {
    static const json rules = json::parse(embedded_asset("calendar/deadlines.json"));
    return rules;
}

std::vector<std::string> deadline_event_kinds() {
    std::vector<std::string> kinds;
    for (const auto& [kind, spec] : deadline_rules().at("events").items()) kinds.push_back(kind);
    return kinds;
}

static std::string event_list_text() {
    std::string text;
    for (const auto& [kind, spec] : deadline_rules().at("events").items())
        text += (text.empty() ? "" : "、") + kind + "（" + spec.at("label").get<std::string>() + "）";
    return text;
}

static const json& event_spec(std::string_view event) {
    const json& events = deadline_rules().at("events");
    auto it = events.find(std::string(event));
    if (it == events.end())
        throw InputError("unknown_event", "事件“" + std::string(event) + "”未知：应为 " + event_list_text(), "/event");
    return *it;
}

static std::string replace_count(std::string text, int n) {
    auto at = text.find("{n}");
    if (at != std::string::npos) text.replace(at, 3, std::to_string(n));
    return text;
}

std::vector<Deadline> compute_deadlines(std::string_view event, const Date& date) {
    const json& spec = event_spec(event);
    const WorkCalendar& cal = WorkCalendar::embedded();
    if (!cal.covers(date)) cal.throw_outside(date, "/date");

    std::vector<Deadline> out;
    for (const json& rule : spec.at("deadlines")) {
        Date from = date;
        std::string from_name = rule.at("from").get<std::string>();
        for (const Deadline& earlier : out)
            if (earlier.name == from_name) from = earlier.date;
        int n = rule.at("count").get<int>();
        std::string kind = rule.at("rule").get<std::string>();

        // Counting may walk out of the calendar: name the event date, which the user gave.
        Date due;
        try {
            if (kind == "working_days_before") due = cal.working_day_before(from, n);
            else if (kind == "working_days_from") due = cal.working_day_counting(from, n);
            else if (kind == "working_days_after") due = cal.working_day_after(from, n);
            else if (kind == "calendar_days_before") due = add_days(from, -n);
            else if (kind == "calendar_days_after") due = add_days(from, n);
            else throw std::runtime_error("deadlines.json: unknown rule " + kind);
        } catch (const InputError& e) {
            throw InputError(e.code, "从 " + format_date(date) + " 推算“" + rule.at("label").get<std::string>() + "”时超出工作日历：" + e.message, "/date");
        }

        Deadline d;
        d.name = rule.at("name").get<std::string>();
        d.label = rule.at("label").get<std::string>();
        d.date = due;
        d.clause = rule.at("clause").get<std::string>();
        d.explain = replace_count(rule.at("explain").get<std::string>(), n);
        if (kind.rfind("calendar_days", 0) == 0 && cal.covers(due) && !cal.is_working_day(due))
            d.note = "该日为" + std::string(cal.day_kind(due) == DayKind::holiday ? "法定节假日" : "周末") + "，建议在此前的工作日办理";
        out.push_back(d);
    }
    return out;
}

// Reads a required "YYYY-MM-DD" string member; invalid_date at /<key> otherwise.
static Date date_member(const json& request, const char* key) {
    std::string path = std::string("/") + key;
    if (!request.is_object() || !request.contains(key) || !request[key].is_string())
        throw InputError("invalid_date", std::string("缺少日期“") + key + "”：应为 YYYY-MM-DD 格式的字符串", path);
    return parse_date(request[key].get<std::string>(), path);
}

static std::string event_member(const json& request) {
    if (!request.is_object() || !request.contains("event") || !request["event"].is_string())
        throw InputError("unknown_event", "缺少事件“event”：应为 " + event_list_text(), "/event");
    return request["event"].get<std::string>();
}

static json deadline_json(const Deadline& d) {
    json j = {{"name", d.name}, {"label", d.label}, {"date", format_date(d.date)}, {"clause", d.clause}, {"explain", d.explain}};
    if (!d.note.empty()) j["note"] = d.note;
    return j;
}

json deadlines_for_event(const json& event) {
    std::string kind = event_member(event);
    event_spec(kind);  // unknown_event before a date error
    Date date = date_member(event, "date");
    json out = {{"event", kind}, {"date", format_date(date)}};
    json list = json::array();
    for (const Deadline& d : compute_deadlines(kind, date)) {
        out[d.name] = format_date(d.date);
        list.push_back(deadline_json(d));
    }
    out["deadlines"] = list;
    return out;
}

DeadlineCheck check_deadline(std::string_view event, const Date& date, std::string_view deadline, const Date& actual) {
    std::vector<Deadline> all = compute_deadlines(event, date);
    const json& spec = event_spec(event);
    DeadlineCheck check;
    size_t index = 0;
    if (!deadline.empty()) {
        while (index < all.size() && all[index].name != deadline) index++;
        if (index == all.size()) {
            std::string names;
            for (const Deadline& d : all) names += (names.empty() ? "" : "、") + d.name + "（" + d.label + "）";
            throw InputError("unknown_deadline", "期限“" + std::string(deadline) + "”不属于该事件：应为 " + names, "/deadline");
        }
    }
    check.deadline = all[index];
    check.late = check.deadline.date < actual;
    check.working_days = spec.at("deadlines")[index].at("rule").get<std::string>().rfind("working_days", 0) == 0;
    const WorkCalendar& cal = WorkCalendar::embedded();
    if (check.working_days && !cal.covers(actual)) cal.throw_outside(actual, "/actual");
    long diff = check.working_days ? cal.working_days_between(check.deadline.date, actual)
                                   : days_from_civil(actual) - days_from_civil(check.deadline.date);
    if (check.late) check.days_late = static_cast<int>(diff);
    else check.days_left = static_cast<int>(-diff);
    return check;
}

json check_deadline_json(const json& request) {
    std::string kind = event_member(request);
    event_spec(kind);
    Date date = date_member(request, "date");
    Date actual = date_member(request, "actual");
    std::string name;
    if (request.contains("deadline")) {
        if (!request["deadline"].is_string()) throw InputError("unknown_deadline", "“deadline”应为期限名称字符串", "/deadline");
        name = request["deadline"].get<std::string>();
    }
    DeadlineCheck c = check_deadline(kind, date, name, actual);
    std::string unit = c.working_days ? "个工作日" : "天";
    std::string message;
    if (!c.late)
        message = "未逾期：" + c.deadline.label + "为 " + format_date(c.deadline.date) + "，" + format_date(actual) + " 办理还剩 " + std::to_string(c.days_left) + " " + unit;
    else if (c.days_late > 0)
        message = "已逾期：" + c.deadline.label + "为 " + format_date(c.deadline.date) + "（" + c.deadline.clause + "），" + format_date(actual) + " 已晚 " + std::to_string(c.days_late) + " " + unit;
    else
        message = "已逾期：" + c.deadline.label + "为 " + format_date(c.deadline.date) + "（" + c.deadline.clause + "），" + format_date(actual) + " 晚于截止日（其间没有工作日）";
    return {{"event", kind},
            {"date", format_date(date)},
            {"actual", format_date(actual)},
            {"deadline", c.deadline.name},
            {"deadline_date", format_date(c.deadline.date)},
            {"clause", c.deadline.clause},
            {"late", c.late},
            {"unit", c.working_days ? "working_days" : "calendar_days"},
            {"days_late", c.days_late},
            {"days_left", c.days_left},
            {"message", message}};
}

}  // namespace skillaid
