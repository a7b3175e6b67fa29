// PostgresStore: libpq, a small pool of connections per process, named
// prepared statements (prepared once per connection). Several server processes
// may share one database:
// - idempotency: submissions.id is the primary key and the insert is
//   INSERT ... ON CONFLICT (id) DO NOTHING, so two processes racing on one key
//   store one row; the loser reads the winner's row;
// - the sync cursor (change_seq) comes from the sequence submission_change,
//   taken under a transaction-scoped advisory lock (SKILLAID_TAKE_CHANGE_LOCK, store_postgres_db.h) as the
//   transaction's last statement, so the lock is held to COMMIT and cursor
//   values become visible in increasing order (a client that has read change N
//   never misses a later commit with a smaller number). Until migration 6 the
//   number was a row, counters('change'), updated by every submission: at
//   hundreds a second its dead versions piled up faster than they were pruned,
//   and each update scanned them (PostgreSQL's CPU per submission grew with the
//   run, ~3 ms);
// - receipt numbers come from a sequence (gaps are possible, duplicates not);
// - migrations run in one transaction under an advisory lock.
#include "server/group_commit.h"
#include "server/store.h"
#include "server/store_postgres_db.h"
#include "server/store_postgres_migrations.h"
#include "server/store_rows.h"

#include <algorithm>
#include <condition_variable>
#include <ctime>
#include <map>
#include <mutex>
#include <set>

