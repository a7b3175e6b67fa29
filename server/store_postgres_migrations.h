// The PostgreSQL store's numbered migrations (store_postgres_migrations.cpp),
// applied by store_postgres.cpp in one transaction under an advisory lock,
// append only; the numbering follows the SQLite store's.
#pragma once
#include <span>

namespace skillaid::server {

struct PostgresMigration {
    int version;
    const char* sql;
};
std::span<const PostgresMigration> postgres_migrations();

}  // namespace skillaid::server
