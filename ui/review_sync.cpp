#include "ui/review_sync.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "engine/forms/office_documents.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "ui/app.h"
#include "ui/strings.h"
#include "ui/sync.h"
#include "ui/web_platform.h"

namespace skillaid {

using nlohmann::json;

constexpr const char* kOwnerKey = "review.owner";
constexpr const char* kCursorKey = "review.cursor";
constexpr const char* kReportKeyPrefix = "review.report.";
constexpr int kListLimit = 100;

//-----------------------------------------------------------------------------
// The cache in memory: rows and what the queue shows of them
//-----------------------------------------------------------------------------

static ReviewItem make_item(ReviewItemRow row) {
    ReviewItem it;
    it.row = std::move(row);
    return it;
}

static ReviewItem new_item(const std::string& id) {
    ReviewItem it;
    it.row.id = id;
    return it;
}

static ReviewItem* find_item(ReviewSync& r, const std::string& id) {
    for (ReviewItem& it : r.items)
        if (it.row.id == id) return &it;
    return nullptr;
}

const ReviewItem* review_item(const AppState& app, const std::string& id) {
    for (const ReviewItem& it : app.review.items)
        if (it.row.id == id) return &it;
    return nullptr;
}

// What the queue shows of an item: its summary's members, the status after the
// actions still waiting, and whether it is overdue today.
static void derive(const AppState& app, ReviewItem& it) {
    it.summary = json::parse(it.row.summary, nullptr, false);
    const json& s = it.summary;
    it.status = json_text(s, "status");
    it.receipt = json_text(s, "receipt");
    it.kind = json_text(s, "kind");
    it.business = json_text(s, "business");
    it.organisation = s.is_object() && s.contains("organisation") ? json_text(s["organisation"], "name") : "";
    it.created_at = json_text(s, "created_at");
    it.publicity_start = json_text(s, "publicity_start");
    it.publicity_ends = json_text(s, "publicity_ends");
    it.payment_by = json_text(s, "payment_by");
    it.paid_on = json_text(s, "paid_on");
    it.total_fen = s.is_object() ? s.value("total_fen", 0LL) : 0;
    const Overdue o = review_overdue(it.status, it.payment_by, it.paid_on, app.today);
    it.overdue = overdue_id(o);
    it.overdue_label = overdue_label(o);
    it.shown_status = it.status;
    it.pending.clear();
    it.refused.clear();
    for (const ReviewAction& a : app.review.actions) {
        if (a.row.submission_id != it.row.id) continue;
        if (a.row.state == "waiting" || a.row.state == "sending") {
            if (const StatusMove* m = find_status_move(a.action, it.shown_status)) it.shown_status = m->to;
            it.pending += (it.pending.empty() ? std::string(text::review_pending_prefix) : "、") + status_action_label(a.action);
            it.refused.clear();
        } else if (a.row.state == "refused") {
            it.refused = a.row.error;
        } else {
            it.refused.clear();  // a later action went through
        }
    }
}

static void derive_all(AppState& app) {
    for (ReviewItem& it : app.review.items) derive(app, it);
    app.review.generation++;
    web::request_frame();
}

static void save_item(AppState& app, ReviewItem& it) {
    it.row.updated_ms = static_cast<long long>(web::now_ms());
    if (!app.store.review_item_save(it.row)) storage_notice(app, text::storage_review_failed);
    web::persist_files();
}

static void save_action(AppState& app, ReviewAction& a) {
    a.row.updated_ms = static_cast<long long>(web::now_ms());
    if (!app.store.review_action_save(a.row)) storage_notice(app, text::storage_review_failed);
    web::persist_files();
}

static void load(AppState& app) {
    ReviewSync& r = app.review;
    std::vector<ReviewItemRow> rows;
    std::vector<ReviewActionRow> actions;
    if (!app.store.review_items(rows) || !app.store.review_actions(actions)) storage_notice(app, text::storage_read_failed);
    r.items.clear();
    for (ReviewItemRow& row : rows) r.items.push_back(make_item(std::move(row)));
    r.actions.clear();
    for (ReviewActionRow& row : actions) {
        ReviewAction& a = r.actions.emplace_back();
        a.row = std::move(row);
        a.action = json_text(json::parse(a.row.body, nullptr, false), "action");
    }
    derive_all(app);
}

void review_init(AppState& app) {
    ReviewSync& r = app.review;
    r.owner = app.store.setting(kOwnerKey);
    std::string cursor = app.store.setting(kCursorKey);
    r.cursor = cursor.empty() ? "0" : cursor;
    load(app);
}

void review_session_started(AppState& app) {
    ReviewSync& r = app.review;
    const SyncSession& session = app.sync.session;
    if (session.login != r.owner) {  // another login: its cache is not this one's to read
        if (!app.store.review_clear()) storage_notice(app, text::storage_review_failed);
        // The generation keeps counting: views key their caches by it (the queue's rows are
        // indexes into items), and a reset to 0 could bring back an earlier session's key, whose
        // rows would then point past the emptied items (tests/web/workbench.test.mjs, 南关区).
        const int generation = r.generation;
        r = ReviewSync{};
        r.generation = generation;
        r.owner = session.login;
        sync_save_setting(app, kOwnerKey, r.owner);
        sync_save_setting(app, kCursorKey, r.cursor);
        derive_all(app);
    }
    if (session.role == "reviewer") app.screen = ScreenId::review;
}

//-----------------------------------------------------------------------------
// Requests: one at a time, in this order
//-----------------------------------------------------------------------------

static ReviewAction* next_action(ReviewSync& r) {
    for (ReviewAction& a : r.actions)  // oldest first: an action may depend on the one before
        if (a.row.state == "waiting" || a.row.state == "sending") return &a;
    return nullptr;
}

static void request_detail(AppState& app, const std::string& id) {
    app.sync.op_item = id;
    sync_request(app.sync, SyncState::Op::review_detail, "GET", "/submissions/" + id, "", false);
}

bool review_step(AppState& app) {
    SyncState& s = app.sync;
    ReviewSync& r = app.review;
    const double now = web::now_ms();
    if (ReviewAction* a = next_action(r); a && a->next_ms <= now) {
        a->row.state = "sending";
        s.op_item = a->row.key;
        sync_request(s, SyncState::Op::review_send, "POST", "/submissions/" + a->row.submission_id + "/review", a->row.body,
                     false);
        return true;
    }
    if (!r.detail_wanted.empty()) {
        std::string id = std::exchange(r.detail_wanted, "");
        request_detail(app, id);
        return true;
    }
    if (r.report_wanted > 0) {
        s.op_item = std::to_string(std::exchange(r.report_wanted, 0));
        sync_request(s, SyncState::Op::report, "GET", "/reports/summary?year=" + s.op_item, "", false);
        return true;
    }
    if (now >= s.next_sync_ms) {
        s.next_sync_ms = now + kSyncIntervalMs;
        sync_request(s, SyncState::Op::review_list, "GET",
                     "/submissions?since=" + r.cursor + "&limit=" + std::to_string(kListLimit), "", false);
        return true;
    }
    // In the background, one at a time: the detail of each item whose summary is newer (read offline later).
    if (now >= r.detail_retry_ms)
        for (const ReviewItem& it : r.items)
            if (it.stale()) {
                request_detail(app, it.row.id);
                return true;
            }
    return false;
}

void review_now(AppState& app) {
    for (ReviewAction& a : app.review.actions) a.next_ms = 0;
    app.review.detail_retry_ms = 0;
}

void review_request_dropped(AppState& app) {
    for (ReviewAction& a : app.review.actions)
        if (a.row.state == "sending") a.row.state = "waiting";
}

double review_due_ms(const AppState& app) {
    double due = app.review.detail_retry_ms;
    for (const ReviewAction& a : app.review.actions)
        if (a.row.state == "waiting" && a.next_ms > 0 && (due == 0 || a.next_ms < due)) due = a.next_ms;
    return due;
}

void review_want_detail(AppState& app, const std::string& id) {
    const ReviewItem* it = review_item(app, id);
    if (it && it->stale()) {
        app.review.detail_wanted = id;
        web::request_frame();
    }
}

void review_want_report(AppState& app, int year) {
    app.review.report_wanted = year;
    app.review.report_error.clear();
    web::request_frame();
}

const json* review_report(AppState& app, int year) {
    ReviewSync& r = app.review;
    auto found = r.reports.find(year);
    if (found == r.reports.end()) {  // the last answer kept for reading offline
        json stored = json::parse(app.store.setting(kReportKeyPrefix + std::to_string(year)), nullptr, false);
        found = r.reports.emplace(year, stored.is_object() ? stored : json()).first;
    }
    return found->second.is_object() ? &found->second : nullptr;
}

//-----------------------------------------------------------------------------
// Answers
//-----------------------------------------------------------------------------

// A detail from the server (GET or a review's answer): the item's summary and detail.
static void apply_detail(AppState& app, const json& detail) {
    const std::string id = json_text(detail, "id");
    if (id.empty()) return;
    ReviewItem* it = find_item(app.review, id);
    if (!it) it = &app.review.items.emplace_back(new_item(id));
    json summary = detail;
    for (const char* big : {"submitted", "server_estimate", "route", "register", "replayed"}) summary.erase(big);
    const long long change = detail.value("change", 0LL);
    it->row.summary = summary.dump();
    it->row.detail = detail.dump();
    it->row.change = std::max(it->row.change, change);
    it->row.detail_change = change;  // older than a summary listed since: fetched again
    save_item(app, *it);
}

void review_on_list(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    ReviewSync& r = app.review;
    const double now = web::now_ms();
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        return;
    }
    if (status != 200 || !a.is_object() || !a.contains("items")) {
        s.sync_failures++;
        s.next_sync_ms = now + sync_backoff_ms(s.sync_failures);
        return;
    }
    s.sync_failures = 0;
    s.last_sync_ms = r.listed_ms = now;
    for (const json& summary : a["items"]) {
        const std::string id = json_text(summary, "id");
        if (id.empty()) continue;
        ReviewItem* it = find_item(r, id);
        if (!it) it = &r.items.emplace_back(new_item(id));
        it->row.summary = summary.dump();
        it->row.change = summary.value("change", 0LL);
        save_item(app, *it);
    }
    if (a.contains("cursor")) {
        r.cursor = a["cursor"].is_string() ? a["cursor"].get<std::string>() : a["cursor"].dump();
        sync_save_setting(app, kCursorKey, r.cursor);
    }
    s.next_sync_ms = a.value("more", false) ? now : now + kSyncIntervalMs;
    derive_all(app);
}

