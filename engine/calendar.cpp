#include "engine/calendar.h"

#include <algorithm>
#include <cstdint>
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

static const json& lunar_dates() {
    static const json dates = json::parse(embedded_asset("calendar/lunar-dates.json"));
    return dates;
}

static const json& statutory_holidays() {
    static const json rules = json::parse(embedded_asset("calendar/statutory-holidays.json"));
    return rules;
}

static int first_calendar_year() { return lunar_dates().at("first_year").get<int>(); }

static std::vector<std::string> embedded_year_files() {
    std::vector<std::string> files;
    for (std::string_view name : embedded_asset_names())
        if (year_of_asset_name(name) != 0) files.emplace_back(embedded_asset(name));
    return files;
}

static std::vector<std::string_view> views_of(const std::vector<std::string>& texts) {
    return std::vector<std::string_view>(texts.begin(), texts.end());
}

const WorkCalendar& WorkCalendar::embedded() {
    static const WorkCalendar calendar(views_of(embedded_year_files()));
    return calendar;
}

// The installed files by year (replacing embedded ones) and the calendar built from both.
static std::map<int, std::string>& installed_files() {
    static std::map<int, std::string> files;
    return files;
}
static std::unique_ptr<WorkCalendar>& installed_calendar() {
    static std::unique_ptr<WorkCalendar> calendar;
    return calendar;
}

const WorkCalendar& WorkCalendar::current() {
    const std::unique_ptr<WorkCalendar>& installed = installed_calendar();
    return installed ? *installed : embedded();
}

std::vector<int> WorkCalendar::install_year_files(const std::vector<std::string>& texts) {
    std::map<int, std::string> files = installed_files();
    std::vector<int> years;
    for (const std::string& text : texts) {
        int year = validate_year_file(text);
        files[year] = text;
        years.push_back(year);
    }
    // Embedded years first, then the installed ones replacing them.
    std::map<int, std::string> merged;
    for (std::string& text : embedded_year_files()) merged[json::parse(text).at("year").get<int>()] = std::move(text);
    for (const auto& [year, text] : files) merged[year] = text;
    std::vector<std::string_view> views;
    for (const auto& [year, text] : merged) views.push_back(text);
    auto calendar = std::make_unique<WorkCalendar>(views);  // may throw: then nothing changed
    installed_files() = std::move(files);
    installed_calendar() = std::move(calendar);
    return years;
}

void WorkCalendar::reset_installed() {
    installed_files().clear();
    installed_calendar().reset();
}

static std::runtime_error year_file_error(const std::string& what) {
    return std::runtime_error("日历文件有误：" + what);
}

int validate_year_file(std::string_view text) {
    json file = json::parse(text, nullptr, false);
    if (file.is_discarded() || !file.is_object()) throw year_file_error("不是 JSON 对象");
    if (!file.contains("year") || !file["year"].is_number_integer()) throw year_file_error("缺少整数 \"year\"");
    int year = file["year"].get<int>();
    std::string where = std::to_string(year) + " 年：";
    if (year < first_calendar_year()) throw year_file_error(where + "早于通知施行的 " + std::to_string(first_calendar_year()) + " 年");
    if (year > 9999) throw year_file_error(where + "年份超出范围");
    if (!file.contains("source") || !file["source"].is_string() || file["source"].get<std::string>().empty())
        throw year_file_error(where + "缺少 \"source\"（所依据的国务院办公厅通知）");
    std::set<std::string> holidays;
    for (const char* key : {"holidays", "makeup_workdays"}) {
        if (!file.contains(key) || !file[key].is_array()) throw year_file_error(where + "缺少数组 \"" + key + "\"");
        for (const json& day : file[key]) {
            if (!day.is_string()) throw year_file_error(where + "\"" + key + "\" 中有非日期值");
            Date d;
            try {
                d = parse_date(day.get<std::string>(), "/calendar");
            } catch (const InputError& e) {
                throw year_file_error(where + e.message);
            }
            // Its own year, or the last days of the year before (the New Year bridge).
            if (!(d.year == year || (d.year == year - 1 && d.month == 12)))
                throw year_file_error(where + format_date(d) + " 不属于该年（或其前一年的 12 月）");
            if (std::string(key) == "holidays") holidays.insert(format_date(d));
            else {
                if (weekday(d) != 0 && weekday(d) != 6) throw year_file_error(where + "调休上班日 " + format_date(d) + " 不是周末");
                if (holidays.count(format_date(d))) throw year_file_error(where + format_date(d) + " 既是放假日又是调休上班日");
            }
        }
    }
    return year;
}

