#include "ui/sync.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <nlohmann/json.hpp>

#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "ui/app.h"
#include "ui/review_sync.h"
#include "ui/strings.h"
#include "ui/web_platform.h"

namespace skillaid {

using nlohmann::json;

constexpr const char* kServerKey = "sync.server";
constexpr const char* kSessionKey = "sync.session";
constexpr const char* kCursorKey = "sync.cursor";
constexpr const char* kApi = "/api/v1";
constexpr int kListLimit = 100;
constexpr double kCheckSettleMs = 1200.0;  // the roster's check is asked once typing paused this long

//-----------------------------------------------------------------------------
// The page: web/sync.js does the fetch; answers wait in web_platform until
// sync_frame takes them.
//-----------------------------------------------------------------------------

int sync_request(SyncState& s, SyncState::Op op, const char* method, const std::string& path, const std::string& body,
                 bool gzip) {
    json headers = {{"Content-Type", "application/json"}};
    if (!s.session.token.empty()) headers["Authorization"] = "Bearer " + s.session.token;
    if (op == SyncState::Op::send || op == SyncState::Op::review_send) headers["Idempotency-Key"] = s.op_item;
    std::string base = s.server;
    while (!base.empty() && base.back() == '/') base.pop_back();
    s.op = op;
    s.op_started_ms = web::now_ms();
    int id = ++s.request_id;
    web::http_request(id, method, base + kApi + path, headers.dump(), body, gzip);
    return id;
}

//-----------------------------------------------------------------------------
// Storage: settings and the outbox table (migration 2 of draft_store.cpp)
//-----------------------------------------------------------------------------

// Writes the item's row; a failure is shown in the notice line (the item stays in memory).
static void save_item(AppState& app, const OutboxItem& it) {
    if (!app.store.outbox_save(it)) storage_notice(app, text::storage_outbox_failed);
    web::persist_files();
}

static void load_outbox(AppState& app) {
    SyncState& s = app.sync;
    s.outbox.clear();
    if (!app.store.outbox_list(s.outbox)) storage_notice(app, text::storage_read_failed);
    s.views.clear();
    for (OutboxItem& it : s.outbox) {
        if (!it.register_check.empty()) it.register_reached = register_reached_count(json::parse(it.register_check, nullptr, false));
        if (!it.summary.empty()) s.views[it.id] = submission_view(json::parse(it.summary, nullptr, false));
    }
}

static void recount(SyncState& s) {
    s.waiting = static_cast<int>(std::count_if(s.outbox.begin(), s.outbox.end(), [](const OutboxItem& it) {
        return it.state == "waiting" || it.state == "sending";
    }));
}

void sync_save_setting(AppState& app, const char* key, const std::string& value) {
    if (!app.store.set_setting(key, value)) storage_notice(app, text::storage_failed);
    web::persist_files();
}

static void save_session(AppState& app) {
    const SyncSession& x = app.sync.session;
    json j = x.token.empty() ? json::object()
                             : json{{"token", x.token}, {"expires_ms", x.expires_ms}, {"login", x.login},
                                    {"role", x.role}, {"org_name", x.org_name}, {"uscc", x.uscc}, {"office", x.office}};
    sync_save_setting(app, kSessionKey, j.dump());
}

void sync_forget_session(AppState& app, const char* why) {
    app.sync.session = SyncSession{};
    app.sync.message = why;
    app.sync.message_error = true;
    save_session(app);
}

void sync_init(AppState& app) {
    SyncState& s = app.sync;
    s.server = s.server_edit = app.store.setting(kServerKey);
    std::string cursor = app.store.setting(kCursorKey);
    if (!cursor.empty()) s.cursor = cursor;
    json j = json::parse(app.store.setting(kSessionKey), nullptr, false);
    if (j.is_object() && j.contains("token")) {
        s.session.token = j.value("token", "");
        s.session.expires_ms = j.value("expires_ms", 0.0);
        s.session.login = s.login_edit = j.value("login", "");
        s.session.role = j.value("role", "");
        s.session.org_name = j.value("org_name", "");
        s.session.uscc = j.value("uscc", "");
        s.session.office = j.value("office", "");
    }
    load_outbox(app);
    recount(s);
    s.was_online = app.online;
    review_init(app);
}

//-----------------------------------------------------------------------------
// Answers
//-----------------------------------------------------------------------------

// The server's Chinese message, with the JSON Pointer paths it names.
std::string sync_error_text(const json& answer, int status) {
    if (!answer.is_object() || !answer.contains("error")) return "HTTP " + std::to_string(status);
    const json& e = answer["error"];
    std::string out = e.value("message", "");
    std::string paths = e.value("path", "");
    for (const json& m : e.value("mismatches", json::array())) {
        std::string p = m.value("path", "");
        if (!p.empty() && paths.find(p) == std::string::npos) paths += (paths.empty() ? "" : "、") + p;
    }
    if (!paths.empty()) out += format_text(text::sync_paths_format, paths.c_str());
    for (const std::string& line : register_reached_lines(e, nullptr)) out += "\n" + line;
    return out;
}

double sync_backoff_ms(int attempts) {
    static std::minstd_rand rng(static_cast<unsigned>(web::now_ms()));
    double delay = std::min(kSendBackoffCapMs, kSendBackoffBaseMs * std::pow(2.0, std::max(0, attempts - 1)));
    return delay / 2 + std::uniform_real_distribution<double>(0, delay / 2)(rng);  // jitter: spread the retries
}

static OutboxItem* find_item(SyncState& s, const std::string& id) {
    for (OutboxItem& it : s.outbox)
        if (it.id == id) return &it;
    return nullptr;
}

// A receipt or list summary from the server: the item is confirmed.
static bool apply_summary(SyncState& s, OutboxItem& it, const json& summary) {
    std::string status = summary.value("status", "");
    std::string receipt = summary.value("receipt", "");
    std::string reason = summary.value("reason", "");
    // The summary as the server last sent it (dates, overdue, history: issue 15), a list item's members only.
    json kept = summary;
    for (const char* big : {"submitted", "server_estimate", "route", "register", "replayed"}) kept.erase(big);
    std::string text = kept.dump();
    if (it.state == "done" && it.status == status && it.receipt == receipt && it.reason == reason && it.summary == text)
        return false;
    it.summary = std::move(text);
    s.views[it.id] = submission_view(kept);
    it.state = "done";
    it.status = status;
    it.receipt = receipt;
    it.reason = reason;
    it.error.clear();
    it.attempts = 0;
    it.updated_ms = static_cast<long long>(web::now_ms());
    return true;
}

bool sync_retryable(int status) { return status == 0 || status == 408 || status == 429 || status >= 500; }

static void on_login(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    if (status != 200 || !a.contains("token")) {
        s.message = status == 0 ? text::sync_unreachable : sync_error_text(a, status);
        s.message_error = true;
        return;
    }
    const json& user = a.value("user", json::object());
    s.session.token = a.value("token", "");
    s.session.expires_ms = web::now_ms() + a.value("expires_in", 0.0) * 1000.0;
    s.session.login = user.value("login", "");
    s.session.role = user.value("role", "");
    const json org = user.value("organisation", json());
    s.session.org_name = org.is_object() ? org.value("name", "") : "";
    s.session.uscc = org.is_object() ? org.value("uscc", "") : "";
    s.session.office = user.contains("office") && user["office"].is_string() ? user["office"].get<std::string>() : "";
    s.password_edit.clear();
    s.message.clear();
    s.message_error = false;
    save_session(app);
    review_session_started(app);  // another login's review cache is dropped; a reviewer opens the workbench
    sync_now(app);
    register_check_wanted(app);  // a roster checked while logged out
}

static void on_send(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    OutboxItem* it = find_item(s, s.op_item);
    if (!it) return;  // removed meanwhile
    double now = web::now_ms();
    it->updated_ms = static_cast<long long>(now);
    if ((status == 200 || status == 201) && a.contains("receipt")) {
        apply_summary(s, *it, a);
        s.next_sync_ms = now;  // pick up the cursor
        s.check_asked.clear();  // the register changed: the open roster is asked again
        register_check_wanted(app);
    } else if (status == 401) {
        it->state = "waiting";  // resent after the next login
        sync_forget_session(app, text::sync_expired);
    } else if (sync_retryable(status)) {
        it->state = "waiting";
        it->attempts++;
        it->next_ms = now + sync_backoff_ms(it->attempts);
        it->error = status == 0 ? text::sync_unreachable : sync_error_text(a, status);
    } else {  // 400, 403, 409, 413, 415, 422: the server will not take this body
        it->state = "refused";
        it->error = sync_error_text(a, status);
        // The server's figures (with the register's history): the clerk may take them (accept_server_figures).
        const json& e = a.is_object() ? a.value("error", json::object()) : json::object();
        if (status == 422 && e.value("code", "") == "estimate_mismatch" && a.contains("server_estimate"))
            it->offer = json{{"server_estimate", a["server_estimate"]}, {"trainees", e.value("trainees", json::array())}}.dump();
    }
    save_item(app, *it);
    recount(s);
}

// The answer to the open draft's check (Op::check): kept for the request it answers.
static void on_check(AppState& app, int status, const json& a, const std::string& asked) {
    SyncState& s = app.sync;
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        s.check_due_ms = web::now_ms();  // asked again after the next login
        return;
    }
    if (sync_retryable(status)) {  // asked again later; the last answer stays shown
        s.sync_failures++;
        s.check_due_ms = web::now_ms() + sync_backoff_ms(s.sync_failures);
        return;
    }
    s.check_asked = asked;
    s.check_answer = status == 200 && a.is_object() && a.contains("trainees")
                         ? a
                         : json{{"error", {{"message", sync_error_text(a, status)}}}};
}