void review_on_detail(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    ReviewSync& r = app.review;
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        return;
    }
    if (status == 200 && a.is_object()) {
        s.sync_failures = 0;
        apply_detail(app, a);
    } else if (status == 404) {  // no longer this office's: dropped from the cache
        std::erase_if(r.items, [&](const ReviewItem& it) { return it.row.id == s.op_item; });
        if (!app.store.review_item_remove(s.op_item)) storage_notice(app, text::storage_review_failed);
        web::persist_files();
    } else {
        s.sync_failures++;
        r.detail_retry_ms = web::now_ms() + sync_backoff_ms(s.sync_failures);
    }
    derive_all(app);
}

void review_on_send(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    ReviewSync& r = app.review;
    auto found = std::find_if(r.actions.begin(), r.actions.end(), [&](const ReviewAction& x) { return x.row.key == s.op_item; });
    if (found == r.actions.end()) return;
    ReviewAction& act = *found;
    if (status == 200 && a.is_object() && a.contains("id")) {
        act.row.state = "done";
        act.row.error.clear();
        act.attempts = 0;
        apply_detail(app, a);
        s.next_sync_ms = web::now_ms();  // pick up the cursor
    } else if (status == 401) {
        act.row.state = "waiting";  // sent again after the next login
        sync_forget_session(app, text::sync_expired);
    } else if (sync_retryable(status)) {
        act.row.state = "waiting";
        act.attempts++;
        act.next_ms = web::now_ms() + sync_backoff_ms(act.attempts);
        act.row.error = status == 0 ? text::sync_unreachable : sync_error_text(a, status);
    } else {  // 400, 403, 404, 409, 422: never sent again; the item shows the server's state
        act.row.state = "refused";
        act.row.error = sync_error_text(a, status);
        r.detail_wanted = act.row.submission_id;
        if (ReviewItem* it = find_item(r, act.row.submission_id)) it->row.detail_change = 0;  // stale
    }
    save_action(app, act);
    derive_all(app);
}

