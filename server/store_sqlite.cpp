#include "server/store.h"

#include <sqlite3.h>

#include <iterator>
#include <string>
#include <system_error>

namespace skillaid::server {

struct Migration {
    int version;
    const char* sql;
};

// Append only. Each migration runs in its own transaction with the
// INSERT into schema_version, so a crash leaves either all or none of it.
static const Migration kMigrations[] = {
    {1,
     "CREATE TABLE meta ("
     "  key   TEXT PRIMARY KEY,"
     "  value TEXT NOT NULL"
     ");"
     "INSERT INTO meta (key, value) VALUES ('app', 'skillaid');"
     "INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));"},
};

int Store::latest_schema_version() { return kMigrations[std::size(kMigrations) - 1].version; }

Store::Store(const std::filesystem::path& data_dir) {
    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    if (ec)
        throw StoreError("无法创建数据目录 " + data_dir.string() + ": " + ec.message());
    path_ = data_dir / kStoreFileName;

    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError("无法打开数据库 " + path_.string() + ": " + why);
    }
    try {
        sqlite3_busy_timeout(db_, kStoreBusyTimeoutMs);
        if (query_text("PRAGMA journal_mode = WAL;") != "wal")
            throw StoreError("数据库 " + path_.string() + " 无法使用 WAL 日志模式 (文件系统不支持?)");
        exec("PRAGMA synchronous = FULL;");
        exec("PRAGMA foreign_keys = ON;");
        migrate();
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Store::~Store() {
    // Closing the last connection checkpoints the WAL into the main file.
    if (db_)
        sqlite3_close(db_);
}

void Store::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string why = err ? err : sqlite3_errmsg(db_);
        sqlite3_free(err);
        throw StoreError("数据库操作失败 (" + path_.string() + "): " + why);
    }
}

std::string Store::query_text(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw StoreError("数据库查询失败 (" + path_.string() + "): " + sqlite3_errmsg(db_));
    std::string value;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
        value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return value;
}

int Store::query_schema_version() {
    return std::stoi(query_text("SELECT COALESCE(MAX(version), 0) FROM schema_version;"));
}

void Store::migrate() {
    exec("CREATE TABLE IF NOT EXISTS schema_version ("
         "  version    INTEGER PRIMARY KEY,"
         "  applied_at TEXT NOT NULL"
         ");");
    const int current = query_schema_version();
    if (current > latest_schema_version())
        throw StoreError("数据库 " + path_.string() + " 的结构版本 " + std::to_string(current) +
                         " 比本程序支持的 " + std::to_string(latest_schema_version()) + " 新; 请升级 skillaid-server");
    for (const Migration& m : kMigrations) {
        if (m.version <= current)
            continue;
        exec("BEGIN IMMEDIATE;");
        try {
            exec(m.sql);
            const std::string record = "INSERT INTO schema_version (version, applied_at) VALUES (" +
                                       std::to_string(m.version) + ", strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));";
            exec(record.c_str());
            exec("COMMIT;");
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

int Store::schema_version() {
    std::lock_guard<std::mutex> lock(mutex_);
    return query_schema_version();
}

}  // namespace skillaid::server