// The check before an outbox item is sent (Op::check_item): stored with it, then the item is sent.
static void on_check_item(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    OutboxItem* it = find_item(s, s.op_item);
    if (!it) return;
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        return;
    }
    if (sync_retryable(status)) {
        it->attempts++;
        it->next_ms = web::now_ms() + sync_backoff_ms(it->attempts);
        it->error = status == 0 ? text::sync_unreachable : sync_error_text(a, status);
        return;
    }
    // A refused check (bad request, limits) never holds the submission back: the server checks it again.
    const bool answered = status == 200 && a.is_object() && a.contains("trainees");
    it->register_check = answered ? a.dump() : json{{"error", {{"message", sync_error_text(a, status)}}}}.dump();
    it->register_reached = answered ? register_reached_count(a) : 0;
    it->next_ms = 0;
    save_item(app, *it);
}

static void on_list(AppState& app, int status, const json& a) {
    SyncState& s = app.sync;
    double now = web::now_ms();
    if (status == 401) {
        sync_forget_session(app, text::sync_expired);
        return;
    }
    if (status != 200 || !a.contains("items")) {
        s.sync_failures++;
        s.next_sync_ms = now + sync_backoff_ms(s.sync_failures);
        return;
    }
    s.sync_failures = 0;
    s.last_sync_ms = now;
    for (const json& summary : a["items"]) {
        OutboxItem* it = find_item(s, summary.value("id", ""));
        if (it && it->state != "sending" && apply_summary(s, *it, summary)) {
            save_item(app, *it);
            s.check_asked.clear();  // a returned claim stops counting in the register
            register_check_wanted(app);
        }
    }
    recount(s);
    if (a.contains("cursor")) {
        s.cursor = a["cursor"].is_string() ? a["cursor"].get<std::string>() : a["cursor"].dump();
        sync_save_setting(app, kCursorKey, s.cursor);
    }
    s.next_sync_ms = a.value("more", false) ? now : now + kSyncIntervalMs;
}

