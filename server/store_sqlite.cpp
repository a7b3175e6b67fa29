// SqliteStore: one file <data-dir>/skillaid.db, WAL journal, synchronous=FULL
// (a COMMIT returns once the WAL is on disk), one connection shared by the io
// threads under a mutex, its statements prepared once. New submissions are
// group-committed (insert_submission_then). Several processes may open the same file
// (writes are serialized by BEGIN IMMEDIATE and the busy timeout).
#include "server/group_commit.h"
#include "server/store.h"
#include "server/store_rows.h"
#include "server/store_sqlite_db.h"
#include "server/store_sqlite_migrations.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <stdexcept>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace skillaid::server {

// Group commit (server/group_commit.h): at most kGroupCommitMaxRows new
// submissions share one transaction; more wait for the next one. Beyond
// kMaxQueuedInserts waiting rows, a caller waits for room (the work pool then
// fills and refuses with 503).

int sqlite_latest_schema_version() { return sqlite_migrations().back().version; }

namespace {

using namespace sqlite;


class SqliteStore final : public Store {
public:
    explicit SqliteStore(const std::filesystem::path& data_dir) {
        std::error_code ec;
        std::filesystem::create_directories(data_dir, ec);
        if (ec)
            throw StoreError("无法创建数据目录 " + data_dir.string() + ": " + ec.message());
        path_ = data_dir / kStoreFileName;

        open_connection(conn_, path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX);
        try {
            if (query_text("PRAGMA journal_mode = WAL;") != "wal")
                throw StoreError("数据库 " + path_.string() + " 无法使用 WAL 日志模式 (文件系统不支持?)");
            exec_sql(conn_.db, "PRAGMA synchronous = FULL;");
            // Migrations rebuild tables (5): foreign keys are checked once they are done.
            exec_sql(conn_.db, "PRAGMA foreign_keys = OFF;");
            migrate();
            exec_sql(conn_.db, "PRAGMA foreign_keys = ON;");
        } catch (const StoreError& e) {
            conn_.close();
            throw StoreError(std::string(e.what()) + " (" + path_.string() + ")");
        }
        try {
            open_connection(reader_, path_, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX);
            checkpointer_ = std::make_unique<Checkpointer>(conn_, path_);
        } catch (const StoreError&) {
            reader_.close();
            conn_.close();
            throw;
        }
        group_commit_ = std::make_unique<GroupCommit>([this](std::vector<PendingInsert>& group) { commit_group(group); },
                                                      kGroupCommitMaxRows, kMaxQueuedInserts);
    }

    ~SqliteStore() override {
        group_commit_.reset();  // what is queued is still committed and answered
        checkpointer_.reset();
        // Closing the last connection checkpoints the WAL into the main file.
        reader_.close();
        conn_.close();
    }

    std::string kind() const override { return "sqlite"; }
    std::string location() const override { return path_.string(); }

    int schema_version() override {
        std::lock_guard<std::mutex> lock(mutex_);
        return query_schema_version();
    }

