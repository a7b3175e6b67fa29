// The server's embedded store: one SQLite file <data-dir>/skillaid.db,
// WAL journal, synchronous=FULL, schema versioned by numbered migrations.
// Issue 5 adds tables (accounts, submissions) as new migrations; never edit
// a migration that has shipped, append the next one.
#pragma once
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <string>

struct sqlite3;

namespace skillaid::server {

constexpr const char* kStoreFileName = "skillaid.db";
constexpr int kStoreBusyTimeoutMs = 5000;

struct StoreError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Store {
public:
    // Creates data_dir if missing, opens the database and applies pending
    // migrations. Throws StoreError (with a Chinese message) on failure.
    explicit Store(const std::filesystem::path& data_dir);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    int schema_version();                 // highest applied migration
    static int latest_schema_version();   // highest migration this build knows
    const std::filesystem::path& path() const { return path_; }

private:
    void exec(const char* sql);
    std::string query_text(const char* sql);  // first column of the first row, "" if none
    int query_schema_version();
    void migrate();

    std::filesystem::path path_;
    sqlite3* db_ = nullptr;
    std::mutex mutex_;  // one connection shared by the io threads
};

}  // namespace skillaid::server
