// What both stores share: choosing one, the schema version, receipt numbers.
#include "server/store.h"

#include <cstdio>

namespace skillaid::server {

// Defined in store_sqlite.cpp / store_postgres.cpp.
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& data_dir);
std::unique_ptr<Store> open_postgres_store(const std::string& conninfo);
int sqlite_latest_schema_version();
int postgres_latest_schema_version();

int latest_schema_version() { return sqlite_latest_schema_version(); }

bool is_postgres_database(const std::string& database) {
    return database.starts_with("postgresql://") || database.starts_with("postgres://") ||
           database.find('=') != std::string::npos;
}

std::unique_ptr<Store> open_store(const std::string& database, const std::filesystem::path& data_dir) {
    if (sqlite_latest_schema_version() != postgres_latest_schema_version())
        throw StoreError("程序错误: SQLite 与 PostgreSQL 的迁移编号不一致");
    if (database.empty())
        return open_sqlite_store(data_dir);
    if (!is_postgres_database(database))
        throw StoreError("--database 应为 postgresql://... 或 libpq 连接串 (host=... dbname=...)");
    return open_postgres_store(database);
}

std::string format_receipt(const std::string& yyyymmdd, long long number) {
    char digits[32];
    std::snprintf(digits, sizeof(digits), "%06lld", number);
    return "CC-" + yyyymmdd + "-" + digits;
}

}  // namespace skillaid::server
