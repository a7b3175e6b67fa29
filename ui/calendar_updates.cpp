#include "ui/calendar_updates.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "engine/calendar.h"
#include "engine/forms/text.h"
#include "ui/app.h"
#include "ui/draft_deadlines.h"
#include "ui/strings.h"
#include "ui/web_platform.h"

namespace skillaid {

using nlohmann::json;

constexpr const char* kCalendarApi = "/api/v1/calendar";

static int g_generation = 0;
int calendar_generation() { return g_generation; }

//-----------------------------------------------------------------------------
// The page: web/sync.js getText(); answers wait on HttpChannel::calendar.
//-----------------------------------------------------------------------------

static void get(AppState& app, CalendarUpdates::Step step, const std::string& path) {
    CalendarUpdates& c = app.calendar;
    std::string base = app.sync.server;  // the sync client's server ("" = this site)
    while (!base.empty() && base.back() == '/') base.pop_back();
    c.step = step;
    c.started_ms = web::now_ms();
    web::http_get_text(++c.request_id, base + kCalendarApi + path);
}

//-----------------------------------------------------------------------------
// Storage: calendar_years and calendar_notices (migration 3 of draft_store.cpp)
//-----------------------------------------------------------------------------

static void store_year(AppState& app, int year, const std::string& text) {
    if (!app.store.calendar_year_save(year, text, calendar_file_digest(text), static_cast<long long>(web::now_ms())))
        storage_notice(app, text::storage_calendar_failed);
}

static void add_notice(AppState& app, const std::string& draft_id, const std::string& text) {
    std::vector<CalendarNotice>& notices = app.calendar.notices;
    long long id = app.store.calendar_notice_add(draft_id, text, static_cast<long long>(web::now_ms()));
    if (!id) {  // not stored: shown all the same until a reload, with an id below every other
        storage_notice(app, text::storage_calendar_failed);
        id = -1;
        for (const CalendarNotice& n : notices) id = std::min(id, n.id - 1);
    }
    notices.push_back(CalendarNotice{id, draft_id, text});
}

void calendar_dismiss(AppState& app, long long notice_id) {
    if (notice_id > 0 && !app.store.calendar_notice_remove(notice_id)) {
        storage_notice(app, text::storage_calendar_failed);
        return;  // still stored: kept in the list too
    }
    std::erase_if(app.calendar.notices, [&](const CalendarNotice& n) { return n.id == notice_id; });
    web::persist_files();
}

// Installs one official year file; false (nothing changed) with `error` set when it is refused.
static bool install(const std::string& text, std::string& error) {
    try {
        WorkCalendar::install_year_files({text});
        g_generation++;
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

void calendar_init(AppState& app) {
    CalendarUpdates& c = app.calendar;
    c.was_online = app.online;
    if (!app.store_ok) return;
    std::vector<CalendarYearRow> stored;
    if (!app.store.calendar_years(stored)) storage_notice(app, text::storage_read_failed);
    bool dropped = false;
    for (const auto& [year, text] : stored) {
        std::string error;
        bool ok = false;
        try {
            ok = validate_year_file(text) == year && install(text, error);
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (ok) continue;
        // A file this build no longer accepts: the next check fetches it again.
        if (!app.store.calendar_year_remove(year)) storage_notice(app, text::storage_calendar_failed);
        set_notice(app, format_text(text::cal_stored_dropped_format, year, error.c_str()), true);
        dropped = true;
    }
    if (dropped) web::persist_files();

    std::vector<CalendarNoticeRow> rows;
    if (!app.store.calendar_notices(rows)) storage_notice(app, text::storage_read_failed);
    for (CalendarNoticeRow& r : rows) c.notices.push_back(CalendarNotice{r.id, std::move(r.draft_id), std::move(r.text)});
}

//-----------------------------------------------------------------------------
// Installing a round of fetched years, and what moved
//-----------------------------------------------------------------------------

// A draft not (yet) with the server: never submitted, still waiting in the outbox, refused, or
// returned (it can be submitted again). Received, accepted or paid: the server has its dates.
static bool draft_not_with_server(const AppState& app, const std::string& draft_id) {
    const OutboxItem* it = outbox_item_for_draft(app, draft_id);
    return !it || it->state != "done" || it->status == "returned";
}

struct DraftDates {
    std::string id, title;
    std::vector<DraftDeadline> deadlines;
};

static std::vector<DraftDates> open_draft_dates(AppState& app) {
    std::vector<DraftDates> out;
    std::vector<DraftRow> rows;
    if (!app.store.list(rows)) storage_notice(app, text::storage_read_failed);
    for (const DraftRow& r : rows) {
        const FormKind* kind = find_form_kind(r.kind);
        if (!kind || !kind->deadline_events || !draft_not_with_server(app, r.id)) continue;
        std::optional<DraftRow> row = app.store.load(r.id);
        if (!row) continue;
        json body = json::parse(row->body, nullptr, false);
        std::string title = r.title.empty() ? text::untitled : r.title;
        out.push_back(DraftDates{r.id, title, draft_deadlines(*kind, body)});
    }
    return out;
}

static std::string year_list(const std::vector<int>& years) {
    std::string out;
    for (int y : years) out += (out.empty() ? "" : "、") + std::to_string(y);
    return out;
}

static void install_round(AppState& app) {
    CalendarUpdates& c = app.calendar;
    save_draft_now(app);  // the open draft's edits are in its stored body
    std::vector<DraftDates> before = open_draft_dates(app);
    std::vector<int> installed;
    bool was_provisional = false;
    std::map<int, bool> provisional_before;
    for (const auto& [year, text] : c.fetched) {
        bool provisional = WorkCalendar::current().is_provisional(year);
        std::string error;
        if (!install(text, error)) {
            set_notice(app, format_text(text::cal_fetched_invalid_format, year, error.c_str()), true);
            continue;
        }
        store_year(app, year, text);
        installed.push_back(year);
        provisional_before[year] = provisional;
        was_provisional |= provisional;
    }
    c.fetched.clear();
    if (installed.empty()) return;

    const WorkCalendar& cal = WorkCalendar::current();
    for (int year : installed) {
        std::string what = format_text(provisional_before[year] ? text::cal_update_official_format : text::cal_update_revised_format,
                                       std::to_string(year).c_str());
        add_notice(app, "", format_text(text::cal_year_line_format, what.c_str(), cal.source(year).c_str()));
    }
    std::string what = format_text(was_provisional ? text::cal_update_official_format : text::cal_update_revised_format,
                                   year_list(installed).c_str());
    for (const DraftDates& after : open_draft_dates(app)) {
        const DraftDates* old = nullptr;
        for (const DraftDates& b : before)
            if (b.id == after.id) old = &b;
        if (!old) continue;
        for (const DraftDeadline& now : after.deadlines)
            for (const DraftDeadline& then : old->deadlines)
                if (then.name == now.name && then.date != now.date)
                    add_notice(app, after.id, format_text(text::cal_moved_format, what.c_str(), after.title.c_str(),
                                                          now.label.c_str(), then.date.c_str(), now.date.c_str()));
    }
    if (app.draft) draft_recheck(app);
    web::persist_files();
}

//-----------------------------------------------------------------------------
// The check
//-----------------------------------------------------------------------------

static void fetch_next(AppState& app) {
    CalendarUpdates& c = app.calendar;
    if (c.wanted.empty()) {
        c.step = CalendarUpdates::Step::idle;
        install_round(app);
        return;
    }
    get(app, CalendarUpdates::Step::fetching, "/" + std::to_string(c.wanted.front().first));
}

static void on_list(AppState& app, int status, const std::string& body) {
    CalendarUpdates& c = app.calendar;
    json a = json::parse(body, nullptr, false);
    c.wanted.clear();
    c.fetched.clear();
    if (status != 200 || !a.is_object() || !a.contains("years") || !a["years"].is_array()) {
        c.step = CalendarUpdates::Step::idle;
        if (status != 200) c.next_check_ms = web::now_ms() + kCalendarRetryMs;  // no answer: try again sooner
        return;
    }
    const WorkCalendar& cal = WorkCalendar::current();
    for (const json& y : a["years"]) {
        if (!y.is_object() || !y.contains("year") || !y["year"].is_number_integer()) continue;
        int year = y["year"].get<int>();
        std::string digest = y.value("digest", "");
        if (!digest.empty() && digest != cal.digest(year)) c.wanted.emplace_back(year, digest);
    }
    fetch_next(app);
}

static void on_year(AppState& app, int status, const std::string& body) {
    CalendarUpdates& c = app.calendar;
    int year = c.wanted.front().first;
    c.wanted.erase(c.wanted.begin());
    if (status == 200) {
        try {
            if (validate_year_file(body) != year) throw std::runtime_error(std::to_string(year));
            if (calendar_file_digest(body) != WorkCalendar::current().digest(year))  // else: what we have already
                c.fetched.emplace_back(year, body);
        } catch (const std::exception& e) {
            set_notice(app, format_text(text::cal_fetched_invalid_format, year, e.what()), true);
        }
    } else if (status == 0) {
        c.next_check_ms = web::now_ms() + kCalendarRetryMs;  // the link dropped: the rest next time
    }
    fetch_next(app);
}

static void take_answer(AppState& app, const web::HttpAnswer& answer) {
    CalendarUpdates& c = app.calendar;
    if (answer.id != c.request_id || c.step == CalendarUpdates::Step::idle) return;  // stale
    if (c.step == CalendarUpdates::Step::listing) on_list(app, answer.status, answer.body);
    else on_year(app, answer.status, answer.body);
}

static void calendar_step(AppState& app);

// Frames on demand: a timer for the request's timeout or the next check.
void calendar_frame(AppState& app) {
    calendar_step(app);
    const CalendarUpdates& c = app.calendar;
    double now = web::now_ms();
    double due = c.step != CalendarUpdates::Step::idle ? c.started_ms + kCalendarRequestTimeoutMs : c.next_check_ms;
    if (due > now) web::request_frame_after(due - now);
}

static void calendar_step(AppState& app) {
    CalendarUpdates& c = app.calendar;
    double now = web::now_ms();
    web::HttpAnswer answer;
    while (web::take_http_answer(web::HttpChannel::calendar, answer)) take_answer(app, answer);
    if (c.step != CalendarUpdates::Step::idle && now - c.started_ms > kCalendarRequestTimeoutMs)
        take_answer(app, web::HttpAnswer{c.request_id, 0, ""});  // answered as a network failure
    if (app.online && !c.was_online) c.next_check_ms = 0;  // back online: check at once
    c.was_online = app.online;
    if (c.step != CalendarUpdates::Step::idle || !app.online || now < c.next_check_ms) return;
    c.next_check_ms = now + kCalendarCheckIntervalMs;
    get(app, CalendarUpdates::Step::listing, "");
}

}  // namespace skillaid
