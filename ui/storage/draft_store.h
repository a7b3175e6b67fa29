// Drafts in SQLite inside the wasm module. The database file lives under the
// IDBFS mount (/data, set up by web/loader.js before main()); after every
// committed write the caller asks the page to copy it to IndexedDB
// (web::persist_files()). The schema is versioned with PRAGMA user_version and
// an ordered list of migrations (docs/ui.md). Every table of the page's
// database is read and written here (drafts, settings, the outbox, calendar
// years and notices, the review cache): no other file calls SQLite. Each call checks every
// prepare and step; a failure returns false (or nothing) and leaves its
// Chinese reason in last_error().
#pragma once
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace skillaid {

inline constexpr const char* kDatabasePath = "/data/skillaid.db";

struct DraftRow {
    std::string id;      // uuid v4
    std::string kind;    // FormKind::id, e.g. "training_application"
    std::string title;   // shown in lists
    std::string status;  // "draft" (草稿) | "ready" (待提交)
    long long created_ms = 0, updated_ms = 0;  // Unix epoch milliseconds
    int format_version = 0;                    // of `body`, per kind
    std::string body;                          // JSON
};

// One queued submission (table outbox, migration 2; the sync client's OutboxItem, ui/sync.h).
struct OutboxRow {
    std::string id, draft_id, kind, title;  // id: the Idempotency-Key, reused for every retry
    std::string body;      // the request JSON (kind, business, organisation, scenario, client_estimate, form), fixed when queued
    std::string state;     // "waiting" | "done" (server confirmed) | "refused"; in memory also "sending" (stored as "waiting")
    std::string status;    // the server's status id: "received" | "accepted" | "returned" | "paid" ("" before)
    std::string receipt;   // CC-YYYYMMDD-NNNNNN
    std::string reason;    // a reviewer's reason (returned)
    std::string error;     // refused: the server's message and paths; waiting: the last failure
    std::string register_check;  // the server's /history-check answer for its trainees ("" = not checked yet)
    std::string offer;     // refused with 422 estimate_mismatch: {"server_estimate", "trainees"} ("" = none)
    std::string summary;   // the server's latest list item or receipt JSON (dates, overdue, history; migration 5)
    int register_reached = 0;  // trainees at a limit in register_check: derived by ui/sync.cpp, never stored
    int attempts = 0;      // failed sends since the last success
    long long created_ms = 0, updated_ms = 0;
    double next_ms = 0;    // not sent before (backoff): in memory only, never stored
};

// A submission of the reviewer's office as last synced (table review_items, migration 5).
struct ReviewItemRow {
    std::string id;
    std::string summary;  // the list item JSON (GET /submissions)
    std::string detail;   // GET /submissions/{id} ("" until fetched)
    long long change = 0;         // the summary's change counter
    long long detail_change = 0;  // the detail's (older than `change`: stale)
    long long updated_ms = 0;
};

// A reviewer's action queued for the server (table review_actions, migration 5).
struct ReviewActionRow {
    std::string key;            // uuid v4: the Idempotency-Key of every attempt
    std::string submission_id;
    std::string body;           // {"action", "reason", "date", "voucher"}
    std::string state;          // waiting | done | refused; in memory also "sending" (stored as "waiting")
    std::string error;          // refused: the server's message; waiting: the last failure
    long long created_ms = 0, updated_ms = 0;
};

// An official calendar year file fetched from the server (table calendar_years, migration 3).
struct CalendarYearRow {
    int year = 0;
    std::string text;
};

// A notice of a date a calendar update moved (table calendar_notices, migration 3).
struct CalendarNoticeRow {
    long long id = 0;
    std::string draft_id;  // "" = about a year
    std::string text;
};

class DraftStore {
public:
    ~DraftStore();
    DraftStore() = default;
    DraftStore(const DraftStore&) = delete;
    DraftStore& operator=(const DraftStore&) = delete;
    // Opens (creating if needed) and migrates; false with `error` (Chinese) set on failure.
    bool open(const char* path, std::string& error);
    bool is_open() const { return db_ != nullptr; }
    int schema_version() const;  // -1 when it cannot be read

    // Drafts.
    bool list(std::vector<DraftRow>& out) const;  // newest first, bodies left empty
    std::optional<DraftRow> load(const std::string& id) const;  // nullopt: no such draft, or a failure
    bool save(const DraftRow& row);  // insert or replace
    bool remove(const std::string& id);

    // Settings: "" when unset (or on a failure: see last_error()).
    std::string setting(const std::string& key) const;
    bool set_setting(const std::string& key, const std::string& value);

    // The outbox (ui/storage/outbox_store.cpp).
    bool outbox_list(std::vector<OutboxRow>& out) const;  // newest first
    bool outbox_save(const OutboxRow& row);  // insert, or update what the server said ("sending" stored as "waiting")
    bool outbox_remove(const std::string& id);

    // The reviewer workbench (ui/storage/review_store.cpp).
    bool review_items(std::vector<ReviewItemRow>& out) const;
    bool review_item_save(const ReviewItemRow& row);       // insert or replace
    bool review_item_remove(const std::string& id);
    bool review_actions(std::vector<ReviewActionRow>& out) const;  // oldest first
    bool review_action_save(const ReviewActionRow& row);   // insert or replace ("sending" stored as "waiting")
    bool review_clear();  // both tables (another login's cache)

    // Calendar years and notices (ui/storage/calendar_store.cpp).
    bool calendar_years(std::vector<CalendarYearRow>& out) const;  // by year
    bool calendar_year_save(int year, const std::string& text, const std::string& digest, long long fetched_ms);
    bool calendar_year_remove(int year);
    bool calendar_notices(std::vector<CalendarNoticeRow>& out) const;  // oldest first
    // Stores a notice; its id, or 0 on a failure.
    long long calendar_notice_add(const std::string& draft_id, const std::string& text, long long created_ms);
    bool calendar_notice_remove(long long id);

    static const char* sqlite_version();  // "3.53.2"

    // The failure of the last call, in Chinese; "" when it succeeded.
    const std::string& last_error() const { return error_; }

private:
    bool exec(const char* sql);
    bool begin() const;  // false (error_ set) when no database is open
    bool fail(int code) const;  // error_ = the reason of `code`; false
    sqlite3* db_ = nullptr;
    mutable std::string error_;
};

// A random uuid v4 ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx").
std::string new_uuid();

}  // namespace skillaid
