// The PostgreSQL store's plumbing, shared by store_postgres.cpp (the store,
// migrations, submissions) and store_postgres_review.cpp (reviews, events,
// the report): named statements, results, parameters, transactions.
#pragma once
#include "server/store.h"

#include <libpq-fe.h>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

namespace skillaid::server::postgres {

constexpr const char* kUniqueViolation = "23505";

// A named statement: prepared on a connection the first time it is used there.
struct Statement {
    const char* name;
    const char* sql;
};

// A result, cleared when it goes out of scope.
class Result {
public:
    explicit Result(PGresult* r) : r_(r) {}
    ~Result() { PQclear(r_); }
    Result(Result&& other) noexcept : r_(other.r_) { other.r_ = nullptr; }
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;
    int rows() const { return PQntuples(r_); }
    std::string text(int row, int column) const {
        return std::string(PQgetvalue(r_, row, column), static_cast<size_t>(PQgetlength(r_, row, column)));
    }
    long long integer(int row, int column) const { return std::stoll(text(row, column)); }
    std::int64_t affected() const {
        const char* n = PQcmdTuples(r_);
        return n && *n ? std::stoll(n) : 0;
    }

private:
    PGresult* r_;
};

struct Connection {
    PGconn* pg = nullptr;
    std::set<std::string> prepared;
};

inline std::string pg_error(PGconn* pg) {
    std::string why = PQerrorMessage(pg);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
        why.pop_back();
    return why;
}

// Throws StoreError, or StoreConflict for a unique violation.
inline void check_result(PGconn* pg, PGresult* r) {
    const ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const bool conflict = state && std::string(state) == kUniqueViolation;
    std::string why = PQresultErrorMessage(r);
    if (why.empty())
        why = pg_error(pg);
    PQclear(r);
    if (conflict)
        throw StoreConflict("数据库约束冲突: " + why);
    throw StoreError("PostgreSQL 操作失败: " + why);
}

// Text parameters; integers are written as decimal text.
struct Params {
    std::vector<std::string> values;
    Params& add(const std::string& v) {
        values.push_back(v);
        return *this;
    }
    Params& add(long long v) {
        values.push_back(std::to_string(v));
        return *this;
    }
};

inline void prepare(Connection& c, const Statement& st) {
    if (c.prepared.contains(st.name))
        return;
    PGresult* prep = PQprepare(c.pg, st.name, st.sql, 0, nullptr);
    check_result(c.pg, prep);
    PQclear(prep);
    c.prepared.insert(st.name);
}

inline std::vector<const char*> param_values(const Params& params) {
    std::vector<const char*> values;
    for (const std::string& v : params.values)
        values.push_back(v.c_str());
    return values;
}

inline Result run(Connection& c, const Statement& st, const Params& params = {}) {
    prepare(c, st);
    const std::vector<const char*> values = param_values(params);
    PGresult* r = PQexecPrepared(c.pg, st.name, static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
    check_result(c.pg, r);
    return Result(r);
}

// A prepared statement and its parameters, for run_pipelined.
struct Step {
    const Statement& st;
    const Params& params;
};

// `steps` sent together in libpq's pipeline mode, then a sync: one round trip.
// With `then_commit`, COMMIT follows them (inside a transaction the caller
// began); without BEGIN they run as one implicit transaction that commits at
// the sync, or is rolled back whole when one fails. Either way, a row or
// advisory lock the last step takes is held for its own execution and the
// commit's WAL flush only, not while an answer travels back and COMMIT is
// sent. Returns each step's result, in order; throws like run() for the first
// that failed.
inline std::vector<Result> run_pipelined_each(Connection& c, const std::vector<Step>& steps, bool then_commit) {
    std::vector<std::vector<const char*>> values;
    for (const Step& step : steps) {
        prepare(c, step.st);
        values.push_back(param_values(step.params));
    }
    if (PQenterPipelineMode(c.pg) != 1)
        throw StoreError("PostgreSQL: 无法进入管道模式: " + pg_error(c.pg));
    bool sent = true;
    std::size_t i = 0;
    for (const Step& step : steps) {
        const std::vector<const char*>& v = values[i++];
        sent = sent && PQsendQueryPrepared(c.pg, step.st.name, static_cast<int>(v.size()), v.data(), nullptr, nullptr, 0) == 1;
    }
    if (then_commit)
        sent = sent && PQsendQueryParams(c.pg, "COMMIT", 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    sent = sent && PQpipelineSync(c.pg) == 1;
    // Each query's result and a null after it, then the sync's result; the first
    // failure is kept, and each step's result. Two nulls in a row: nothing more
    // will come (a broken connection).
    PGresult* failure = nullptr;
    std::vector<Result> results;
    const std::string failure_text = sent ? "" : pg_error(c.pg);
    for (int nulls = 0; sent && nulls < 2;) {
        PGresult* r = PQgetResult(c.pg);
        if (!r) {
            nulls++;
            continue;
        }
        nulls = 0;
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(r);
            break;
        }
        if (!failure && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_ABORTED)
            failure = r;
        else if (results.size() < steps.size())
            results.emplace_back(r);  // a step's (COMMIT's comes after them)
        else
            PQclear(r);
    }
    PQexitPipelineMode(c.pg);
    if (failure)
        check_result(c.pg, failure);  // throws and clears it
    if (!failure_text.empty())
        throw StoreError("PostgreSQL 操作失败: " + failure_text);
    if (results.size() != steps.size())
        throw StoreError("PostgreSQL 操作失败: 管道中的结果不全");
    return results;
}

// run_pipelined_each, the last step's result.
inline Result run_pipelined(Connection& c, std::initializer_list<Step> steps, bool then_commit) {
    std::vector<Result> results = run_pipelined_each(c, std::vector<Step>(steps), then_commit);
    return std::move(results.back());
}

// Fixed SQL without parameters (BEGIN, COMMIT, migrations).
inline void run_simple(Connection& c, const char* sql) {
    PGresult* r = PQexec(c.pg, sql);
    check_result(c.pg, r);
    PQclear(r);
}

// One row of a Result, as store_rows.h reads it.
struct RowView {
    const Result& result;
    int row;
    std::string text(int column) const { return result.text(row, column); }
    long long integer(int column) const { return result.integer(row, column); }
};

// BEGIN ... COMMIT; rolled back unless commit() ran.
class Transaction {
public:
    explicit Transaction(Connection& c) : c_(c) { run_simple(c_, "BEGIN"); }
    ~Transaction() {
        if (!done_) {
            PGresult* r = PQexec(c_.pg, "ROLLBACK");
            PQclear(r);
        }
    }
    void commit() {
        run_simple(c_, "COMMIT");
        done_ = true;
    }
    // `st` as the transaction's last statement, then COMMIT, in one round trip (run_pipelined).
    // After a failed step the block stays open (aborted) past the sync: done_ stays
    // false and the destructor rolls it back.
    void commit_after(const Statement& st, const Params& params) {
        run_pipelined(c_, {{st, params}}, true);
        done_ = true;
    }

private:
    Connection& c_;
    bool done_ = false;
};

// Two statements shared by both files.
// The change number (the sync cursor): the lock, held to COMMIT, makes numbers
// commit in increasing order (store_postgres.cpp). Its two-key form is a space
// apart from the one-key locks (migrations, the register's id hashes). The
// subquery runs first: nextval() is only called once the lock is held.
#define SKILLAID_TAKE_CHANGE_LOCK "SELECT pg_advisory_xact_lock(1397451116, 1)"  // "SkiL", 1
inline const Statement kNextChange = {"next_change",
                                      "SELECT nextval('submission_change') FROM (" SKILLAID_TAKE_CHANGE_LOCK ") AS locked"};

// store_postgres_review.cpp: the issue-15 parts of PostgresStore, each in the caller's connection.
std::vector<SubmissionEvent> submission_events(Connection& c, const std::vector<std::string>& ids);
std::string review_key_owner(Connection& c, const std::string& key);
ReviewOutcome review_submission(Connection& c, const ReviewChange& r);
std::vector<Submission> claims_created(Connection& c, const std::string& office, const std::string& from,
                                       const std::string& to);

}  // namespace skillaid::server::postgres