namespace skillaid::server {

constexpr long long kMigrationLockKey = 0x536b696c6c416964;  // "SkillAid": pg_advisory_xact_lock key

int postgres_latest_schema_version() { return postgres_migrations().back().version; }

namespace {

using namespace postgres;

const Statement kCreateOrganisation = {
    "create_organisation", "INSERT INTO organisations (uscc, name, created_at) VALUES ($1, $2, $3) RETURNING id"};
const Statement kFindOrganisation = {"find_organisation", "SELECT id, uscc, name FROM organisations WHERE uscc = $1"};
const Statement kCreateUser = {
    "create_user",
    "INSERT INTO users (login, password_hash, role, organisation_id, office, created_at) "
    "VALUES ($1, $2, $3, NULLIF($4::bigint, 0), NULLIF($5, ''), $6) RETURNING id"};
const Statement kFindUser = {"find_user", "SELECT " SKILLAID_USER_COLUMNS " FROM users u "
                                          "LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.login = $1"};
const Statement kListUsers = {"list_users", "SELECT " SKILLAID_USER_COLUMNS " FROM users u "
                                            "LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY u.id"};
const Statement kPurgeSessions = {"purge_sessions", "DELETE FROM sessions WHERE expires_at <= $1"};
const Statement kCreateSession = {
    "create_session", "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)"};
const Statement kSessionUser = {"session_user", "SELECT " SKILLAID_USER_COLUMNS " FROM sessions s JOIN users u ON u.id = s.user_id "
                                                "LEFT JOIN organisations o ON o.id = u.organisation_id "
                                                "WHERE s.token_hash = $1 AND s.expires_at > $2"};
const Statement kDeleteSession = {"delete_session", "DELETE FROM sessions WHERE token_hash = $1"};
// A new submission and its first event in one statement; a repeated id inserts
// nothing (no row returned). The receipt number is taken here, as
// format_receipt writes it (store.cpp): "CC-" date "-" at least 6 digits.
const Statement kInsertSubmission = {
    "insert_submission",
    "WITH new_row AS ("
    "  INSERT INTO submissions (id, receipt, body_hash, organisation_id, created_by, kind, business, office, policy_id, "
    "    client_total_fen, server_total_fen, status, reason, change_seq, created_at, updated_at, request, "
    "    server_estimate, route, resubmits, register_issues) "
    "  VALUES ($1, (SELECT 'CC-' || $2 || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END "
    "               FROM (SELECT nextval('submission_receipt') AS n) AS receipt_number), "
    "    $3, $4, $5, $6, $7, $8, $9, $10, $11, 'received', '', 0, $12, $12, $13, $14, $15, $16, $17) "
    "  ON CONFLICT (id) DO NOTHING RETURNING id, created_by, created_at) "
    "INSERT INTO submission_events (submission_id, status, reason, user_id, at) "
    "SELECT id, 'received', '', created_by, created_at FROM new_row RETURNING submission_id"};
// The change number of the row just inserted (change_seq 0: a row of another
// transaction with this id is committed with its own number), its summary
// returned: the transaction's last statement, sent with the insert
// (run_pipelined), so the change lock is held for it and the commit only.
const Statement kNumberInserted = {
    "number_inserted",
    "UPDATE submissions s SET change_seq = nextval('submission_change') "
    "FROM (" SKILLAID_TAKE_CHANGE_LOCK ") AS locked, organisations o "
    "WHERE s.id = $1 AND s.change_seq = 0 AND o.id = s.organisation_id RETURNING " SKILLAID_SUBMISSION_SUMMARY_COLUMNS};
// A submission by id, then by receipt: two statements, each on its unique index.
// One with "s.id = $1 OR s.receipt = $1" got, as a prepared statement's generic
// plan made while the table was small, a scan of the whole table: each
// submission's repeat check grew with the table (PostgreSQL ~3 ms of CPU per
// submission after 20,000 rows).
#define SKILLAID_FIND_SUBMISSION(column)                                                                         \
    "SELECT " SKILLAID_SUBMISSION_DETAIL_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id " \
    "WHERE s." column " = $1 AND ($2::bigint = 0 OR s.organisation_id = $2::bigint) AND ($3 = '' OR s.office = $3)"
const Statement kFindSubmissionById = {"find_submission_by_id", SKILLAID_FIND_SUBMISSION("id")};
const Statement kFindSubmissionByReceipt = {"find_submission_by_receipt", SKILLAID_FIND_SUBMISSION("receipt")};
const Statement kListSubmissions = {
    "list_submissions",
    "SELECT " SKILLAID_SUBMISSION_SUMMARY_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
    "WHERE s.change_seq > $1 AND ($2::bigint = 0 OR s.organisation_id = $2::bigint) AND ($3 = '' OR s.office = $3) "
    "ORDER BY s.change_seq LIMIT $4"};
const Statement kInsertRegister = {
    "insert_register", "INSERT INTO register (id_hash, submission_id, year, date, scheme, occupation, level, months, "
                       "days, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'received')"};
const Statement kRegisterHistory = {
    "register_history", "SELECT " SKILLAID_REGISTER_COLUMNS " FROM register WHERE id_hash = $1 "
                        "AND status <> " SKILLAID_REGISTER_NOT_COUNTING " ORDER BY date, id"};
// A transaction-scoped lock per person: claims naming the same id hash wait for each other.
const Statement kLockIdHash = {"lock_id_hash", "SELECT pg_advisory_xact_lock($1::bigint)"};
const Statement kSchemaVersion = {"schema_version", "SELECT COALESCE(MAX(version), 0) FROM schema_version"};

class PostgresStore;

// A connection borrowed from the pool for one method call.
class Lease {
public:
    explicit Lease(PostgresStore& store);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& operator*() { return *c_; }

private:
    PostgresStore& store_;
    Connection* c_;
};

void ignore_notice(void*, const char*) {}

class PostgresStore final : public Store {
public:
    explicit PostgresStore(const std::string& conninfo) : conninfo_(conninfo) {
        try {
            for (int i = 0; i < kPostgresPoolSize; i++)
                pool_.push_back(connect());
            free_ = std::vector<Connection*>();
            for (Connection& c : pool_)
                free_.push_back(&c);
            Connection& c = pool_.front();
            location_ = std::string(PQhost(c.pg) ? PQhost(c.pg) : "") + ":" + (PQport(c.pg) ? PQport(c.pg) : "") +
                        "/" + (PQdb(c.pg) ? PQdb(c.pg) : "");
            migrate(c);
            group_commit_ = std::make_unique<GroupCommit>(
                [this](std::vector<PendingInsert>& group) { commit_group(group); }, kGroupCommitMaxRows, kMaxQueuedInserts);
        } catch (...) {
            close_all();
            throw;
        }
    }
    ~PostgresStore() override {
        group_commit_.reset();  // what is queued is still committed and answered
        close_all();
    }

