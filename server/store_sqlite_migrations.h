// The SQLite store's numbered migrations (store_sqlite_migrations.cpp), applied
// by store_sqlite.cpp, append only; the numbering follows the PostgreSQL store's.
#pragma once
#include <span>

namespace skillaid::server {

struct SqliteMigration {
    int version;
    const char* sql;
};
std::span<const SqliteMigration> sqlite_migrations();

}  // namespace skillaid::server
