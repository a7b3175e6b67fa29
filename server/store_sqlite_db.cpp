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