    std::string kind() const override { return "postgresql"; }
    std::string location() const override { return location_; }

    int schema_version() override {
        Lease c(*this);
        return static_cast<int>(run(*c, kSchemaVersion).integer(0, 0));
    }

    Organisation create_organisation(const std::string& uscc, const std::string& name, const std::string& at) override {
        Lease c(*this);
        Result r = run(*c, kCreateOrganisation, Params().add(uscc).add(name).add(at));
        return {r.integer(0, 0), uscc, name};
    }

    std::optional<Organisation> find_organisation(const std::string& uscc) override {
        Lease c(*this);
        Result r = run(*c, kFindOrganisation, Params().add(uscc));
        if (r.rows() == 0)
            return std::nullopt;
        return Organisation{r.integer(0, 0), r.text(0, 1), r.text(0, 2)};
    }

    User create_user(const User& user, const std::string& at) override {
        Lease c(*this);
        Result r = run(*c, kCreateUser,
                       Params().add(user.login).add(user.password_hash).add(user.role)
                           .add(static_cast<long long>(user.organisation_id)).add(user.office).add(at));
        User created = user;
        created.id = r.integer(0, 0);
        return created;
    }

    std::optional<User> find_user(const std::string& login) override {
        Lease c(*this);
        Result r = run(*c, kFindUser, Params().add(login));
        if (r.rows() == 0)
            return std::nullopt;
        return read_user_row(RowView{r, 0});
    }

    std::vector<User> list_users() override {
        Lease c(*this);
        Result r = run(*c, kListUsers);
        std::vector<User> users;
        for (int i = 0; i < r.rows(); i++)
            users.push_back(read_user_row(RowView{r, i}));
        return users;
    }

    void create_session(const std::string& token_hash, std::int64_t user_id, long long expires_at,
                        const std::string& at) override {
        Lease c(*this);
        Transaction tx(*c);
        run(*c, kPurgeSessions, Params().add(static_cast<long long>(std::time(nullptr))));
        run(*c, kCreateSession, Params().add(token_hash).add(static_cast<long long>(user_id)).add(at).add(expires_at));
        tx.commit();
    }

    std::optional<User> session_user(const std::string& token_hash, long long now) override {
        Lease c(*this);
        Result r = run(*c, kSessionUser, Params().add(token_hash).add(now));
        if (r.rows() == 0)
            return std::nullopt;
        return read_user_row(RowView{r, 0});
    }

    // Both statements pipelined (one round trip, one implicit read-only transaction).
    SessionAndSubmission session_user_and_submission(const std::string& token_hash, long long now,
                                                     const std::string& submission_id) override {
        Lease c(*this);
        const Params session = Params().add(token_hash).add(now);
        const Params submission = Params().add(submission_id).add(0LL).add("");
        std::vector<Result> r =
            run_pipelined_each(*c, {{kSessionUser, session}, {kFindSubmissionById, submission}}, false);
        SessionAndSubmission found;
        if (r[0].rows() == 0)
            return found;
        found.user = read_user_row(RowView{r[0], 0});
        if (r[1].rows() == 1)
            found.submission = read_submission_row(RowView{r[1], 0}, true);
        return found;
    }

    void delete_session(const std::string& token_hash) override {
        Lease c(*this);
        run(*c, kDeleteSession, Params().add(token_hash));
    }