void review_on_report(AppState& app, int status, const json& a) {
    ReviewSync& r = app.review;
    const int year = std::atoi(app.sync.op_item.c_str());
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        return;
    }
    if (status == 200 && a.is_object() && a.contains("rows")) {
        r.reports[year] = a;
        r.report_error.clear();
        sync_save_setting(app, (kReportKeyPrefix + std::to_string(year)).c_str(), a.dump());
    } else {
        r.report_error = status == 0 ? text::sync_unreachable : sync_error_text(a, status);
    }
    r.generation++;
    web::request_frame();
}

//-----------------------------------------------------------------------------
// Actions
//-----------------------------------------------------------------------------

void review_queue(AppState& app, const std::string& submission_id, const json& body) {
    ReviewAction& a = app.review.actions.emplace_back();
    a.row.key = new_uuid();
    a.row.submission_id = submission_id;
    a.row.body = body.dump();
    a.row.state = "waiting";
    a.row.created_ms = static_cast<long long>(web::now_ms());
    a.action = json_text(body, "action");
    save_action(app, a);
    derive_all(app);
}

std::vector<const char*> review_allowed_actions(const ReviewItem& it) {
    std::vector<const char*> out;
    for (const StatusAction& a : status_actions())
        if (const StatusMove* m = find_status_move(a.id, it.shown_status); m && (!m->claims_only || it.kind == "claim"))
            out.push_back(a.id);
    return out;
}

}  // namespace skillaid
