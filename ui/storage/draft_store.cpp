#include "ui/storage/draft_store.h"

#include <cstdio>
#include <random>

#include "sqlite3.h"

namespace skillaid {
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
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

// A prepared statement freed at scope end.
struct Statement {
    sqlite3_stmt* s = nullptr;
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    ~Statement() { sqlite3_finalize(s); }
    void text(int i, const std::string& v) { sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT); }
    void integer(int i, long long v) { sqlite3_bind_int64(s, i, v); }
    std::string column_text(int i) const {
        const unsigned char* t = sqlite3_column_text(s, i);
        return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s, i))) : std::string();
    }
};

DraftRow read_row(const Statement& st, bool with_body) {
    DraftRow r;
    r.id = st.column_text(0);
    r.kind = st.column_text(1);
    r.title = st.column_text(2);
    r.status = st.column_text(3);
    r.created_ms = sqlite3_column_int64(st.s, 4);
    r.updated_ms = sqlite3_column_int64(st.s, 5);
    r.format_version = sqlite3_column_int(st.s, 6);
    if (with_body) r.body = st.column_text(7);
    return r;
}

}  // namespace

DraftStore::~DraftStore() { sqlite3_close(db_); }

bool DraftStore::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    error_ = message ? message : "sqlite error";
    sqlite3_free(message);
    return false;
}

bool DraftStore::open(const char* path, std::string& error) {
    if (sqlite3_open(path, &db_) != SQLITE_OK) {
        error = sqlite3_errmsg(db_);
        sqlite3_close(db_);
        db_ = nullptr;
        return false;
    }
    // One tab, one connection: no WAL (IDBFS copies whole files).
    exec("PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=ON;");
    for (int v = schema_version(); v < kSchemaVersion; v++) {
        std::string sql = std::string("BEGIN;") + kMigrations[v] + "PRAGMA user_version=" + std::to_string(v + 1) + ";COMMIT;";
        if (!exec(sql.c_str())) {
            exec("ROLLBACK;");
            error = "migration " + std::to_string(v + 1) + ": " + error_;
            return false;
        }
    }
    if (schema_version() > kSchemaVersion) {
        error = "database schema " + std::to_string(schema_version()) + " is newer than this app (" +
                std::to_string(kSchemaVersion) + ")";
        return false;
    }
    return true;
}

int DraftStore::schema_version() const {
    Statement st(db_, "PRAGMA user_version");
    return sqlite3_step(st.s) == SQLITE_ROW ? sqlite3_column_int(st.s, 0) : 0;
}

std::vector<DraftRow> DraftStore::list() const {
    std::vector<DraftRow> out;
    if (!db_) return out;
    Statement st(db_, "SELECT id, kind, title, status, created_ms, updated_ms, format_version FROM drafts "
                      "ORDER BY updated_ms DESC");
    while (sqlite3_step(st.s) == SQLITE_ROW) out.push_back(read_row(st, false));
    return out;
}

std::optional<DraftRow> DraftStore::load(const std::string& id) const {
    if (!db_) return std::nullopt;
    Statement st(db_, "SELECT id, kind, title, status, created_ms, updated_ms, format_version, body FROM drafts WHERE id = ?");
    st.text(1, id);
    if (sqlite3_step(st.s) != SQLITE_ROW) return std::nullopt;
    return read_row(st, true);
}

bool DraftStore::save(const DraftRow& r) {
    if (!db_) return false;
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
    if (sqlite3_step(st.s) == SQLITE_DONE) return true;
    error_ = sqlite3_errmsg(db_);
    return false;
}

bool DraftStore::remove(const std::string& id) {
    if (!db_) return false;
    Statement st(db_, "DELETE FROM drafts WHERE id = ?");
    st.text(1, id);
    return sqlite3_step(st.s) == SQLITE_DONE;
}

std::string DraftStore::setting(const std::string& key) const {
    if (!db_) return {};
    Statement st(db_, "SELECT value FROM settings WHERE key = ?");
    st.text(1, key);
    return sqlite3_step(st.s) == SQLITE_ROW ? st.column_text(0) : std::string();
}

bool DraftStore::set_setting(const std::string& key, const std::string& value) {
    if (!db_) return false;
    Statement st(db_, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.text(1, key);
    st.text(2, value);
    return sqlite3_step(st.s) == SQLITE_DONE;
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
