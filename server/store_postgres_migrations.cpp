#include "server/store_postgres_migrations.h"

#include "server/store_rows.h"  // SKILLAID_MIGRATION_5_EVENT_COLUMNS

namespace skillaid::server {

// Append only; the numbering follows the SQLite store's (6 has no SQLite
// counterpart: SQLite's one writer orders the change numbers by itself).
static const PostgresMigration kPostgresMigrations[] = {
    {1,
     "CREATE TABLE meta ("
     "  key   TEXT PRIMARY KEY,"
     "  value TEXT NOT NULL"
     ");"
     "INSERT INTO meta (key, value) VALUES ('app', 'skillaid');"
     "INSERT INTO meta (key, value) VALUES ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'));"},
    {2,
     "CREATE TABLE organisations ("
     "  id         BIGSERIAL PRIMARY KEY,"
     "  uscc       TEXT NOT NULL UNIQUE,"
     "  name       TEXT NOT NULL,"
     "  created_at TEXT NOT NULL"
     ");"
     "CREATE TABLE users ("
     "  id              BIGSERIAL PRIMARY KEY,"
     "  login           TEXT NOT NULL UNIQUE,"
     "  password_hash   TEXT NOT NULL,"
     "  role            TEXT NOT NULL CHECK (role IN ('staff', 'reviewer')),"
     "  organisation_id BIGINT REFERENCES organisations (id),"
     "  office          TEXT,"
     "  created_at      TEXT NOT NULL,"
     "  CHECK ((role = 'staff' AND organisation_id IS NOT NULL AND office IS NULL) OR"
     "         (role = 'reviewer' AND organisation_id IS NULL AND office IS NOT NULL))"
     ");"
     "CREATE TABLE sessions ("
     "  token_hash TEXT PRIMARY KEY,"
     "  user_id    BIGINT NOT NULL REFERENCES users (id),"
     "  created_at TEXT NOT NULL,"
     "  expires_at BIGINT NOT NULL"
     ");"
     "CREATE TABLE counters ("
     "  name  TEXT PRIMARY KEY,"
     "  value BIGINT NOT NULL"
     ");"
     "INSERT INTO counters (name, value) VALUES ('change', 0);"
     "CREATE SEQUENCE submission_receipt;"
     "CREATE TABLE submissions ("
     "  id               TEXT PRIMARY KEY,"
     "  receipt          TEXT NOT NULL UNIQUE,"
     "  body_hash        TEXT NOT NULL,"
     "  organisation_id  BIGINT NOT NULL REFERENCES organisations (id),"
     "  created_by       BIGINT NOT NULL REFERENCES users (id),"
     "  kind             TEXT NOT NULL,"
     "  business         TEXT NOT NULL,"
     "  office           TEXT NOT NULL,"
     "  policy_id        TEXT NOT NULL,"
     "  client_total_fen BIGINT NOT NULL,"
     "  server_total_fen BIGINT NOT NULL,"
     "  status           TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'returned', 'paid')),"
     "  reason           TEXT NOT NULL,"
     "  change_seq       BIGINT NOT NULL,"
     "  created_at       TEXT NOT NULL,"
     "  updated_at       TEXT NOT NULL,"
     "  request          TEXT NOT NULL,"
     "  server_estimate  TEXT NOT NULL,"
     "  route            TEXT NOT NULL"
     ");"
     "CREATE INDEX submissions_by_organisation ON submissions (organisation_id, change_seq);"
     "CREATE INDEX submissions_by_office ON submissions (office, change_seq);"
     "CREATE TABLE submission_events ("
     "  id            BIGSERIAL PRIMARY KEY,"
     "  submission_id TEXT NOT NULL REFERENCES submissions (id),"
     "  status        TEXT NOT NULL,"
     "  reason        TEXT NOT NULL,"
     "  user_id       BIGINT NOT NULL REFERENCES users (id),"
     "  at            TEXT NOT NULL"
     ");"
     "CREATE INDEX submission_events_by_submission ON submission_events (submission_id, id);"},
    // 3 (issue 13): a resubmission names the returned submission it replaces.
    {3, "ALTER TABLE submissions ADD COLUMN resubmits TEXT NOT NULL DEFAULT ''"},
    // 4 (issue 14): the real-name register, one row per trainee of a stored claim
    // (the ID only as HMAC-SHA256), and what its history refused or reduced.
    {4,
     "CREATE TABLE register ("
     "  id            BIGSERIAL PRIMARY KEY,"
     "  id_hash       TEXT NOT NULL,"
     "  submission_id TEXT NOT NULL REFERENCES submissions (id),"
     "  year          INTEGER NOT NULL,"
     "  date          TEXT NOT NULL,"
     "  scheme        TEXT NOT NULL,"
     "  occupation    BIGINT NOT NULL,"
     "  level         TEXT NOT NULL,"
     "  months        BIGINT NOT NULL,"
     "  days          BIGINT NOT NULL,"
     "  status        TEXT NOT NULL"
     ");"
     "CREATE INDEX register_by_id_hash ON register (id_hash);"
     "CREATE INDEX register_by_submission ON register (submission_id);"
     "ALTER TABLE submissions ADD COLUMN register_issues TEXT NOT NULL DEFAULT '[]'"},
    // 5 (issue 15): the status publicized, the public notice's start, the payment's
    // date and voucher; events with from, action, date, voucher and the review's key.
    {5,
     "ALTER TABLE submissions DROP CONSTRAINT submissions_status_check;"
     "ALTER TABLE submissions ADD CONSTRAINT submissions_status_check "
     "  CHECK (status IN ('received', 'accepted', 'returned', 'publicized', 'paid'));"
     "ALTER TABLE submissions ADD COLUMN publicity_start TEXT NOT NULL DEFAULT '';"
     "ALTER TABLE submissions ADD COLUMN paid_on TEXT NOT NULL DEFAULT '';"
     "ALTER TABLE submissions ADD COLUMN voucher TEXT NOT NULL DEFAULT '';"
     SKILLAID_MIGRATION_5_EVENT_COLUMNS},
    // 6: the change number from a sequence under an advisory lock (kNextChange),
    // continuing from the counter row it replaces; the two large columns
    // compressed with lz4 rather than pglz (~10% of PostgreSQL's CPU per
    // submission went to pglz), where the server has it (PostgreSQL 14+ built
    // with lz4, as Debian's is); elsewhere they keep pglz.
    {6,
     "CREATE SEQUENCE submission_change;"
     "SELECT setval('submission_change', (SELECT value FROM counters WHERE name = 'change') + 1, false);"
     "DELETE FROM counters WHERE name = 'change';"
     "DO $$ BEGIN"
     "  EXECUTE 'ALTER TABLE submissions ALTER COLUMN request SET COMPRESSION lz4, "
     "           ALTER COLUMN server_estimate SET COMPRESSION lz4';"
     "EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;"
     "END $$"},
};

std::span<const PostgresMigration> postgres_migrations() { return kPostgresMigrations; }

}  // namespace skillaid::server
