// The server's store: an interface with two implementations,
//   SqliteStore   one file <data-dir>/skillaid.db, WAL, synchronous=FULL (default)
//   PostgresStore libpq, selected by --database "postgresql://..." or a conninfo
//                 string; several server processes may share one database.
// Both apply numbered migrations (append only, each in a transaction) and keep
// the same tables: organisations, users, sessions, counters, submissions,
// submission_events, register (issue 14, server/register.h); migration 5
// (issue 15): the public notice and payment columns, events with from, action,
// date, voucher and the review's idempotency key. SQL lives in store_sqlite.cpp / store_postgres.cpp only.
// Every query is a prepared statement with bound parameters.
#pragma once
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace skillaid::server {

constexpr const char* kStoreFileName = "skillaid.db";
constexpr int kStoreBusyTimeoutMs = 5000;
constexpr int kPostgresPoolSize = 8;            // connections per server process
constexpr std::size_t kGroupCommitMaxRows = 64;  // new submissions in one transaction (server/group_commit.h)
constexpr std::size_t kMaxQueuedInserts = 256;   // waiting for a commit; beyond, a worker waits for room
constexpr int kPostgresConnectTimeoutSeconds = 10;
constexpr int kSubmissionListMaxLimit = 500;    // rows per GET /api/v1/submissions page

// The store cannot be opened, migrated or reached (Chinese message).
struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// A unique constraint refused the row (login or credit code already taken).
struct StoreConflict : StoreError {
    using StoreError::StoreError;
};

struct Organisation {
    std::int64_t id = 0;
    std::string uscc;  // unified social credit code, normalized (upper case)
    std::string name;
};

// role "staff": belongs to organisation_id; role "reviewer": bound to office
// ("市人社局" or a district name of engine routing).
struct User {
    std::int64_t id = 0;
    std::string login;
    std::string password_hash;  // crypto_pwhash_str (Argon2id)
    std::string role;
    std::int64_t organisation_id = 0;
    std::string office;
    Organisation organisation;  // filled for staff when read back
};

// What POST /api/v1/submissions writes; the store adds receipt, status and change.
struct NewSubmission {
    std::string id;         // client UUID (idempotency key), lower case
    std::string body_hash;  // sha256 of the canonical body (without id)
    std::int64_t organisation_id = 0;
    std::int64_t created_by = 0;
    std::string kind, business, office, policy_id;
    long long client_total_fen = 0, server_total_fen = 0;
    std::string request;          // the canonical body, JSON text
    std::string server_estimate;  // JSON text
    std::string route;            // JSON text
    std::string receipt_date;     // YYYYMMDD (China) for the receipt number
    std::string created_at;       // ISO 8601 UTC
    std::string resubmits;        // id of the returned submission this one replaces ("" = a first version)
    std::string register_issues = "[]";  // JSON: trainees refused or reduced by the register's history (claims)
};

struct Submission {
    std::string id, receipt, body_hash;
    std::int64_t organisation_id = 0;
    std::string organisation_uscc, organisation_name;
    std::string kind, business, office, policy_id;
    long long client_total_fen = 0, server_total_fen = 0;
    std::string status;  // received | accepted | returned | publicized | paid (engine/forms/status.h)
    std::string reason;  // set when returned (or a reviewer's note)
    std::string publicity_start;  // YYYY-MM-DD the public notice began ("" = not publicized; claims)
    std::string paid_on, voucher;  // the payment's date and voucher number ("" = not paid)
    std::int64_t change = 0;  // global change counter: the sync cursor
    std::string created_at, updated_at;
    std::string resubmits, resubmits_receipt;  // the returned submission this one replaces ("" = none)
    // Only from find_submission (the detail):
    std::string request, server_estimate, route, register_issues;
};

// One trainee of a stored claim in the real-name register (server/register.h).
// The status follows the submission's; a returned one stops counting.
struct RegisterRecord {
    std::string id_hash;  // HMAC-SHA256 of the resident ID, hex; never the ID
    int year = 0;
    std::string date;     // YYYY-MM-DD (the claim's scenario date)
    std::string scheme;   // engine scheme id
    long long occupation = 0;  // 附件1 catalog number, 0 = none
    std::string level;    // engine level id, "" = none
    long long months = 0, days = 0;
};

// Called inside insert_claim's transaction with the register history of its id
// hashes (records of submissions not returned). Fills `row` and `records` and
// returns true to store them, or false to store nothing.
using ClaimDecision = std::function<bool(const std::vector<RegisterRecord>& history, NewSubmission& row,
                                         std::vector<RegisterRecord>& records)>;

// One step of a submission's history (the first: from "" and action "").
struct SubmissionEvent {
    std::string submission_id;
    std::string from, status, action, reason, date, voucher, at;
    std::string by_login, by_role, by_office;  // the acting user
};

// A reviewer's move (POST .../review), stored in one transaction: the
// compare-and-set of status from -> to, publicize sets publicity_start = date,
// pay sets paid_on = date and voucher; the event (with `key`), the register
// records' status, the change counter.
struct ReviewChange {
    std::string id, office;  // the submission, only if routed to this office
    std::string action, from, to, reason, date, voucher;
    std::string key;  // Idempotency-Key, lower case ("" = none)
    std::int64_t user_id = 0;
    std::string at;  // ISO 8601 UTC
};

// Who asks: staff see their organisation, reviewers their office.
struct Scope {
    std::int64_t organisation_id = 0;  // 0 = not restricted by organisation
    std::string office;                // "" = not restricted by office
};

struct InsertResult {
    bool created = false;  // false: the id existed; `stored` is that row
    Submission stored;
};

// replayed: `key` is already stored for this submission (nothing done);
// key_reused: `key` is stored for another submission.
enum class ReviewOutcome { done, not_found, wrong_status, replayed, key_reused };

class Store {
public:
    virtual ~Store() = default;

    virtual std::string kind() const = 0;      // "sqlite" | "postgresql"
    virtual std::string location() const = 0;  // file path, or host/database (no password)
    virtual int schema_version() = 0;

    // Throw StoreConflict when the credit code / login is taken.
    virtual Organisation create_organisation(const std::string& uscc, const std::string& name,
                                             const std::string& at) = 0;
    virtual std::optional<Organisation> find_organisation(const std::string& uscc) = 0;
    virtual User create_user(const User& user, const std::string& at) = 0;
    virtual std::optional<User> find_user(const std::string& login) = 0;
    virtual std::vector<User> list_users() = 0;

    virtual void create_session(const std::string& token_hash, std::int64_t user_id, long long expires_at,
                                const std::string& at) = 0;
    // The user of an unexpired session (expires_at > now, unix seconds).
    virtual std::optional<User> session_user(const std::string& token_hash, long long now) = 0;
    // session_user, and the submission `submission_id` of any organisation (a new
    // submission's repeat check, its Idempotency-Key) in the same read: one
    // round trip, one snapshot. The submission is only looked for with a user.
    struct SessionAndSubmission {
        std::optional<User> user;
        std::optional<Submission> submission;
    };
    virtual SessionAndSubmission session_user_and_submission(const std::string& token_hash, long long now,
                                                             const std::string& submission_id) = 0;
    virtual void delete_session(const std::string& token_hash) = 0;

    // A new submission, without waiting: INSERT ... ON CONFLICT (id) DO NOTHING,
    // receipt number, change number, first event, group-committed on the store's
    // commit thread (server/group_commit.h). `done` is called exactly once there,
    // with the result or the error (then `result` is empty), once the COMMIT
    // holding the row has returned (durable); it must not throw nor call the store.
    using InsertDone = std::function<void(InsertResult result, std::exception_ptr error)>;
    virtual void insert_submission_then(NewSubmission s, InsertDone done) = 0;
    // A claim and its register records, one transaction that holds every other
    // claim naming one of `id_hashes` off until it ends (SQLite BEGIN IMMEDIATE;
    // PostgreSQL pg_advisory_xact_lock per id hash, in sorted order): reads their
    // history, calls `decide`, inserts as insert_submission_then does. nullopt when
    // decide refused; created == false when submission `id` existed (then, also
    // when found once the locks are held, decide is not called and nothing is recorded).
    // `decide` must not call the store.
    virtual std::optional<InsertResult> insert_claim(const std::string& id, const std::vector<std::string>& id_hashes,
                                                     const ClaimDecision& decide) = 0;
    // The counting register records (submission not returned) of these id hashes.
    virtual std::vector<RegisterRecord> register_history(const std::vector<std::string>& id_hashes) = 0;
    // By id or receipt number. Without the scope's organisation/office: nullopt (as if it did not exist).
    virtual std::optional<Submission> find_submission(const std::string& id, const Scope& scope) = 0;
    // change > since, ascending, at most `limit` rows; summary columns only.
    virtual std::vector<Submission> list_submissions(const Scope& scope, std::int64_t since, int limit) = 0;
    // The events of these submissions (one query), oldest first per submission, in event order.
    virtual std::vector<SubmissionEvent> submission_events(const std::vector<std::string>& ids) = 0;
    // The submission whose review event holds this Idempotency-Key; "" when none.
    virtual std::string review_key_owner(const std::string& key) = 0;
    // See ReviewChange. The key is checked first (replayed / key_reused), then
    // the submission of `office` (not_found) and its status (wrong_status).
    virtual ReviewOutcome review_submission(const ReviewChange& change) = 0;
    // Claims (kind "claim") created in [from, to) (ISO 8601 UTC), of `office`
    // ("" = every office); summary columns only (the report, server/reports.cpp).
    virtual std::vector<Submission> claims_created(const std::string& office, const std::string& from,
                                                   const std::string& to) = 0;
};

// Current schema version of this build (both stores share the numbering).
int latest_schema_version();

// `database` empty: SQLite under data_dir. Otherwise a PostgreSQL URI
// (postgresql://, postgres://) or conninfo ("host=... dbname=..."). Throws StoreError.
std::unique_ptr<Store> open_store(const std::string& database, const std::filesystem::path& data_dir);
bool is_postgres_database(const std::string& database);

// "CC-20261127-000123": the date (China) and the store-wide receipt number.
std::string format_receipt(const std::string& yyyymmdd, long long number);

}  // namespace skillaid::server