//-----------------------------------------------------------------------------
// The sender
//-----------------------------------------------------------------------------

static void take_answer(AppState& app, const web::HttpAnswer& answer) {
    SyncState& s = app.sync;
    if (answer.id != s.request_id || s.op == SyncState::Op::none) return;  // stale (timed out)
    SyncState::Op op = s.op;
    s.op = SyncState::Op::none;
    if (answer.status == 0 || answer.status >= 500) {  // no answer (down, offline, timeout) or the server failed
        s.reach = SyncState::Reach::down;
    } else {
        s.reach = SyncState::Reach::ok;
        s.last_ok_ms = web::now_ms();
    }
    json a = json::parse(answer.body, nullptr, false);
    if (op == SyncState::Op::login) on_login(app, answer.status, a);
    else if (op == SyncState::Op::send) on_send(app, answer.status, a);
    else if (op == SyncState::Op::check) on_check(app, answer.status, a, s.op_item);
    else if (op == SyncState::Op::check_item) on_check_item(app, answer.status, a);
    else if (op == SyncState::Op::review_list) review_on_list(app, answer.status, a);
    else if (op == SyncState::Op::review_detail) review_on_detail(app, answer.status, a);
    else if (op == SyncState::Op::review_send) review_on_send(app, answer.status, a);
    else if (op == SyncState::Op::report) review_on_report(app, answer.status, a);
    else on_list(app, answer.status, a);
}

