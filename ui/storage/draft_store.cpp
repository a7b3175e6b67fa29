#include "ui/storage/draft_store.h"

#include <cstdio>
#include <random>

#include "engine/forms/text.h"
#include "ui/storage/statement.h"
#include "ui/strings.h"

namespace skillaid {

using storage::Statement;
using storage::store_error_text;

namespace {

// Ordered migrations: entry i brings the schema from version i to i + 1.
// Never edit a shipped entry; append a new one (docs/ui.md).
constexpr const char* kMigrations[] = {
    // 1: drafts and settings (the organisation profile).
    "CREATE TABLE drafts ("
    "  id TEXT PRIMARY KEY,"
    "  kind TEXT NOT NULL,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'draft',"
    "  created_ms INTEGER NOT NULL,"
    "  updated_ms INTEGER NOT NULL,"
    "  format_version INTEGER NOT NULL,"
    "  body TEXT NOT NULL);"
    "CREATE INDEX drafts_kind_status ON drafts(kind, status);"
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2: the outbox (issue 5, ui/sync.cpp): submissions queued for the server.
    // id = the Idempotency-Key; body = the request JSON; state waiting | done |
    // refused; status/receipt/reason as the server last said.
    "CREATE TABLE outbox ("
    "  id TEXT PRIMARY KEY,"
    "  draft_id TEXT NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  body TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'waiting',"
    "  status TEXT NOT NULL DEFAULT '',"
    "  receipt TEXT NOT NULL DEFAULT '',"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  error TEXT NOT NULL DEFAULT '',"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  created_ms INTEGER NOT NULL,"
    "  updated_ms INTEGER NOT NULL);"
    "CREATE INDEX outbox_draft ON outbox(draft_id);",
    // 3: calendar years fetched from the server (issue 11, ui/calendar_updates.cpp):
    // official year files installed at start; the notices of dates they moved,
    // kept until dismissed (draft_id '' = about a year, shown on 首页 only).
    "CREATE TABLE calendar_years ("
    "  year INTEGER PRIMARY KEY,"
    "  text TEXT NOT NULL,"
    "  digest TEXT NOT NULL,"
    "  fetched_ms INTEGER NOT NULL);"
    "CREATE TABLE calendar_notices ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  draft_id TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL,"
    "  created_ms INTEGER NOT NULL);",
    // 4: the real-name register (issue 14, ui/sync.cpp): an outbox item's
    // history check before it is sent (the server's answer to /history-check)
    // and, after 422 estimate_mismatch, the server's figures and per-trainee
    // reasons the clerk may accept (offer).
    "ALTER TABLE outbox ADD COLUMN register_check TEXT NOT NULL DEFAULT ''; ALTER TABLE outbox ADD COLUMN offer TEXT NOT NULL DEFAULT '';",
    // 5: the reviewer workbench (issue 15, ui/review_sync.cpp, ui/storage/review_store.cpp): the office's
    // submissions as last listed (summary: the list item JSON) with their fetched detail ('' until
    // fetched; stale when detail_change < change), the reviewer's actions queued for the server (key =
    // the Idempotency-Key; state waiting | done | refused); and for the submitter the outbox item's
    // latest summary from the server (status, dates, overdue, history).
    "CREATE TABLE review_items ("
    "  id TEXT PRIMARY KEY,"
    "  summary TEXT NOT NULL,"
    "  detail TEXT NOT NULL DEFAULT '',"
    "  change INTEGER NOT NULL DEFAULT 0,"
    "  detail_change INTEGER NOT NULL DEFAULT 0,"
    "  updated_ms INTEGER NOT NULL);"
    "CREATE TABLE review_actions ("
    "  key TEXT PRIMARY KEY,"
    "  submission_id TEXT NOT NULL,"
    "  body TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'waiting',"
    "  error TEXT NOT NULL DEFAULT '',"
    "  created_ms INTEGER NOT NULL,"
    "  updated_ms INTEGER NOT NULL);"
    "ALTER TABLE outbox ADD COLUMN summary TEXT NOT NULL DEFAULT '';",
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

DraftRow read_row(const Statement& st, bool with_body) {
    DraftRow r;
    r.id = st.column_text(0);
    r.kind = st.column_text(1);
    r.title = st.column_text(2);
    r.status = st.column_text(3);
    r.created_ms = st.column_integer(4);
    r.updated_ms = st.column_integer(5);
    r.format_version = static_cast<int>(st.column_integer(6));
    if (with_body) r.body = st.column_text(7);
    return r;
}

}  // namespace

std::string storage::store_error_text(int code) {
    const char* why = text::storage_error_other;
    switch (code & 0xFF) {  // the primary result code
    case SQLITE_FULL: why = text::storage_error_full; break;
    case SQLITE_IOERR: case SQLITE_CANTOPEN: why = text::storage_error_io; break;
    case SQLITE_CORRUPT: case SQLITE_NOTADB: why = text::storage_error_corrupt; break;
    case SQLITE_READONLY: case SQLITE_PERM: why = text::storage_error_readonly; break;
    case SQLITE_BUSY: case SQLITE_LOCKED: why = text::storage_error_busy; break;
    case SQLITE_CONSTRAINT: why = text::storage_error_constraint; break;
    case SQLITE_NOMEM: case SQLITE_TOOBIG: why = text::storage_error_memory; break;
    default: break;
    }
    return format_text(text::storage_code_format, why, code);
}

DraftStore::~DraftStore() { sqlite3_close(db_); }

const char* DraftStore::sqlite_version() { return sqlite3_libversion(); }

bool DraftStore::fail(int code) const {
    error_ = store_error_text(code);
    return false;
}

bool DraftStore::begin() const {
    error_.clear();
    if (db_) return true;
    error_ = text::storage_not_open;
    return false;
}

bool DraftStore::exec(const char* sql) {
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK || fail(rc);
}

bool DraftStore::open(const char* path, std::string& error) {
    error_.clear();
    int rc = sqlite3_open(path, &db_);
    if (rc != SQLITE_OK) {
        error = text::storage_open_failed + store_error_text(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        return false;
    }
    // One tab, one connection: no WAL (IDBFS copies whole files).
    int version = schema_version();
    if (!exec("PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=ON;") || version < 0) {
        error = text::storage_open_failed + error_;
        return false;
    }
    if (version > kSchemaVersion) {
        error = format_text(text::storage_newer_format, version, kSchemaVersion);
        return false;
    }
    for (int v = version; v < kSchemaVersion; v++) {
        std::string sql = std::string("BEGIN;") + kMigrations[v] + "PRAGMA user_version=" + std::to_string(v + 1) + ";COMMIT;";
        if (!exec(sql.c_str())) {
            std::string why = error_;
            sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);  // may fail when nothing began: nothing to undo then
            error = format_text(text::storage_migration_format, v + 1, why.c_str());
            return false;
        }
    }
    return true;
}

int DraftStore::schema_version() const {
    if (!begin()) return -1;
    Statement st(db_, "PRAGMA user_version");
    if (st.row()) return static_cast<int>(st.column_integer(0));
    fail(st.failed() ? st.code() : SQLITE_CORRUPT);  // PRAGMA user_version always has a row
    return -1;
}

bool DraftStore::list(std::vector<DraftRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT id, kind, title, status, created_ms, updated_ms, format_version FROM drafts "
                      "ORDER BY updated_ms DESC");
    while (st.row()) out.push_back(read_row(st, false));
    return !st.failed() || fail(st.code());
}

std::optional<DraftRow> DraftStore::load(const std::string& id) const {
    if (!begin()) return std::nullopt;
    Statement st(db_, "SELECT id, kind, title, status, created_ms, updated_ms, format_version, body FROM drafts WHERE id = ?");
    st.text(1, id);
    if (st.row()) return read_row(st, true);
    if (st.failed()) fail(st.code());
    return std::nullopt;
}

bool DraftStore::save(const DraftRow& r) {
    if (!begin()) return false;
    Statement st(db_, "INSERT INTO drafts (id, kind, title, status, created_ms, updated_ms, format_version, body) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
                      "title = excluded.title, status = excluded.status, updated_ms = excluded.updated_ms, "
                      "format_version = excluded.format_version, body = excluded.body");
    st.text(1, r.id);
    st.text(2, r.kind);
    st.text(3, r.title);
    st.text(4, r.status);
    st.integer(5, r.created_ms);
    st.integer(6, r.updated_ms);
    st.integer(7, r.format_version);
    st.text(8, r.body);
    return st.run() || fail(st.code());
}

bool DraftStore::remove(const std::string& id) {
    if (!begin()) return false;
    Statement st(db_, "DELETE FROM drafts WHERE id = ?");
    st.text(1, id);
    return st.run() || fail(st.code());
}

std::string DraftStore::setting(const std::string& key) const {
    if (!begin()) return {};
    Statement st(db_, "SELECT value FROM settings WHERE key = ?");
    st.text(1, key);
    if (st.row()) return st.column_text(0);
    if (st.failed()) fail(st.code());
    return {};
}

bool DraftStore::set_setting(const std::string& key, const std::string& value) {
    if (!begin()) return false;
    Statement st(db_, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.text(1, key);
    st.text(2, value);
    return st.run() || fail(st.code());
}

std::string new_uuid() {
    static std::random_device device;  // crypto.getRandomValues under Emscripten
    unsigned char b[16];
    for (int i = 0; i < 16; i += 4) {
        unsigned v = device();
        for (int k = 0; k < 4; k++) b[i + k] = static_cast<unsigned char>(v >> (8 * k));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

}  // namespace skillaid