std::string calendar_file_digest(std::string_view text) {
    uint64_t hash = 14695981039346656037ull;  // FNV-1a 64
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    static const char hex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; i--, hash >>= 4) out[static_cast<size_t>(i)] = hex[hash & 15];
    return out;
}

WorkCalendar::WorkCalendar(const std::vector<std::string_view>& year_files) {
    std::map<int, json> parsed;  // a later file of a year replaces an earlier one
    for (std::string_view text : year_files) {
        json file = json::parse(text);
        int year = file.at("year").get<int>();
        files_[year] = std::string(text);
        sources_[year] = file.value("source", "");
        parsed[year] = std::move(file);
    }
    for (const auto& [year, file] : parsed) {
        for (const auto& [key, days] : {std::pair{"holidays", &holidays_}, std::pair{"makeup_workdays", &makeup_workdays_}})
            for (const json& day : file.at(key))
                days->insert(days_from_civil(parse_date(day.get<std::string>(), "/calendar")));
    }
    for (long day : holidays_)
        if (makeup_workdays_.count(day)) throw std::runtime_error("calendar: " + format_date(civil_from_days(day)) + " is both a holiday and a make-up working day");
    first_year_ = first_calendar_year();
    last_year_ = lunar_dates().at("last_year").get<int>();
    if (!files_.empty()) {
        if (files_.begin()->first < first_year_) throw std::runtime_error("calendar: a year file before " + std::to_string(first_year_));
        last_year_ = std::max(last_year_, files_.rbegin()->first);
    }
    build_provisional_years();
}

// 《全国年节及纪念日放假办法》 applied to each year without an official file
// (assets/calendar/statutory-holidays.json): the holidays in date order; each
// day of a holiday that is already off (a weekend, or a day of another
// holiday) is made up on the next working day after the holiday's days.
void WorkCalendar::build_provisional_years() {
    const json& table = lunar_dates().at("years");
    const json& rules = statutory_holidays().at("holidays");
    for (int year = first_year_; year <= last_year_; year++) {
        if (files_.count(year)) continue;
        auto row = table.find(std::to_string(year));
        if (row == table.end()) continue;  // beyond the lunar table: not covered
        struct Planned { Date first; size_t order; const json* rule; };
        std::vector<Planned> planned;
        for (size_t i = 0; i < rules.size(); i++) {
            std::string start = rules[i].at("start").get<std::string>();
            bool fixed = !start.empty() && start[0] >= '0' && start[0] <= '9';  // "MM-DD", else a lunar-dates.json column
            Date first = fixed ? parse_date(std::to_string(year) + "-" + start, "/calendar")
                                           : parse_date(row->at(start).get<std::string>(), "/calendar");
            planned.push_back({first, i, &rules[i]});
        }
        std::sort(planned.begin(), planned.end(), [](const Planned& a, const Planned& b) {
            return a.first != b.first ? a.first < b.first : a.order < b.order;
        });
        std::set<long> off;  // this year's days off so far
        std::map<long, std::string> holiday_of;  // day -> the holiday that first took it
        auto is_weekend = [](const Date& d) { return weekday(d) == 0 || weekday(d) == 6; };
        std::vector<ProvisionalHoliday>& holidays = provisional_[year];
        for (const Planned& p : planned) {
            ProvisionalHoliday h;
            h.name = p.rule->at("name").get<std::string>();
            int owed = 0;
            Date last = p.first;
            for (int i = 0; i < p.rule->at("days").get<int>(); i++) {
                Date d = add_days(p.first, i);
                long key = days_from_civil(d);
                if (is_weekend(d)) owed++;
                else if (off.count(key)) {
                    owed++;
                    provisional_notes_[year].push_back(
                        std::to_string(year) + " 年" + h.name + "（" + std::to_string(d.month) + "月" + std::to_string(d.day) + "日）与" +
                        holiday_of[key] + "重合：放假办法未规定如何计算，暂按两节各放 1 天、在其后下一个工作日补假计算");
                }
                off.insert(key);
                holiday_of.emplace(key, h.name);
                h.days.push_back(d);
                last = d;
            }
            for (Date d = add_days(last, 1); owed > 0; d = add_days(d, 1)) {
                long key = days_from_civil(d);
                if (is_weekend(d) || off.count(key)) continue;
                off.insert(key);
                holiday_of.emplace(key, h.name);
                h.makeup.push_back(d);
                owed--;
            }
            holidays.push_back(std::move(h));
        }
        provisional_days_off_.insert(off.begin(), off.end());
    }
}