// An item whose trainees the register has not checked yet (issue 14: checked before it is sent).
static std::string item_check_request(const AppState& app, const OutboxItem& it) {
    if (!it.register_check.empty() || it.body.find("\"trainees\"") == std::string::npos) return "";
    json body = json::parse(it.body, nullptr, false);
    return body.is_object() && body.contains("scenario") ? history_check_request(body["scenario"], app.today, nullptr) : "";
}

static void start_send(AppState& app, OutboxItem& it) {
    it.state = "sending";
    app.sync.op_item = it.id;
    sync_request(app.sync, SyncState::Op::send, "POST", "/submissions", it.body, true);
}

// Frames on demand: the next moment sync_frame() has something to do (a
// timeout, the session's expiry, a retry, the status sync, the countdown shown
// on 登录与发件箱) gets a timer; only future moments, so nothing spins.
static void wake_when_due(const AppState& app) {
    const SyncState& s = app.sync;
    double now = web::now_ms(), due = 0;
    auto consider = [&](double at) {
        if (at > now && (due == 0 || at < due)) due = at;
    };
    if (s.op != SyncState::Op::none) consider(s.op_started_ms + kRequestTimeoutMs);
    if (!s.session.token.empty()) {
        consider(s.session.expires_ms);
        consider(s.next_sync_ms);
        consider(s.check_due_ms);
    }
    for (const OutboxItem& it : s.outbox)
        if (it.state == "waiting") consider(it.next_ms);
    if (!s.session.token.empty()) consider(review_due_ms(app));
    if (due > 0) web::request_frame_after(due - now);
}

static void sync_step(AppState& app);

void sync_frame(AppState& app) {
    sync_step(app);
    wake_when_due(app);
}

static void sync_step(AppState& app) {
    SyncState& s = app.sync;
    double now = web::now_ms();
    for (web::HttpAnswer answer; web::take_http_answer(web::HttpChannel::sync, answer);) take_answer(app, answer);
    if (s.op != SyncState::Op::none && now - s.op_started_ms > kRequestTimeoutMs)
        take_answer(app, web::HttpAnswer{s.request_id, 0, ""});  // answered as a network failure
    if (app.online && !s.was_online) {  // back online: try at once
        sync_now(app);
        register_check_wanted(app);
    }
    s.was_online = app.online;
    if (!s.session.token.empty() && now >= s.session.expires_ms) sync_forget_session(app, text::sync_expired);
    if (s.op != SyncState::Op::none || !app.online || s.session.token.empty()) return;
    if (s.session.role == "reviewer") {  // the office's queue instead of an outbox (ui/review_sync.cpp)
        review_step(app);
        return;
    }

    for (auto it = s.outbox.rbegin(); it != s.outbox.rend(); ++it) {  // oldest first
        if (it->state == "waiting" && it->next_ms <= now) {
            if (std::string check = item_check_request(app, *it); !check.empty()) {
                s.op_item = it->id;
                sync_request(s, SyncState::Op::check_item, "POST", "/history-check", check, false);
            } else {
                start_send(app, *it);
            }
            return;
        }
    }
    // The open draft's roster, once typing paused.
    if (s.check_due_ms > 0 && now >= s.check_due_ms) {
        s.check_due_ms = 0;
        if (app.draft && !app.draft->register_request.empty() && app.draft->register_request != s.check_asked) {
            s.op_item = app.draft->register_request;  // the request an answer belongs to
            sync_request(s, SyncState::Op::check, "POST", "/history-check", s.op_item, false);
            return;
        }
    }
    if (now >= s.next_sync_ms) {
        s.next_sync_ms = now + kSyncIntervalMs;
        sync_request(s, SyncState::Op::list, "GET",
                "/submissions?since=" + s.cursor + "&limit=" + std::to_string(kListLimit), "", false);
    }
}

