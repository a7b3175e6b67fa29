// The store's prepared statement (ui/storage only: no other file calls SQLite).
// A failed prepare or bind is kept as the statement's result code, so later
// binds do nothing and the step fails with it: every caller sees the failure
// through row()/run() and turns code() into a Chinese message (store_error_text).
#pragma once
#include <string>

#include "sqlite3.h"

namespace skillaid::storage {

class Statement {
public:
    Statement(sqlite3* db, const char* sql) {
        code_ = db ? sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) : SQLITE_MISUSE;
        if (code_ == SQLITE_OK && !s_) code_ = SQLITE_MISUSE;  // empty SQL: nothing to run
    }
    ~Statement() { sqlite3_finalize(s_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void text(int i, const std::string& v) {
        if (!failed()) keep(sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    }
    void integer(int i, long long v) {
        if (!failed()) keep(sqlite3_bind_int64(s_, i, v));
    }

    // True while a row is there; false at the end or on a failure (then failed()).
    bool row() {
        if (failed()) return false;
        code_ = sqlite3_step(s_);
        return code_ == SQLITE_ROW;
    }
    // Runs a statement that returns no rows; false on a failure.
    bool run() {
        if (failed()) return false;
        code_ = sqlite3_step(s_);
        return code_ == SQLITE_DONE;
    }
    bool failed() const { return code_ != SQLITE_OK && code_ != SQLITE_ROW && code_ != SQLITE_DONE; }
    int code() const { return code_; }

    std::string column_text(int i) const {
        const unsigned char* t = sqlite3_column_text(s_, i);
        return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, i)))
                 : std::string();
    }
    long long column_integer(int i) const { return sqlite3_column_int64(s_, i); }

private:
    void keep(int rc) {
        if (rc != SQLITE_OK) code_ = rc;
    }
    sqlite3_stmt* s_ = nullptr;
    int code_ = SQLITE_OK;
};

// The Chinese reason for an SQLite result code, with the code ("存储空间已满（SQLite 13）").
std::string store_error_text(int code);

}  // namespace skillaid::storage