bool WorkCalendar::is_official(int year) const { return files_.count(year) != 0; }
bool WorkCalendar::is_provisional(int year) const { return !is_official(year) && provisional_.count(year) != 0; }
bool WorkCalendar::covers(const Date& d) const { return is_official(d.year) || is_provisional(d.year); }
int WorkCalendar::first_covered_year() const { return first_year_; }
int WorkCalendar::last_covered_year() const { return last_year_; }
int WorkCalendar::last_official_year() const { return files_.empty() ? 0 : files_.rbegin()->first; }

std::vector<int> WorkCalendar::official_years() const {
    std::vector<int> years;
    for (const auto& [year, text] : files_) years.push_back(year);
    return years;
}

std::string WorkCalendar::source(int year) const {
    auto it = sources_.find(year);
    return it == sources_.end() ? "" : it->second;
}

std::string WorkCalendar::year_file(int year) const {
    auto it = files_.find(year);
    return it == files_.end() ? "" : it->second;
}

std::string WorkCalendar::digest(int year) const {
    auto it = files_.find(year);
    return it == files_.end() ? "" : calendar_file_digest(it->second);
}

std::vector<ProvisionalHoliday> WorkCalendar::provisional_holidays(int year) const {
    if (!is_provisional(year)) return {};
    return provisional_.at(year);
}

std::vector<std::string> WorkCalendar::provisional_notes(int year) const {
    if (!is_provisional(year)) return {};
    auto it = provisional_notes_.find(year);
    return it == provisional_notes_.end() ? std::vector<std::string>{} : it->second;
}

void WorkCalendar::throw_outside(const Date& d, const std::string& path) const {
    if (d.year < first_year_)
        throw InputError("date_outside_calendar",
                         "日期 " + format_date(d) + " 早于通知施行的 " + std::to_string(first_year_) + " 年，不在工作日历内", path);
    throw InputError("date_outside_calendar",
                     "日期 " + format_date(d) + " 不在工作日历内：日历只覆盖 " + std::to_string(first_year_) + "—" +
                         std::to_string(last_year_) + " 年（国务院已公布安排的年份，其余年份按放假办法暂定）",
                     path);
}

void WorkCalendar::require(const Date& d) const {
    if (!covers(d)) throw_outside(d, "/date");
}

DayKind WorkCalendar::day_kind(const Date& d, YearsUsed* used) const {
    require(d);
    long day = days_from_civil(d);
    if (holidays_.count(day)) return DayKind::holiday;
    if (makeup_workdays_.count(day)) return DayKind::makeup_workday;
    if (!is_official(d.year)) {
        if (used) used->insert(d.year);
        if (provisional_days_off_.count(day)) return DayKind::holiday;
    }
    int wd = weekday(d);
    return (wd == 0 || wd == 6) ? DayKind::weekend : DayKind::workday;
}

bool WorkCalendar::is_working_day(const Date& d, YearsUsed* used) const {
    DayKind kind = day_kind(d, used);
    return kind == DayKind::workday || kind == DayKind::makeup_workday;
}

// Walks day by day from d (excluded) in `direction` (+1 or -1) to the nth working day.
Date WorkCalendar::step_working(Date d, int n, int direction, YearsUsed* used) const {
    while (n > 0) {
        d = add_days(d, direction);
        if (is_working_day(d, used)) n--;
    }
    return d;
}

Date WorkCalendar::working_day_before(const Date& d, int n, YearsUsed* used) const {
    require(d);
    return step_working(d, n, -1, used);
}

Date WorkCalendar::working_day_after(const Date& d, int n, YearsUsed* used) const {
    require(d);
    return step_working(d, n, +1, used);
}

