// The sync client (issue 5, docs/ui.md "Sync client"): the login session,
// the outbox of submissions in the page's SQLite, and the sender. sync_frame()
// runs every frame but does work only when something is due: an answer
// arrived, an item's retry time passed, a status sync is due. HTTP goes
// through web/sync.js (fetch, gzip bodies) one request at a time
// (web::http_request), and the answer comes back on HttpChannel::sync.
// The outbox is stored by DraftStore (outbox_* in ui/storage/draft_store.h).
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ui/storage/draft_store.h"

namespace skillaid {

struct AppState;

inline constexpr double kSendBackoffBaseMs = 2000.0;    // first retry after a failed send (then doubled)
inline constexpr double kSendBackoffCapMs = 300000.0;   // retries at most this far apart (5 min)
inline constexpr double kSyncIntervalMs = 60000.0;      // status sync while logged in and idle
inline constexpr double kRequestTimeoutMs = 90000.0;    // an answer not back by then counts as a failure

// One queued submission: the stored row (ui/storage/draft_store.h) and its backoff.
using OutboxItem = OutboxRow;

// The submitter's view of every step (issue 15): an item's server summary
// (status, dates, overdue, history), read from OutboxItem::summary when it changes.
struct HistoryLine {
    std::string at;      // local "YYYY-MM-DD HH:MM"
    std::string label;   // "已受理", or "已接收 → 已受理" ...
    std::string detail;  // reason, dates, voucher, by: one line
};
struct SubmissionView {
    std::string status, publicity_start, publicity_ends, payment_by, paid_on, voucher;
    std::vector<HistoryLine> history;
};
// From a list item / detail JSON (the server's "history", oldest first). ui/submission_view.cpp.
SubmissionView submission_view(const nlohmann::json& summary);
std::vector<HistoryLine> history_lines(const nlohmann::json& history);
// 逾期未拨付 / 逾期拨付 / "" on `today` (engine review_overdue: not stale while offline).
const char* submission_overdue_label(const SubmissionView& view, const std::string& today);
long long iso_utc_ms(const std::string& iso);  // "2026-09-28T02:00:00Z" -> Unix ms (0 when unreadable)

struct SyncSession {
    std::string token;          // "" when logged out
    double expires_ms = 0;      // Date.now() at which the server forgets it
    std::string login, role, org_name, uscc;
    std::string office;         // a reviewer's office ("朝阳区", "市人社局"), "" for staff
};

struct SyncState {
    std::string server;          // origin of the API ("" = this site), setting "sync.server"
    std::string server_edit, login_edit, password_edit;  // the login form
    SyncSession session;
    std::string message;         // under the login form
    bool message_error = false;
    std::string cursor = "0";    // of GET /submissions?since=, setting "sync.cursor"
    std::vector<OutboxItem> outbox;  // newest first
    std::map<std::string, SubmissionView> views;  // by outbox id: its summary read when it changed (issue 15)
    int waiting = 0;             // items not yet confirmed (waiting or sending), recounted on change
    double next_sync_ms = 0;     // status sync due at
    int sync_failures = 0;
    double last_sync_ms = 0;
    bool was_online = true;
    // The outcome of the last request to the server (issue 13): what 首页 says, not navigator.onLine alone.
    enum class Reach { unknown, ok, down } reach = Reach::unknown;  // down: no answer, 5xx or timeout
    double last_ok_ms = 0;       // Date.now() of the last answered request (0 = none since the page opened)
    // The real-name history check (issue 14) of the open draft's trainees:
    // `wanted` is the request for the roster as it stands (OpenDraft.register_request),
    // `asked` the one answered last, with its answer; asked after typing settles.
    std::string check_asked;
    nlohmann::json check_answer;   // {"trainees": [...]}, or {"error": {...}}, or null
    double check_due_ms = 0;       // the wanted request is asked at (0 = nothing to ask)
    // The one request in flight.
    // review_*, report: a reviewer's requests (ui/review_sync.h).
    enum class Op { none, login, send, list, check, check_item, review_list, review_detail, review_send, report } op = Op::none;
    int request_id = 0;
    std::string op_item;         // outbox id of a send
    double op_started_ms = 0;
};

void sync_init(AppState& app);   // after the store opened: settings and outbox
void sync_frame(AppState& app);  // each frame, cheap unless something is due

void sync_login(AppState& app);   // with the form's login/password/server
void sync_logout(AppState& app);
void sync_now(AppState& app);     // "立即同步": retry waiting items and sync statuses now
void sync_remove(AppState& app, const std::string& id);  // a refused item

// The open draft's submission: empty when it can be submitted, else why not.
const char* submit_blocker(const AppState& app);
const OutboxItem* outbox_item_for_draft(const AppState& app, const std::string& draft_id);
void submit_open_draft(AppState& app);

// 等待发送, 发送中, 未被接收 (the client's), else the server status's label (已接收, 已受理, …).
const char* outbox_state_label(const OutboxItem& item);
const char* outbox_state_key(const OutboxItem& item);    // waiting, sending, received, returned, accepted, paid, refused

// Resubmission (issue 13): the receipt (or id) of the returned submission an item replaces ("" = none),
// and its version (1 for a first submission, 2 for its first replacement, …).
std::string outbox_resubmits(const OutboxItem& item);
int outbox_version(const AppState& app, const OutboxItem& item);
// "第2版，替代 CC-…", or "" for a first version.
std::string outbox_version_line(const AppState& app, const OutboxItem& item);
// The real-name register (issue 14). The /history-check request for a
// scenario's trainees that carry a valid resident ID ("" when none do); `today` YYYY-MM-DD;
// `rows` gets each asked trainee's 1-based roster row.
std::string history_check_request(const nlohmann::json& scenario, const std::string& today, std::vector<int>* rows);
// The open draft's roster changed: its check is asked again once typing settles.
void register_check_wanted(AppState& app);
// The trainees of an answer that reached a limit, "第N行 ID：message（clause）": a /history-check
// answer (trainees[].limits; `rows` maps its indexes to roster rows) or a 422's error (trainees[] with row).
std::vector<std::string> register_reached_lines(const nlohmann::json& answer, const std::vector<int>* rows);
// Trainees with `limit_reached` in a /history-check answer (0 for an error).
int register_reached_count(const nlohmann::json& answer);
// After 422 estimate_mismatch: resend the item with the server's figures as its own.
void accept_server_figures(AppState& app, const std::string& item_id);

// Opens the item's draft in the editor; a notice when the draft was deleted.
void open_outbox_item(AppState& app, const OutboxItem& item);


// Shared with ui/review_sync.cpp: the one request in flight, the server's error
// message, the retry delay, which answers are retried, a 401.
int sync_request(SyncState& s, SyncState::Op op, const char* method, const std::string& path, const std::string& body,
                 bool gzip);
std::string sync_error_text(const nlohmann::json& answer, int status);
double sync_backoff_ms(int attempts);
bool sync_retryable(int status);
void sync_forget_session(AppState& app, const char* why);
void sync_save_setting(AppState& app, const char* key, const std::string& value);

}  // namespace skillaid