void sync_login(AppState& app) {
    SyncState& s = app.sync;
    if (s.login_edit.empty() || s.password_edit.empty()) {
        s.message = text::sync_login_missing;
        s.message_error = true;
        return;
    }
    if (s.op != SyncState::Op::none) return;
    if (s.server != s.server_edit) {
        s.server = s.server_edit;
        sync_save_setting(app, kServerKey, s.server);
    }
    s.message = text::sync_logging_in;
    s.message_error = false;
    sync_request(s, SyncState::Op::login, "POST", "/login",
            json{{"login", s.login_edit}, {"password", s.password_edit}}.dump(), false);
}

// The request in flight is forgotten (its late answer is dropped: it belongs to the session that
// ended); what it was sending waits again and is resent under the same Idempotency-Key.
static void drop_request(AppState& app) {
    SyncState& s = app.sync;
    if (s.op == SyncState::Op::none) return;
    s.op = SyncState::Op::none;
    s.request_id++;
    for (OutboxItem& it : s.outbox)
        if (it.state == "sending") it.state = "waiting";
    review_request_dropped(app);
}

void sync_logout(AppState& app) {
    SyncState& s = app.sync;
    if (s.session.token.empty()) return;
    drop_request(app);
    web::http_request(0, "POST", s.server + kApi + "/logout",
                      json{{"Authorization", "Bearer " + s.session.token}}.dump(), "", false);  // id 0: answer dropped
    s.session = SyncSession{};
    s.message.clear();
    save_session(app);
}

void sync_now(AppState& app) {
    SyncState& s = app.sync;
    for (OutboxItem& it : s.outbox) it.next_ms = 0;
    s.next_sync_ms = 0;
    review_now(app);
}

void sync_remove(AppState& app, const std::string& id) {
    SyncState& s = app.sync;
    if (s.op == SyncState::Op::send && s.op_item == id) return;
    if (!app.store.outbox_remove(id)) {
        storage_notice(app, text::storage_outbox_failed);
        return;  // still stored: kept in the list too
    }
    std::erase_if(s.outbox, [&](const OutboxItem& it) { return it.id == id; });
    web::persist_files();
    recount(s);
}

//-----------------------------------------------------------------------------
// Submitting the open draft
//-----------------------------------------------------------------------------

const OutboxItem* outbox_item_for_draft(const AppState& app, const std::string& draft_id) {
    for (const OutboxItem& it : app.sync.outbox)  // newest first
        if (it.draft_id == draft_id) return &it;
    return nullptr;
}

const char* submit_blocker(const AppState& app) {
    const OpenDraft& d = *app.draft;
    if (!*d.kind->submission_kind) return text::sync_submit_unsupported;
    if (d.validation.error_count() > 0) return text::sync_submit_fix_first;
    if (d.kind->estimated && (!d.estimate.is_object() || d.estimate.contains("error")))
        return text::sync_submit_no_estimate;
    // The server routes by the organisation the form names (ownership/level, district).
    if (!d.form->route_request()) return text::sync_submit_no_route;
    if (app.sync.session.token.empty()) return text::sync_submit_login_first;
    if (app.sync.session.uscc.empty()) return text::sync_no_organisation;
    return "";
}