Date WorkCalendar::working_day_counting(const Date& first, int n, YearsUsed* used) const {
    require(first);
    return step_working(add_days(first, -1), n, +1, used);
}

int WorkCalendar::working_days_between(const Date& from, const Date& to, YearsUsed* used) const {
    require(from);
    require(to);
    if (to < from) return -working_days_between(to, from, used);
    int count = 0;
    for (Date d = add_days(from, 1); d <= to; d = add_days(d, 1))
        if (is_working_day(d, used)) count++;
    return count;
}

std::string provisional_warning(const YearsUsed& years) {
    if (years.empty()) return "";
    std::string names;
    for (int year : years) names += (names.empty() ? "" : "、") + std::to_string(year);
    std::string text = names + " 年的节假日安排尚未由国务院办公厅公布（通常于上一年 11 月前后公布），本结果按《全国年节及纪念日放假办法》推算的暂定日历计算（周末、法定节假日及补假，未计调休上班日）；正式安排公布后，日期可能变动。";
    const WorkCalendar& cal = WorkCalendar::current();
    for (int year : years)
        for (const std::string& note : cal.provisional_notes(year)) text += note + "。";
    return text;
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
    const WorkCalendar& cal = WorkCalendar::current();
    // Before the notice: an error for every event. Later years: only a
    // working-day count needs the calendar (and throws below when it has none).
    if (date.year < cal.first_covered_year()) cal.throw_outside(date, "/date");

    std::vector<Deadline> out;
    for (const json& rule : spec.at("deadlines")) {
        Date from = date;
        std::string from_name = rule.at("from").get<std::string>();
        YearsUsed used;
        for (const Deadline& earlier : out)
            if (earlier.name == from_name) {
                from = earlier.date;
                used = earlier.provisional_years;  // counted from a date that was itself provisional
            }
        int n = rule.at("count").get<int>();
        std::string kind = rule.at("rule").get<std::string>();

        // Counting may walk out of the calendar: name the event date, which the user gave.
        Date due;
        try {
            if (kind == "working_days_before") due = cal.working_day_before(from, n, &used);
            else if (kind == "working_days_from") due = cal.working_day_counting(from, n, &used);
            else if (kind == "working_days_after") due = cal.working_day_after(from, n, &used);
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
        // A calendar-day deadline needs no calendar; the note on a day off is a hint and says when it is provisional.
        // Only a note that is shown makes the answer provisional.
        YearsUsed note_used;
        if (kind.rfind("calendar_days", 0) == 0 && cal.covers(due) && !cal.is_working_day(due, &note_used)) {
            d.note = "该日为" + std::string(cal.day_kind(due) == DayKind::holiday ? (cal.is_provisional(due.year) ? "法定节假日（按暂定日历）" : "法定节假日") : "周末") +
                     "，建议在此前的工作日办理";
            if (cal.day_kind(due) == DayKind::holiday) used.insert(note_used.begin(), note_used.end());
        }
        d.provisional_years = used;
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
    if (!d.provisional_years.empty()) j["provisional"] = true;
    return j;
}

// "provisional": bool, and when true "provisional_years" and "warning" (contract "deadlines").
static void add_provisional(json& out, const YearsUsed& years) {
    out["provisional"] = !years.empty();
    if (years.empty()) return;
    out["provisional_years"] = years;
    out["warning"] = provisional_warning(years);
}

json deadlines_for_event(const json& event) {
    std::string kind = event_member(event);
    event_spec(kind);  // unknown_event before a date error
    Date date = date_member(event, "date");
    json out = {{"event", kind}, {"date", format_date(date)}};
    json list = json::array();
    YearsUsed used;
    for (const Deadline& d : compute_deadlines(kind, date)) {
        out[d.name] = format_date(d.date);
        list.push_back(deadline_json(d));
        used.insert(d.provisional_years.begin(), d.provisional_years.end());
    }
    add_provisional(out, used);
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
    const WorkCalendar& cal = WorkCalendar::current();
    if (check.working_days && !cal.covers(actual)) cal.throw_outside(actual, "/actual");
    check.provisional_years = check.deadline.provisional_years;
    long diff = check.working_days ? cal.working_days_between(check.deadline.date, actual, &check.provisional_years)
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
    json out = {{"event", kind},
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
    add_provisional(out, c.provisional_years);
    return out;
}

}  // namespace skillaid
