// Drafts in SQLite inside the wasm module. The database file lives under the
// IDBFS mount (/data, set up by web/loader.js before main()); after every
// committed write the caller asks the page to copy it to IndexedDB
// (web::persist_files()). The schema is versioned with PRAGMA user_version and
// an ordered list of migrations (docs/ui.md).
#pragma once
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace skillaid {

inline constexpr const char* kDatabasePath = "/data/skillaid.db";

struct DraftRow {
    std::string id;      // uuid v4
    std::string kind;    // FormKind::id, e.g. "training_application"
    std::string title;   // shown in lists
    std::string status;  // "draft" (草稿) | "ready" (待提交)
    long long created_ms = 0, updated_ms = 0;  // Unix epoch milliseconds
    int format_version = 0;                    // of `body`, per kind
    std::string body;                          // JSON
};

class DraftStore {
public:
    ~DraftStore();
    // Opens (creating if needed) and migrates; false with `error` set on failure.
    bool open(const char* path, std::string& error);
    bool is_open() const { return db_ != nullptr; }
    int schema_version() const;

    std::vector<DraftRow> list() const;  // newest first, bodies left empty
    std::optional<DraftRow> load(const std::string& id) const;
    bool save(const DraftRow& row);  // insert or replace
    bool remove(const std::string& id);

    std::string setting(const std::string& key) const;  // "" when unset
    bool set_setting(const std::string& key, const std::string& value);

    const std::string& last_error() const { return error_; }
    sqlite3* handle() const { return db_; }  // for the outbox (ui/sync.cpp)

private:
    bool exec(const char* sql);
    sqlite3* db_ = nullptr;
    mutable std::string error_;
};

// A random uuid v4 ("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx").
std::string new_uuid();

}  // namespace skillaid