    // One row in its own transaction (each row of a group that failed,
    // commit_group). One round trip (run_pipelined, no BEGIN: one implicit
    // transaction): the row with its first event, then its change number under the change lock,
    // committed at the sync. A repeated id inserts nothing and numbers nothing;
    // the stored row is read instead (the racing transaction, if any, has ended:
    // ON CONFLICT waited for it).
    InsertResult insert_alone(const NewSubmission& s) {
        Lease c(*this);
        const Params row = insert_params(s);
        const Params id = Params().add(s.id);
        Result numbered = run_pipelined(*c, {{kInsertSubmission, row}, {kNumberInserted, id}}, false);
        if (numbered.rows() == 1)
            return InsertResult{true, with_sent_members(read_submission_row(RowView{numbered, 0}, false), s)};
        return InsertResult{false, stored(*c, s.id)};
    }

    // Group commit (server/group_commit.h): the row joins the queue and the
    // caller's thread goes on; the commit thread stores each group in one round
    // trip (commit_group) and answers its rows after the COMMIT.
    void insert_submission_then(NewSubmission s, InsertDone done) override {
        group_commit_->add(std::move(s), std::move(done));
    }

    // Under READ COMMITTED each statement sees what was committed before it, so
    // once the locks are held the history read includes every earlier claim of
    // these people, from any process.
    std::optional<InsertResult> insert_claim(const std::string& id, const std::vector<std::string>& id_hashes,
                                             const ClaimDecision& decide) override {
        Lease c(*this);
        NewSubmission row;
        bool created = false;
        {
            Transaction tx(*c);
            std::vector<long long> keys;
            for (const std::string& hash : id_hashes)
                keys.push_back(lock_key(hash));
            std::sort(keys.begin(), keys.end());  // one order for every transaction: no deadlock
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (long long key : keys)
                run(*c, kLockIdHash, Params().add(key));
            // A repeat that arrived while the first was being stored: not counted against itself.
            Result existing = run(*c, kFindSubmissionById, Params().add(id).add(0LL).add(""));
            if (existing.rows() == 1)
                return InsertResult{false, read_submission_row(RowView{existing, 0}, true)};
            std::vector<RegisterRecord> records;
            if (!decide(history_in(*c, id_hashes), row, records))
                return std::nullopt;  // rolled back
            created = insert_in(*c, row);
            if (created) {
                for (const RegisterRecord& r : records)
                    run(*c, kInsertRegister, Params().add(r.id_hash).add(row.id).add(static_cast<long long>(r.year))
                                                 .add(r.date).add(r.scheme).add(r.occupation).add(r.level)
                                                 .add(r.months).add(r.days));
                tx.commit_after(kNumberInserted, Params().add(row.id));
            }
        }
        return InsertResult{created, stored(*c, row.id)};
    }

    std::vector<RegisterRecord> register_history(const std::vector<std::string>& id_hashes) override {
        Lease c(*this);
        return history_in(*c, id_hashes);
    }

    std::optional<Submission> find_submission(const std::string& id, const Scope& scope) override {
        Lease c(*this);
        // A receipt starts "CC-" (format_receipt); an id is a UUID: one query either way.
        const Statement& by = id.starts_with("CC-") ? kFindSubmissionByReceipt : kFindSubmissionById;
        Result r = run(*c, by, Params().add(id).add(static_cast<long long>(scope.organisation_id)).add(scope.office));
        if (r.rows() == 0)
            return std::nullopt;
        return read_submission_row(RowView{r, 0}, true);
    }

    std::vector<Submission> list_submissions(const Scope& scope, std::int64_t since, int limit) override {
        Lease c(*this);
        Result r = run(*c, kListSubmissions,
                       Params().add(static_cast<long long>(since)).add(static_cast<long long>(scope.organisation_id))
                           .add(scope.office).add(static_cast<long long>(limit)));
        std::vector<Submission> rows;
        for (int i = 0; i < r.rows(); i++)
            rows.push_back(read_submission_row(RowView{r, i}, false));
        return rows;
    }

