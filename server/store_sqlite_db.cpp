#include "server/store_sqlite_db.h"

namespace skillaid::server::sqlite {

void open_connection(Connection& c, const std::filesystem::path& file, int flags) {
    if (sqlite3_open_v2(file.c_str(), &c.db, flags, nullptr) != SQLITE_OK) {
        const std::string why = c.db ? sqlite3_errmsg(c.db) : "out of memory";
        c.close();
        throw StoreError("无法打开数据库 " + file.string() + ": " + why);
    }
    sqlite3_extended_result_codes(c.db, 1);
    sqlite3_busy_timeout(c.db, kStoreBusyTimeoutMs);
}

Checkpointer::Checkpointer(Connection& writer, const std::filesystem::path& file) : writer_(writer.db) {
    open_connection(conn_, file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX);
    try {
        exec_sql(conn_.db, "PRAGMA synchronous = FULL;");
    } catch (const StoreError&) {
        conn_.close();
        throw;
    }
    sqlite3_wal_hook(writer_, &Checkpointer::on_commit, this);
    thread_ = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer() {
    sqlite3_wal_hook(writer_, nullptr, nullptr);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
    conn_.close();
}

// After each commit on the writer, with the WAL's size in pages.
int Checkpointer::on_commit(void* self, sqlite3*, const char*, int wal_pages) {
    if (wal_pages < kCheckpointPages)
        return SQLITE_OK;
    auto* c = static_cast<Checkpointer*>(self);
    {
        std::lock_guard<std::mutex> lock(c->mutex_);
        c->wanted_ = true;
    }
    c->wake_.notify_one();
    return SQLITE_OK;
}

void Checkpointer::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return wanted_ || stopping_; });
        if (stopping_)
            return;
        wanted_ = false;
        lock.unlock();
        // SQLITE_BUSY (another process checkpoints) or an I/O error: the WAL
        // keeps the data, and the next commit past kCheckpointPages asks again.
        sqlite3_wal_checkpoint_v2(conn_.db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
}

void exec_sql(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string why = err ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        throw StoreError("数据库操作失败: " + why);
    }
}

void run(Connection& c, const char* sql) {
    Stmt st(c, sql);
    st.step();
}

long long next_counter(Connection& c, const char* name) {
    Stmt st(c, "UPDATE counters SET value = value + 1 WHERE name = ?1 RETURNING value;");
    st.bind(1, std::string(name));
    if (!st.step())
        throw StoreError(std::string("数据库缺少计数器 ") + name);
    return st.integer(0);
}

void insert_event(Connection& c, const std::string& id, const std::string& status, const std::string& reason,
                  long long user_id, const std::string& at) {
    Stmt st(c, "INSERT INTO submission_events (submission_id, status, reason, user_id, at) VALUES (?1, ?2, ?3, ?4, ?5);");
    st.bind(1, id).bind(2, status).bind(3, reason).bind(4, user_id).bind(5, at);
    st.step();
}

}  // namespace skillaid::server::sqlite
