#include "server/store_sqlite_migrations.h"

#include "server/store_rows.h"  // SKILLAID_MIGRATION_5_EVENT_COLUMNS

namespace skillaid::server {

// Append only. Each migration runs in its own transaction with the
// INSERT into schema_version, so a crash leaves either all or none of it.
static const SqliteMigration kSqliteMigrations[] = {
    {1,
     "CREATE TABLE meta ("
     "  key   TEXT PRIMARY KEY,"
     "  value TEXT NOT NULL"
     ");"
     "INSERT INTO meta (key, value) VALUES ('app', 'skillaid');"
     "INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));"},
    {2,
     "CREATE TABLE organisations ("
     "  id         INTEGER PRIMARY KEY,"
     "  uscc       TEXT NOT NULL UNIQUE,"
     "  name       TEXT NOT NULL,"
     "  created_at TEXT NOT NULL"
     ");"
     "CREATE TABLE users ("
     "  id              INTEGER PRIMARY KEY,"
     "  login           TEXT NOT NULL UNIQUE,"
     "  password_hash   TEXT NOT NULL,"
     "  role            TEXT NOT NULL CHECK (role IN ('staff', 'reviewer')),"
     "  organisation_id INTEGER REFERENCES organisations (id),"
     "  office          TEXT,"
     "  created_at      TEXT NOT NULL,"
     "  CHECK ((role = 'staff' AND organisation_id IS NOT NULL AND office IS NULL) OR"
     "         (role = 'reviewer' AND organisation_id IS NULL AND office IS NOT NULL))"
     ");"
     "CREATE TABLE sessions ("
     "  token_hash TEXT PRIMARY KEY,"
     "  user_id    INTEGER NOT NULL REFERENCES users (id),"
     "  created_at TEXT NOT NULL,"
     "  expires_at INTEGER NOT NULL"
     ");"
     "CREATE TABLE counters ("
     "  name  TEXT PRIMARY KEY,"
     "  value INTEGER NOT NULL"
     ");"
     "INSERT INTO counters (name, value) VALUES ('receipt', 0), ('change', 0);"
     "CREATE TABLE submissions ("
     "  id               TEXT PRIMARY KEY,"
     "  receipt          TEXT NOT NULL UNIQUE,"
     "  body_hash        TEXT NOT NULL,"
     "  organisation_id  INTEGER NOT NULL REFERENCES organisations (id),"
     "  created_by       INTEGER NOT NULL REFERENCES users (id),"
     "  kind             TEXT NOT NULL,"
     "  business         TEXT NOT NULL,"
     "  office           TEXT NOT NULL,"
     "  policy_id        TEXT NOT NULL,"
     "  client_total_fen INTEGER NOT NULL,"
     "  server_total_fen INTEGER NOT NULL,"
     "  status           TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'returned', 'paid')),"
     "  reason           TEXT NOT NULL,"
     "  change_seq       INTEGER NOT NULL,"
     "  created_at       TEXT NOT NULL,"
     "  updated_at       TEXT NOT NULL,"
     "  request          TEXT NOT NULL,"
     "  server_estimate  TEXT NOT NULL,"
     "  route            TEXT NOT NULL"
     ");"
     "CREATE INDEX submissions_by_organisation ON submissions (organisation_id, change_seq);"
     "CREATE INDEX submissions_by_office ON submissions (office, change_seq);"
     "CREATE TABLE submission_events ("
     "  id            INTEGER PRIMARY KEY,"
     "  submission_id TEXT NOT NULL REFERENCES submissions (id),"
     "  status        TEXT NOT NULL,"
     "  reason        TEXT NOT NULL,"
     "  user_id       INTEGER NOT NULL REFERENCES users (id),"
     "  at            TEXT NOT NULL"
     ");"
     "CREATE INDEX submission_events_by_submission ON submission_events (submission_id, id);"},
    // 3 (issue 13): a resubmission names the returned submission it replaces.
    {3, "ALTER TABLE submissions ADD COLUMN resubmits TEXT NOT NULL DEFAULT '';"},
    // 4 (issue 14): the real-name register, one row per trainee of a stored claim
    // (the ID only as HMAC-SHA256), and what its history refused or reduced.
    {4,
     "CREATE TABLE register ("
     "  id            INTEGER PRIMARY KEY,"
     "  id_hash       TEXT NOT NULL,"
     "  submission_id TEXT NOT NULL REFERENCES submissions (id),"
     "  year          INTEGER NOT NULL,"
     "  date          TEXT NOT NULL,"
     "  scheme        TEXT NOT NULL,"
     "  occupation    INTEGER NOT NULL,"
     "  level         TEXT NOT NULL,"
     "  months        INTEGER NOT NULL,"
     "  days          INTEGER NOT NULL,"
     "  status        TEXT NOT NULL"
     ");"
     "CREATE INDEX register_by_id_hash ON register (id_hash);"
     "CREATE INDEX register_by_submission ON register (submission_id);"
     "ALTER TABLE submissions ADD COLUMN register_issues TEXT NOT NULL DEFAULT '[]';"},
    // 5 (issue 15): the status publicized (SQLite cannot change a CHECK: the table is
    // rebuilt, foreign keys off during migrations), the public notice's start, the
    // payment's date and voucher; events with from, action, date, voucher and key.
    {5,
     "CREATE TABLE submissions_new ("
     "  id               TEXT PRIMARY KEY,"
     "  receipt          TEXT NOT NULL UNIQUE,"
     "  body_hash        TEXT NOT NULL,"
     "  organisation_id  INTEGER NOT NULL REFERENCES organisations (id),"
     "  created_by       INTEGER NOT NULL REFERENCES users (id),"
     "  kind             TEXT NOT NULL,"
     "  business         TEXT NOT NULL,"
     "  office           TEXT NOT NULL,"
     "  policy_id        TEXT NOT NULL,"
     "  client_total_fen INTEGER NOT NULL,"
     "  server_total_fen INTEGER NOT NULL,"
     "  status           TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'returned', 'publicized', 'paid')),"
     "  reason           TEXT NOT NULL,"
     "  change_seq       INTEGER NOT NULL,"
     "  created_at       TEXT NOT NULL,"
     "  updated_at       TEXT NOT NULL,"
     "  request          TEXT NOT NULL,"
     "  server_estimate  TEXT NOT NULL,"
     "  route            TEXT NOT NULL,"
     "  resubmits        TEXT NOT NULL DEFAULT '',"
     "  register_issues  TEXT NOT NULL DEFAULT '[]',"
     "  publicity_start  TEXT NOT NULL DEFAULT '',"
     "  paid_on          TEXT NOT NULL DEFAULT '',"
     "  voucher          TEXT NOT NULL DEFAULT ''"
     ");"
     "INSERT INTO submissions_new (id, receipt, body_hash, organisation_id, created_by, kind, business, office, "
     "  policy_id, client_total_fen, server_total_fen, status, reason, change_seq, created_at, updated_at, request, "
     "  server_estimate, route, resubmits, register_issues) "
     "SELECT id, receipt, body_hash, organisation_id, created_by, kind, business, office, policy_id, "
     "  client_total_fen, server_total_fen, status, reason, change_seq, created_at, updated_at, request, "
     "  server_estimate, route, resubmits, register_issues FROM submissions;"
     "DROP TABLE submissions;"
     "ALTER TABLE submissions_new RENAME TO submissions;"
     "CREATE INDEX submissions_by_organisation ON submissions (organisation_id, change_seq);"
     "CREATE INDEX submissions_by_office ON submissions (office, change_seq);"
     SKILLAID_MIGRATION_5_EVENT_COLUMNS},
    // 6: PostgreSQL's change number moved from a counter row to a sequence under
    // an advisory lock (store_postgres.cpp). Nothing changes here (SQLite's one
    // writer orders the numbers by itself); the two stores keep one numbering.
    {6, "SELECT 1;"},
};

std::span<const SqliteMigration> sqlite_migrations() { return kSqliteMigrations; }

}  // namespace skillaid::server