    std::vector<SubmissionEvent> submission_events(const std::vector<std::string>& ids) override {
        Lease c(*this);
        return postgres::submission_events(*c, ids);
    }

    std::string review_key_owner(const std::string& key) override {
        Lease c(*this);
        return postgres::review_key_owner(*c, key);
    }

    ReviewOutcome review_submission(const ReviewChange& r) override {
        Lease c(*this);
        return postgres::review_submission(*c, r);
    }

    std::vector<Submission> claims_created(const std::string& office, const std::string& from,
                                           const std::string& to) override {
        Lease c(*this);
        return postgres::claims_created(*c, office, from, to);
    }


private:
    friend class Lease;

    // One round trip (run_pipelined_each, no BEGIN: one implicit transaction,
    // committed at the sync): every row with its first event, then their change
    // numbers (so the change lock is held for the numbering and the commit only).
    // A repeated id inserts and numbers nothing; it is read afterwards, as are the
    // rows another transaction had stored under a key. If the group fails (one row
    // broke a constraint, or the connection), nothing of it is stored and each
    // row is tried alone (insert_alone).
    void commit_group(std::vector<PendingInsert>& group) {
        std::vector<Result> results;
        try {
            Lease c(*this);
            std::vector<Params> rows, ids;
            for (const PendingInsert& p : group) {
                rows.push_back(insert_params(p.row));
                ids.push_back(Params().add(p.row.id));
            }
            std::vector<Step> steps;
            for (const Params& row : rows)
                steps.push_back({kInsertSubmission, row});
            for (const Params& id : ids)
                steps.push_back({kNumberInserted, id});
            results = run_pipelined_each(*c, steps, false);
        } catch (const std::exception&) {
            for (PendingInsert& p : group) {
                try {
                    p.result = insert_alone(p.row);
                } catch (const std::exception&) {
                    p.error = std::current_exception();
                }
            }
            return;
        }
        // Committed: each row's summary, or the row stored before under its key.
        for (std::size_t i = 0; i < group.size(); i++) {
            PendingInsert& p = group[i];
            try {
                const Result& numbered = results[group.size() + i];
                if (numbered.rows() == 1) {
                    p.result = InsertResult{true, with_sent_members(read_submission_row(RowView{numbered, 0}, false), p.row)};
                } else {
                    Lease c(*this);
                    p.result = InsertResult{false, stored(*c, p.row.id)};
                }
            } catch (const std::exception&) {
                p.error = std::current_exception();
            }
        }
    }

    static Params insert_params(const NewSubmission& s) {
        return Params().add(s.id).add(s.receipt_date).add(s.body_hash).add(static_cast<long long>(s.organisation_id))
            .add(static_cast<long long>(s.created_by)).add(s.kind).add(s.business).add(s.office).add(s.policy_id)
            .add(s.client_total_fen).add(s.server_total_fen).add(s.created_at).add(s.request).add(s.server_estimate)
            .add(s.route).add(s.resubmits).add(s.register_issues);
    }

    // The submission and its first event in the caller's transaction; false when
    // the id exists. Its change number comes last, with the COMMIT (kNumberInserted).
    static bool insert_in(Connection& c, const NewSubmission& s) {
        return run(c, kInsertSubmission, insert_params(s)).rows() == 1;
    }

    static Submission stored(Connection& c, const std::string& id) {
        Result r = run(c, kFindSubmissionById, Params().add(id).add(0LL).add(""));
        if (r.rows() == 0)
            throw StoreError("PostgreSQL: 刚写入的提交读不到 (" + id + ")");
        return read_submission_row(RowView{r, 0}, true);
    }

    static std::vector<RegisterRecord> history_in(Connection& c, const std::vector<std::string>& id_hashes) {
        std::vector<RegisterRecord> records;
        for (const std::string& hash : std::set<std::string>(id_hashes.begin(), id_hashes.end())) {
            Result r = run(c, kRegisterHistory, Params().add(hash));
            for (int i = 0; i < r.rows(); i++)
                records.push_back(read_register_row(RowView{r, i}));
        }
        return records;
    }