    Organisation create_organisation(const std::string& uscc, const std::string& name, const std::string& at) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "INSERT INTO organisations (uscc, name, created_at) VALUES (?1, ?2, ?3) RETURNING id;");
        st.bind(1, uscc).bind(2, name).bind(3, at);
        st.step();
        return {st.integer(0), uscc, name};
    }

    std::optional<Organisation> find_organisation(const std::string& uscc) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT id, uscc, name FROM organisations WHERE uscc = ?1;");
        st.bind(1, uscc);
        if (!st.step())
            return std::nullopt;
        return Organisation{st.integer(0), st.text(1), st.text(2)};
    }

    User create_user(const User& user, const std::string& at) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_,
                "INSERT INTO users (login, password_hash, role, organisation_id, office, created_at) "
                "VALUES (?1, ?2, ?3, NULLIF(?4, 0), NULLIF(?5, ''), ?6) RETURNING id;");
        st.bind(1, user.login).bind(2, user.password_hash).bind(3, user.role);
        st.bind(4, static_cast<long long>(user.organisation_id)).bind(5, user.office).bind(6, at);
        st.step();
        User created = user;
        created.id = st.integer(0);
        return created;
    }

    std::optional<User> find_user(const std::string& login) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT " SKILLAID_USER_COLUMNS " FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id "
                     "WHERE u.login = ?1;");
        st.bind(1, login);
        if (!st.step())
            return std::nullopt;
        return read_user_row(st);
    }

    std::vector<User> list_users() override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT " SKILLAID_USER_COLUMNS " FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id "
                     "ORDER BY u.id;");
        std::vector<User> users;
        while (st.step())
            users.push_back(read_user_row(st));
        return users;
    }

    void create_session(const std::string& token_hash, std::int64_t user_id, long long expires_at,
                        const std::string& at) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Transaction tx(conn_);
        // Expired sessions are removed as new ones are made.
        Stmt purge(conn_, "DELETE FROM sessions WHERE expires_at <= strftime('%s', 'now');");
        purge.step();
        Stmt st(conn_, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4);");
        st.bind(1, token_hash).bind(2, static_cast<long long>(user_id)).bind(3, at).bind(4, expires_at);
        st.step();
        tx.commit();
    }

    std::optional<User> session_user(const std::string& token_hash, long long now) override {
        std::lock_guard<std::mutex> lock(reader_mutex_);
        return session_in(reader_, token_hash, now);
    }

    static std::optional<User> session_in(Connection& c, const std::string& token_hash, long long now) {
        Stmt st(c, "SELECT " SKILLAID_USER_COLUMNS " FROM sessions s JOIN users u ON u.id = s.user_id "
                   "LEFT JOIN organisations o ON o.id = u.organisation_id "
                   "WHERE s.token_hash = ?1 AND s.expires_at > ?2;");
        st.bind(1, token_hash).bind(2, now);
        if (!st.step())
            return std::nullopt;
        return read_user_row(st);
    }

    SessionAndSubmission session_user_and_submission(const std::string& token_hash, long long now,
                                                     const std::string& submission_id) override {
        std::lock_guard<std::mutex> lock(reader_mutex_);
        run(reader_, "BEGIN;");  // one read transaction: one snapshot, the page cache checked once
        SessionAndSubmission found;
        try {
            found.user = session_in(reader_, token_hash, now);
            if (found.user)
                found.submission = find_in(reader_, submission_id, Scope{});
        } catch (...) {
            run(reader_, "ROLLBACK;");
            throw;
        }
        run(reader_, "COMMIT;");
        return found;
    }

    void delete_session(const std::string& token_hash) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "DELETE FROM sessions WHERE token_hash = ?1;");
        st.bind(1, token_hash);
        st.step();
    }

    // Group commit (server/group_commit.h): the row joins the queue and the
    // caller's thread goes on; the commit thread stores each group in one
    // transaction (commit_group) and answers its rows after the COMMIT.
    void insert_submission_then(NewSubmission s, InsertDone done) override {
        group_commit_->add(std::move(s), std::move(done));
    }

    // BEGIN IMMEDIATE takes the database's write lock before the history is read,
    // so no other claim (of this or another process) commits in between.
    std::optional<InsertResult> insert_claim(const std::string& id, const std::vector<std::string>& id_hashes,
                                             const ClaimDecision& decide) override {
        std::lock_guard<std::mutex> lock(mutex_);
        {
            Transaction tx(conn_);
            // A repeat that arrived while the first was being stored: not counted against itself.
            if (std::optional<Submission> existing = find_locked(id, Scope{}))
                return InsertResult{false, *existing};
            NewSubmission row;
            std::vector<RegisterRecord> records;
            if (!decide(history_locked(id_hashes), row, records))
                return std::nullopt;  // rolled back
            if (insert_locked(row)) {
                for (const RegisterRecord& r : records) {
                    Stmt st(conn_, "INSERT INTO register (id_hash, submission_id, year, date, scheme, occupation, level, "
                                 "months, days, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'received');");
                    st.bind(1, r.id_hash).bind(2, row.id).bind(3, static_cast<long long>(r.year)).bind(4, r.date);
                    st.bind(5, r.scheme).bind(6, r.occupation).bind(7, r.level).bind(8, r.months).bind(9, r.days);
                    st.step();
                }
                tx.commit();
                return InsertResult{true, *find_locked(row.id, Scope{})};
            }
            tx.rollback();
            return InsertResult{false, *find_locked(row.id, Scope{})};
        }
    }

    std::vector<RegisterRecord> register_history(const std::vector<std::string>& id_hashes) override {
        std::lock_guard<std::mutex> lock(mutex_);
        return history_locked(id_hashes);
    }

    std::optional<Submission> find_submission(const std::string& id, const Scope& scope) override {
        std::lock_guard<std::mutex> lock(reader_mutex_);
        return find_in(reader_, id, scope);
    }

    std::vector<Submission> list_submissions(const Scope& scope, std::int64_t since, int limit) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT " SKILLAID_SUBMISSION_SUMMARY_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
                     "WHERE s.change_seq > ?1 AND (?2 = 0 OR s.organisation_id = ?2) AND (?3 = '' OR s.office = ?3) "
                     "ORDER BY s.change_seq LIMIT ?4;");
        st.bind(1, static_cast<long long>(since)).bind(2, static_cast<long long>(scope.organisation_id));
        st.bind(3, scope.office).bind(4, static_cast<long long>(limit));
        std::vector<Submission> rows;
        while (st.step())
            rows.push_back(read_submission_row(st, false));
        return rows;
    }

    std::vector<SubmissionEvent> submission_events(const std::vector<std::string>& ids) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT " SKILLAID_EVENT_COLUMNS " " SKILLAID_EVENTS_FROM
                     "WHERE e.submission_id IN (SELECT value FROM json_each(?1)) ORDER BY e.id;");
        st.bind(1, ids_json_array(ids));
        std::vector<SubmissionEvent> events;
        while (st.step())
            events.push_back(read_event_row(st));
        return events;
    }

    std::string review_key_owner(const std::string& key) override {
        std::lock_guard<std::mutex> lock(mutex_);
        return key_owner_locked(key);
    }

    ReviewOutcome review_submission(const ReviewChange& r) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Transaction tx(conn_);
        if (!r.key.empty()) {
            const std::string owner = key_owner_locked(r.key);
            if (!owner.empty())
                return owner == r.id ? ReviewOutcome::replayed : ReviewOutcome::key_reused;
        }
        Stmt current(conn_, "SELECT status FROM submissions WHERE id = ?1 AND office = ?2;");
        current.bind(1, r.id).bind(2, r.office);
        if (!current.step())
            return ReviewOutcome::not_found;
        if (current.text(0) != r.from)
            return ReviewOutcome::wrong_status;
        const long long change = next_counter(conn_, "change");
        Stmt st(conn_, "UPDATE submissions SET status = ?1, reason = ?2, change_seq = ?3, updated_at = ?4, "
                     "publicity_start = CASE WHEN ?8 = 'publicize' THEN ?9 ELSE publicity_start END, "
                     "paid_on = CASE WHEN ?8 = 'pay' THEN ?9 ELSE paid_on END, "
                     "voucher = CASE WHEN ?8 = 'pay' THEN ?10 ELSE voucher END "
                     "WHERE id = ?5 AND office = ?6 AND status = ?7;");
        st.bind(1, r.to).bind(2, r.reason).bind(3, change).bind(4, r.at).bind(5, r.id).bind(6, r.office);
        st.bind(7, r.from).bind(8, r.action).bind(9, r.date).bind(10, r.voucher);
        st.step();
        Stmt event(conn_, "INSERT INTO submission_events (submission_id, from_status, status, action, reason, date, "
                        "voucher, action_key, user_id, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
        event.bind(1, r.id).bind(2, r.from).bind(3, r.to).bind(4, r.action).bind(5, r.reason).bind(6, r.date);
        event.bind(7, r.voucher).bind(8, r.key).bind(9, static_cast<long long>(r.user_id)).bind(10, r.at);
        event.step();
        Stmt records(conn_, "UPDATE register SET status = ?1 WHERE submission_id = ?2;");
        records.bind(1, r.to).bind(2, r.id);
        records.step();
        tx.commit();
        return ReviewOutcome::done;
    }

    std::vector<Submission> claims_created(const std::string& office, const std::string& from,
                                           const std::string& to) override {
        std::lock_guard<std::mutex> lock(mutex_);
        Stmt st(conn_, "SELECT " SKILLAID_SUBMISSION_SUMMARY_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
                     "WHERE s.kind = 'claim' AND (?1 = '' OR s.office = ?1) AND s.created_at >= ?2 AND s.created_at < ?3 "
                     "ORDER BY s.change_seq;");
        st.bind(1, office).bind(2, from).bind(3, to);
        std::vector<Submission> rows;
        while (st.step())
            rows.push_back(read_submission_row(st, false));
        return rows;
    }

