// The reviewer's side of the sync client (issue 15, docs/ui.md "Reviewer
// workbench"): the office's submissions cached in the page's SQLite
// (review_items: the list item, the detail once fetched), the reviewer's
// actions queued and sent exactly once (review_actions, Idempotency-Key), and
// the year's summary report. ui/sync.cpp's sync_step() hands a reviewer
// session to review_step(); the one-request-at-a-time machinery (request,
// answers, backoff, 401) is ui/sync.cpp's.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ui/storage/draft_store.h"

namespace skillaid {

struct AppState;

// A cached submission: the stored row and what the queue shows, derived when
// the row changes (never per frame).
struct ReviewItem {
    ReviewItemRow row;
    nlohmann::json summary;  // parsed row.summary
    std::string status;      // the server's status id
    std::string shown_status;  // after the actions still waiting (the queue's and the detail's moves)
    std::string receipt, kind, business, organisation, created_at, publicity_start, publicity_ends, payment_by, paid_on;
    std::string overdue, overdue_label;  // engine review_overdue() with today's date
    long long total_fen = 0;
    std::string pending;     // "待发送：受理" while an action waits, else ""
    std::string refused;     // the server's message for its last refused action ("" = none)
    bool stale() const { return row.detail.empty() || row.detail_change < row.change; }
};

struct ReviewAction {
    ReviewActionRow row;
    std::string action;  // of row.body
    int attempts = 0;    // failed sends since the last success (memory only)
    double next_ms = 0;  // not sent before (backoff; memory only)
};

struct ReviewSync {
    std::string owner;     // login whose cache this is (setting "review.owner")
    std::string cursor = "0";  // of the reviewer's GET /submissions?since= (setting "review.cursor")
    std::vector<ReviewItem> items;      // by id order of arrival; the queue sorts its own view
    std::vector<ReviewAction> actions;  // oldest first
    double listed_ms = 0;  // Date.now() of the last list answer for this login (0 = not synced yet)
    int generation = 0;    // bumped on every change of items/actions (views recompute their caches)
    std::string detail_wanted;  // an opened item whose detail is fetched next ("" = none)
    double detail_retry_ms = 0; // background detail fetches wait until then after a failure
    // The summary report (GET /reports/summary?year=): the last answer per year, setting "review.report.YEAR".
    std::map<int, nlohmann::json> reports;
    int report_wanted = 0;      // the year to fetch (0 = none)
    std::string report_error;   // the last failure, shown on 汇总
};

void review_init(AppState& app);             // after the store opened (sync_init)
void review_session_started(AppState& app);  // after a login: another login's cache is dropped
// The reviewer's requests; true when one was started (ui/sync.cpp sync_step, a reviewer session only).
bool review_step(AppState& app);
void review_now(AppState& app);              // 立即同步: retry waiting actions at once
void review_request_dropped(AppState& app);  // the request in flight was dropped (logout): its action waits again
double review_due_ms(const AppState& app);   // the next retry of an action or a detail (0 = none)
// Answers of the review ops (ui/sync.cpp take_answer dispatches them here).
void review_on_list(AppState& app, int status, const nlohmann::json& answer);
void review_on_detail(AppState& app, int status, const nlohmann::json& answer);
void review_on_send(AppState& app, int status, const nlohmann::json& answer);
void review_on_report(AppState& app, int status, const nlohmann::json& answer);

// The detail of an item is fetched now when it is stale (an item was opened).
void review_want_detail(AppState& app, const std::string& id);
void review_want_report(AppState& app, int year);
// The last summary report of `year` (memory, else the setting kept from the last answer); null when none.
const nlohmann::json* review_report(AppState& app, int year);
// Queues an action ({"action", "reason"?, "date"?, "voucher"?}) for a submission; works offline.
void review_queue(AppState& app, const std::string& submission_id, const nlohmann::json& body);

const ReviewItem* review_item(const AppState& app, const std::string& id);
// The actions the reviewer may take on an item now: the status table's moves
// from its shown status (after its waiting actions), claims-only moves only for claims.
std::vector<const char*> review_allowed_actions(const ReviewItem& item);

}  // namespace skillaid