    // The advisory lock key of an id hash: its first 16 hex digits as a signed 64-bit number.
    static long long lock_key(const std::string& id_hash) {
        return static_cast<long long>(std::stoull(id_hash.substr(0, 16), nullptr, 16));
    }

    Connection connect() {
        const std::string with_timeout =
            conninfo_.find("://") != std::string::npos
                ? conninfo_
                : conninfo_ + " connect_timeout=" + std::to_string(kPostgresConnectTimeoutSeconds);
        Connection c;
        c.pg = PQconnectdb(with_timeout.c_str());
        if (!c.pg || PQstatus(c.pg) != CONNECTION_OK) {
            const std::string why = c.pg ? pg_error(c.pg) : "out of memory";
            PQfinish(c.pg);
            throw StoreError("无法连接 PostgreSQL: " + why);
        }
        PQsetNoticeProcessor(c.pg, ignore_notice, nullptr);  // NOTICEs would break the JSON log on stderr
        PGresult* r = PQexec(c.pg, "SET synchronous_commit = on; SET client_encoding = 'UTF8'");
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok) {
            const std::string why = pg_error(c.pg);
            PQfinish(c.pg);
            throw StoreError("PostgreSQL 会话设置失败: " + why);
        }
        return c;
    }

    void close_all() {
        for (Connection& c : pool_)
            if (c.pg)
                PQfinish(c.pg);
        pool_.clear();
    }

    Connection* acquire() {
        std::unique_lock<std::mutex> lock(mutex_);
        available_.wait(lock, [&] { return !free_.empty(); });
        Connection* c = free_.back();
        free_.pop_back();
        lock.unlock();
        // A connection lost (server restart, network) is re-opened once.
        if (PQstatus(c->pg) != CONNECTION_OK) {
            PQreset(c->pg);
            c->prepared.clear();
        }
        return c;
    }

    void release(Connection* c) {
        std::lock_guard<std::mutex> lock(mutex_);
        free_.push_back(c);
        available_.notify_one();
    }

    void migrate(Connection& c) {
        Transaction tx(c);
        run_simple(c, ("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLockKey) + ")").c_str());
        run_simple(c,
                   "CREATE TABLE IF NOT EXISTS schema_version ("
                   "  version    INTEGER PRIMARY KEY,"
                   "  applied_at TEXT NOT NULL"
                   ")");
        const int current = static_cast<int>(run(c, kSchemaVersion).integer(0, 0));
        if (current > postgres_latest_schema_version())
            throw StoreError("数据库的结构版本 " + std::to_string(current) + " 比本程序支持的 " +
                             std::to_string(postgres_latest_schema_version()) + " 新; 请升级 skillaid-server");
        const Statement record = {"record_migration",
                                  "INSERT INTO schema_version (version, applied_at) VALUES "
                                  "($1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"};
        for (const PostgresMigration& m : postgres_migrations()) {
            if (m.version <= current)
                continue;
            run_simple(c, m.sql);
            run(c, record, Params().add(static_cast<long long>(m.version)));
        }
        tx.commit();
    }

    std::string conninfo_;
    std::string location_;
    std::vector<Connection> pool_;
    std::vector<Connection*> free_;
    std::mutex mutex_;
    std::condition_variable available_;
    std::unique_ptr<GroupCommit> group_commit_;  // new submissions, committed in groups on its thread
};

Lease::Lease(PostgresStore& store) : store_(store), c_(store.acquire()) {}
Lease::~Lease() { store_.release(c_); }

}  // namespace

std::unique_ptr<Store> open_postgres_store(const std::string& conninfo) {
    return std::make_unique<PostgresStore>(conninfo);
}

}  // namespace skillaid::server