void submit_open_draft(AppState& app) {
    if (!app.draft || *submit_blocker(app)) return;
    save_draft_now(app);
    OpenDraft& d = *app.draft;
    std::optional<json> scenario = d.form->scenario(app.today);
    if (d.kind->estimated && !scenario) return;
    json organisation = {{"uscc", app.sync.session.uscc}, {"name", app.sync.session.org_name}, {"type", "enterprise"}};
    std::string business = d.kind->business;
    if (std::optional<RouteRequest> r = d.form->route_request()) {
        if (!r->organisation.empty()) organisation["type"] = r->organisation;
        if (!r->ownership.empty()) organisation["ownership"] = r->ownership;
        if (!r->institution_level.empty()) organisation["institution_level"] = r->institution_level;
        if (!r->district.empty()) organisation["district"] = r->district;
        if (!r->business.empty()) business = r->business;
    }
    OutboxItem it;
    it.id = new_uuid();
    it.draft_id = d.row.id;
    it.kind = d.kind->id;
    it.title = d.form->title();
    // The server checks "form" with the same model (docs/server.md): it needs the form kind and its version.
    json body = {{"kind", d.kind->submission_kind}, {"form_kind", d.kind->id}, {"format_version", d.kind->format_version},
                 {"business", business},           {"organisation", organisation}, {"form", d.form->to_json()}};
    if (d.kind->estimated) {  // a kind without an estimate sends neither
        body["scenario"] = *scenario;
        body["client_estimate"] = d.estimate;
    }
    // A returned submission (or a refused replacement of one) is replaced by a new version that names it.
    if (const OutboxItem* last = outbox_item_for_draft(app, d.row.id)) {
        std::string link = outbox_state_key(*last) == std::string("returned")
                               ? (last->receipt.empty() ? last->id : last->receipt)
                               : (last->state == "refused" ? outbox_resubmits(*last) : "");
        if (!link.empty()) body["resubmits"] = link;
    }
    it.body = body.dump();
    it.state = "waiting";
    it.created_ms = it.updated_ms = static_cast<long long>(web::now_ms());
    save_item(app, it);
    app.sync.outbox.insert(app.sync.outbox.begin(), std::move(it));
    recount(app.sync);
    set_notice(app, text::sync_queued, false);
}

//-----------------------------------------------------------------------------
// The real-name register (issue 14, docs/ui.md "Real-name check")
//-----------------------------------------------------------------------------

void register_check_wanted(AppState& app) {
    SyncState& s = app.sync;
    if (!app.draft || app.draft->register_request.empty() || app.draft->register_request == s.check_asked) return;
    s.check_due_ms = web::now_ms() + kCheckSettleMs;
    web::request_frame_after(kCheckSettleMs);
}

void accept_server_figures(AppState& app, const std::string& item_id) {
    SyncState& s = app.sync;
    OutboxItem* it = find_item(s, item_id);
    if (!it || it->state != "refused" || it->offer.empty()) return;
    json offer = json::parse(it->offer, nullptr, false);
    json body = json::parse(it->body, nullptr, false);
    if (!offer.is_object() || !body.is_object() || !offer.contains("server_estimate")) return;
    // The same Idempotency-Key: the server stored nothing for the refused body.
    body["client_estimate"] = offer["server_estimate"];
    it->body = body.dump();
    it->state = "waiting";
    it->offer.clear();
    it->error.clear();
    it->attempts = 0;
    it->next_ms = 0;
    it->updated_ms = static_cast<long long>(web::now_ms());
    save_item(app, *it);
    recount(s);
    set_notice(app, text::offer_accepted, false);
}

void open_outbox_item(AppState& app, const OutboxItem& it) {
    if (app.draft && app.draft->row.id == it.draft_id) {
        open_draft(app, it.draft_id);
        return;
    }
    if (!app.store.load(it.draft_id) && app.store.last_error().empty()) {
        set_notice(app, text::sync_draft_deleted, true);
        return;
    }
    open_draft(app, it.draft_id);
}

}  // namespace skillaid
