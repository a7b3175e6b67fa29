// The SQLite store's plumbing (store_sqlite.cpp): a connection with its
// prepared statements, statements, transactions, and the two writes every new
// submission makes (its counters and first event). Throws StoreError.
#pragma once
#include "server/store.h"

#include <sqlite3.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace skillaid::server::sqlite {

// The connection and its prepared statements, each prepared once (keyed by
// its SQL text) and reused: reset and unbound when a Stmt lets go of it.
struct Connection {
    struct Cached {
        sqlite3_stmt* stmt = nullptr;
        bool in_use = false;
    };
    sqlite3* db = nullptr;
    std::unordered_map<std::string, Cached> statements;

    void close() {
        for (auto& [sql, cached] : statements)
            sqlite3_finalize(cached.stmt);
        statements.clear();
        sqlite3_close(db);
        db = nullptr;
    }
};

// One prepared statement (from the connection's cache); throws StoreError
// (StoreConflict for a unique violation).
class Stmt {
public:
    Stmt(Connection& c, const char* sql) : db_(c.db) {
        Connection::Cached& cached = c.statements[sql];
        if (cached.in_use) {  // an enclosing Stmt runs the same SQL: a statement of its own
            stmt_ = prepare(sql, 0);
            return;
        }
        if (!cached.stmt)
            cached.stmt = prepare(sql, SQLITE_PREPARE_PERSISTENT);
        cached.in_use = true;
        stmt_ = cached.stmt;
        cached_ = &cached;
    }
    ~Stmt() {
        if (!cached_) {
            sqlite3_finalize(stmt_);
            return;
        }
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        cached_->in_use = false;
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int index, const std::string& value) {
        check(sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int index, long long value) {
        check(sqlite3_bind_int64(stmt_, index, value));
        return *this;
    }
    // true: a row is ready; false: done.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        check(rc);
        return false;
    }
    std::string text(int column) const {
        const unsigned char* value = sqlite3_column_text(stmt_, column);
        return value ? std::string(reinterpret_cast<const char*>(value),
                                   static_cast<size_t>(sqlite3_column_bytes(stmt_, column)))
                     : std::string();
    }
    long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }

private:
    sqlite3_stmt* prepare(const char* sql, unsigned flags) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v3(db_, sql, -1, flags, &stmt, nullptr) != SQLITE_OK)
            throw StoreError(std::string("数据库语句无法准备: ") + sqlite3_errmsg(db_));
        return stmt;
    }
    void check(int rc) {
        if (rc == SQLITE_OK)
            return;
        const std::string why = sqlite3_errmsg(db_);
        if ((sqlite3_extended_errcode(db_) & 0xff) == SQLITE_CONSTRAINT)
            throw StoreConflict("数据库约束冲突: " + why);
        throw StoreError("数据库操作失败: " + why);
    }

    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    Connection::Cached* cached_ = nullptr;  // null: prepared for this Stmt alone
};

// Opens `c` on `file` with sqlite3_open_v2 `flags`, extended result codes and
// the busy timeout (kStoreBusyTimeoutMs); throws StoreError naming the file.
void open_connection(Connection& c, const std::filesystem::path& file, int flags);

void exec_sql(sqlite3* db, const char* sql);

// A statement without parameters or rows (BEGIN, COMMIT, SAVEPOINT ...).
void run(Connection& c, const char* sql);

// BEGIN IMMEDIATE (the write lock up front); rolled back unless commit() ran.
class Transaction {
public:
    explicit Transaction(Connection& c) : c_(c) { run(c_, "BEGIN IMMEDIATE;"); }
    ~Transaction() {
        if (!done_ && !sqlite3_get_autocommit(c_.db))
            sqlite3_exec(c_.db, "ROLLBACK;", nullptr, nullptr, nullptr);
    }
    void commit() {
        run(c_, "COMMIT;");
        done_ = true;
    }
    void rollback() {
        run(c_, "ROLLBACK;");
        done_ = true;
    }

private:
    Connection& c_;
    bool done_ = false;
};

// WAL pages after a commit that start a checkpoint (SQLite's own default).
constexpr int kCheckpointPages = 1000;

// Copies the WAL into the main file on a thread and connection of its own, so
// that no commit waits for it. SQLite's automatic checkpoint runs in the thread
// that committed, while it still holds the writer: every ~30 group commits one
// of them also copied ~1,000 pages and fsynced the main file, and every new
// submission queued behind it (docs/server.md "Commit path"). The writer's WAL
// hook wakes this thread; a PASSIVE checkpoint copies what no reader still
// needs without taking the write lock. synchronous=FULL, as on the writer.
class Checkpointer {
public:
    // Installs the hook on `writer` (replacing the automatic checkpoint).
    Checkpointer(Connection& writer, const std::filesystem::path& file);
    ~Checkpointer();  // finishes a running checkpoint, then stops; before the writer closes
    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

private:
    static int on_commit(void* self, sqlite3* db, const char* schema, int wal_pages);
    void run();

    Connection conn_;
    sqlite3* writer_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool wanted_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

// The next value of counters(`name`), in the caller's transaction.
long long next_counter(Connection& c, const char* name);

// The first event of a submission (received).
void insert_event(Connection& c, const std::string& id, const std::string& status, const std::string& reason,
                  long long user_id, const std::string& at);

}  // namespace skillaid::server::sqlite