private:
    // One transaction for `group`, each row in a savepoint; fills result or error of each.
    void commit_group(std::vector<PendingInsert>& group) {
        std::lock_guard<std::mutex> lock(mutex_);
        try {
            Transaction tx(conn_);
            for (PendingInsert& p : group) {
                run(conn_, "SAVEPOINT new_submission;");
                try {
                    p.result.created = insert_locked(p.row);
                    if (p.result.created) {
                        p.result.stored = inserted_locked(p.row);
                    } else {  // the id exists: give back the counters
                        run(conn_, "ROLLBACK TO new_submission;");
                        p.result.stored = *find_locked(p.row.id, Scope{});
                    }
                } catch (const std::exception&) {
                    p.error = std::current_exception();
                    run(conn_, "ROLLBACK TO new_submission;");
                }
                run(conn_, "RELEASE new_submission;");
            }
            tx.commit();
        } catch (...) {  // nothing of the group is stored (COMMIT, BEGIN or a savepoint failed)
            for (PendingInsert& p : group) {
                p.error = std::current_exception();
                p.result = InsertResult{};
            }
        }
    }

    // INSERT ... ON CONFLICT (id) DO NOTHING with its receipt, change and first
    // event, in the caller's transaction; false when the id exists.
    bool insert_locked(const NewSubmission& s) {
        const std::string receipt = format_receipt(s.receipt_date, next_counter(conn_, "receipt"));
        const long long change = next_counter(conn_, "change");
        Stmt st(conn_,
                "INSERT INTO submissions (id, receipt, body_hash, organisation_id, created_by, kind, business, "
                "office, policy_id, client_total_fen, server_total_fen, status, reason, change_seq, created_at, "
                "updated_at, request, server_estimate, route, resubmits, register_issues) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'received', '', ?12, ?13, ?13, ?14, ?15, ?16, ?17, ?18) "
                "ON CONFLICT (id) DO NOTHING;");
        st.bind(1, s.id).bind(2, receipt).bind(3, s.body_hash).bind(4, static_cast<long long>(s.organisation_id));
        st.bind(5, static_cast<long long>(s.created_by)).bind(6, s.kind).bind(7, s.business).bind(8, s.office);
        st.bind(9, s.policy_id).bind(10, s.client_total_fen).bind(11, s.server_total_fen).bind(12, change);
        st.bind(13, s.created_at).bind(14, s.request).bind(15, s.server_estimate).bind(16, s.route).bind(17, s.resubmits);
        st.bind(18, s.register_issues);
        st.step();
        if (sqlite3_changes(conn_.db) != 1)
            return false;
        insert_event(conn_, s.id, "received", "", s.created_by, s.created_at);
        return true;
    }

    std::string key_owner_locked(const std::string& key) {
        Stmt st(conn_, "SELECT submission_id FROM submission_events WHERE action_key = ?1 AND action_key <> '';");
        st.bind(1, key);
        return st.step() ? st.text(0) : std::string();
    }

    std::vector<RegisterRecord> history_locked(const std::vector<std::string>& id_hashes) {
        std::vector<RegisterRecord> records;
        for (const std::string& hash : std::set<std::string>(id_hashes.begin(), id_hashes.end())) {
            Stmt st(conn_, "SELECT " SKILLAID_REGISTER_COLUMNS " FROM register WHERE id_hash = ?1 "
                         "AND status <> " SKILLAID_REGISTER_NOT_COUNTING " ORDER BY date, id;");
            st.bind(1, hash);
            while (st.step())
                records.push_back(read_register_row(st));
        }
        return records;
    }

    // The row insert_locked has just stored: its summary columns read back (the
    // receipt, change and organisation), its large members from `s` rather than
    // read again.
    Submission inserted_locked(const NewSubmission& s) {
        Stmt st(conn_, "SELECT " SKILLAID_SUBMISSION_SUMMARY_COLUMNS " FROM submissions s "
                     "JOIN organisations o ON o.id = s.organisation_id WHERE s.id = ?1;");
        st.bind(1, s.id);
        if (!st.step())
            throw std::runtime_error("the submission just inserted is missing");
        return with_sent_members(read_submission_row(st, false), s);
    }

    std::optional<Submission> find_locked(const std::string& id, const Scope& scope) { return find_in(conn_, id, scope); }

    static std::optional<Submission> find_in(Connection& c, const std::string& id, const Scope& scope) {
        Stmt st(c, "SELECT " SKILLAID_SUBMISSION_DETAIL_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
                     "WHERE (s.id = ?1 OR s.receipt = ?1) AND (?2 = 0 OR s.organisation_id = ?2) AND (?3 = '' OR s.office = ?3);");
        st.bind(1, id).bind(2, static_cast<long long>(scope.organisation_id)).bind(3, scope.office);
        if (!st.step())
            return std::nullopt;
        return read_submission_row(st, true);
    }

    std::string query_text(const char* sql) {
        Stmt st(conn_, sql);
        return st.step() ? st.text(0) : std::string();
    }

    int query_schema_version() {
        return std::stoi(query_text("SELECT COALESCE(MAX(version), 0) FROM schema_version;"));
    }

    void migrate() {
        exec_sql(conn_.db,
                 "CREATE TABLE IF NOT EXISTS schema_version ("
                 "  version    INTEGER PRIMARY KEY,"
                 "  applied_at TEXT NOT NULL"
                 ");");
        const int current = query_schema_version();
        if (current > sqlite_latest_schema_version())
            throw StoreError("数据库的结构版本 " + std::to_string(current) + " 比本程序支持的 " +
                             std::to_string(sqlite_latest_schema_version()) + " 新; 请升级 skillaid-server");
        for (const SqliteMigration& m : sqlite_migrations()) {
            if (m.version <= current)
                continue;
            Transaction tx(conn_);
            // Another process may have applied it meanwhile (we now hold the write lock).
            if (query_schema_version() >= m.version)
                continue;
            exec_sql(conn_.db, m.sql);
            Stmt record(conn_, "INSERT INTO schema_version (version, applied_at) "
                             "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));");
            record.bind(1, static_cast<long long>(m.version));
            record.step();
            tx.commit();
        }
    }

    std::filesystem::path path_;
    Connection conn_;
    std::mutex mutex_;  // one connection shared by the io threads
    // Reads on every request's path (the session, a submission's repeat check)
    // have a read-only connection of their own: in WAL mode it sees the last
    // COMMIT and does not wait while a group's COMMIT (with its fsync) holds mutex_.
    Connection reader_;
    std::mutex reader_mutex_;
    std::unique_ptr<Checkpointer> checkpointer_;  // the WAL into the main file, off the commit path

    std::unique_ptr<GroupCommit> group_commit_;  // new submissions, committed in groups on its thread
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& data_dir) {
    return std::make_unique<SqliteStore>(data_dir);
}

}  // namespace skillaid::server
