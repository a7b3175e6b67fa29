#include "ui/calendar_updates.h"

#include <emscripten.h>

#include <deque>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "engine/calendar.h"
#include "sqlite3.h"
#include "ui/app.h"
#include "ui/draft_deadlines.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"
#include "ui/web_platform.h"

namespace skillaid {

using nlohmann::json;
using parts::printf_text;

constexpr const char* kCalendarApi = "/api/v1/calendar";

static int g_generation = 0;
int calendar_generation() { return g_generation; }

//-----------------------------------------------------------------------------
// The page: web/sync.js getText(); answers are queued for calendar_frame.
//-----------------------------------------------------------------------------

struct CalendarAnswer {
    int id;
    int status;  // 0: no answer
    std::string body;
};
static std::deque<CalendarAnswer> g_answers;

// clang-format off
EM_JS(void, js_calendar_get, (int id, const char* url), {
    if (window.SkillAidSync) window.SkillAidSync.getText(id, UTF8ToString(url), '_skillaid_calendar_http_done');
});
// clang-format on

static void get(AppState& app, CalendarUpdates::Step step, const std::string& path) {
    CalendarUpdates& c = app.calendar;
    std::string base = app.sync.server;  // the sync client's server ("" = this site)
    while (!base.empty() && base.back() == '/') base.pop_back();
    c.step = step;
    c.started_ms = web::now_ms();
    js_calendar_get(++c.request_id, (base + kCalendarApi + path).c_str());
}

//-----------------------------------------------------------------------------
// Storage: calendar_years and calendar_notices (migration 3 of draft_store.cpp)
//-----------------------------------------------------------------------------

static std::string column_text(sqlite3_stmt* st, int i) {
    const unsigned char* t = sqlite3_column_text(st, i);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(st, i))) : "";
}

static void bind_text(sqlite3_stmt* st, int i, const std::string& v) {
    sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

static void store_year(AppState& app, int year, const std::string& text) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(app.store.handle(),
                       "INSERT INTO calendar_years (year, text, digest, fetched_ms) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(year) DO UPDATE SET text = excluded.text, digest = excluded.digest, "
                       "fetched_ms = excluded.fetched_ms",
                       -1, &st, nullptr);
    sqlite3_bind_int(st, 1, year);
    bind_text(st, 2, text);
    bind_text(st, 3, calendar_file_digest(text));
    sqlite3_bind_int64(st, 4, static_cast<long long>(web::now_ms()));
    if (sqlite3_step(st) != SQLITE_DONE)
        set_notice(app, text::storage_failed + std::string(sqlite3_errmsg(app.store.handle())), true);
    sqlite3_finalize(st);
}

static void drop_year(AppState& app, int year) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(app.store.handle(), "DELETE FROM calendar_years WHERE year = ?", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, year);
    sqlite3_step(st);
    sqlite3_finalize(st);
}

static void add_notice(AppState& app, const std::string& draft_id, const std::string& text) {
    sqlite3* db = app.store.handle();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO calendar_notices (draft_id, text, created_ms) VALUES (?, ?, ?)", -1, &st, nullptr);
    bind_text(st, 1, draft_id);
    bind_text(st, 2, text);
    sqlite3_bind_int64(st, 3, static_cast<long long>(web::now_ms()));
    if (sqlite3_step(st) == SQLITE_DONE)
        app.calendar.notices.push_back(CalendarNotice{sqlite3_last_insert_rowid(db), draft_id, text});
    sqlite3_finalize(st);
}

void calendar_dismiss(AppState& app, long long notice_id) {
    std::erase_if(app.calendar.notices, [&](const CalendarNotice& n) { return n.id == notice_id; });
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(app.store.handle(), "DELETE FROM calendar_notices WHERE id = ?", -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, notice_id);
    sqlite3_step(st);
    sqlite3_finalize(st);
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
    sqlite3* db = app.store.handle();
    if (!db) return;
    std::vector<std::pair<int, std::string>> stored;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT year, text FROM calendar_years ORDER BY year", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) stored.emplace_back(sqlite3_column_int(st, 0), column_text(st, 1));
    sqlite3_finalize(st);
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
        drop_year(app, year);  // a file this build no longer accepts: the next check fetches it again
        set_notice(app, printf_text(text::cal_stored_dropped_format, year, error.c_str()), true);
        dropped = true;
    }
    if (dropped) web::persist_files();

    sqlite3_prepare_v2(db, "SELECT id, draft_id, text FROM calendar_notices ORDER BY id", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        c.notices.push_back(CalendarNotice{sqlite3_column_int64(st, 0), column_text(st, 1), column_text(st, 2)});
    sqlite3_finalize(st);
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
    for (const DraftRow& r : app.store.list()) {
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
            set_notice(app, printf_text(text::cal_fetched_invalid_format, year, error.c_str()), true);
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
        std::string what = printf_text(provisional_before[year] ? text::cal_update_official_format : text::cal_update_revised_format,
                                       std::to_string(year).c_str());
        add_notice(app, "", printf_text(text::cal_year_line_format, what.c_str(), cal.source(year).c_str()));
    }
    std::string what = printf_text(was_provisional ? text::cal_update_official_format : text::cal_update_revised_format,
                                   year_list(installed).c_str());
    for (const DraftDates& after : open_draft_dates(app)) {
        const DraftDates* old = nullptr;
        for (const DraftDates& b : before)
            if (b.id == after.id) old = &b;
        if (!old) continue;
        for (const DraftDeadline& now : after.deadlines)
            for (const DraftDeadline& then : old->deadlines)
                if (then.name == now.name && then.date != now.date)
                    add_notice(app, after.id, printf_text(text::cal_moved_format, what.c_str(), after.title.c_str(),
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
            set_notice(app, printf_text(text::cal_fetched_invalid_format, year, e.what()), true);
        }
    } else if (status == 0) {
        c.next_check_ms = web::now_ms() + kCalendarRetryMs;  // the link dropped: the rest next time
    }
    fetch_next(app);
}

void calendar_frame(AppState& app) {
    CalendarUpdates& c = app.calendar;
    double now = web::now_ms();
    if (c.step != CalendarUpdates::Step::idle && now - c.started_ms > kCalendarRequestTimeoutMs)
        g_answers.push_back({c.request_id, 0, ""});  // answered as a network failure
    while (!g_answers.empty()) {
        CalendarAnswer answer = std::move(g_answers.front());
        g_answers.pop_front();
        if (answer.id != c.request_id || c.step == CalendarUpdates::Step::idle) continue;  // stale
        if (c.step == CalendarUpdates::Step::listing) on_list(app, answer.status, answer.body);
        else on_year(app, answer.status, answer.body);
    }
    if (app.online && !c.was_online) c.next_check_ms = 0;  // back online: check at once
    c.was_online = app.online;
    if (c.step != CalendarUpdates::Step::idle || !app.online || now < c.next_check_ms) return;
    c.next_check_ms = now + kCalendarCheckIntervalMs;
    get(app, CalendarUpdates::Step::listing, "");
}

}  // namespace skillaid

// web/sync.js: the answer to calendar request `id` (status 0: no answer).
extern "C" EMSCRIPTEN_KEEPALIVE void skillaid_calendar_http_done(int id, int status, const char* body) {
    skillaid::g_answers.push_back({id, status, body ? body : ""});
}
