// Harness of the accounts/submissions suites (sync_*), which run against both
// stores: SQLite (default) or PostgreSQL when SKILLAID_TEST_STORE=postgres
// (ctest test server_tests_postgres). For PostgreSQL each SyncEnv creates a
// fresh database on the server named by SKILLAID_TEST_PG (a libpq conninfo
// of a throwaway instance, tools/postgres-test.sh) and drops it afterwards.
#pragma once
#include "tests/server/harness.h"

#include <memory>
#include <string>
#include <vector>

namespace skillaid::test {

// Credit codes with valid GB 32100 check characters.
constexpr const char* kUsccA = "91220102MA0000011J";
constexpr const char* kUsccB = "91220102MA0000022N";
constexpr const char* kUsccC = "91220104MA0000033P";
constexpr const char* kPassword = "correct horse battery staple";

bool testing_postgres();  // SKILLAID_TEST_STORE=postgres

struct AdminResult {
    int status = -1;
    nlohmann::json out;  // the JSON line printed on stdout (null if none)
    std::string err;
};

// A store (SQLite folder or fresh PostgreSQL database) and servers on it.
class SyncEnv {
public:
    SyncEnv();
    ~SyncEnv();
    SyncEnv(const SyncEnv&) = delete;
    SyncEnv& operator=(const SyncEnv&) = delete;

    // skillaid-server on this store (loopback, port 0); throws if it does not start.
    std::unique_ptr<ServerProcess> start_server(const std::vector<std::string>& extra = {},
                                                unsigned short* port = nullptr);
    // `skillaid-server admin <args>` on this store, `input` on stdin.
    AdminResult admin(const std::vector<std::string>& args, const std::string& input = "");
    // Organisation + staff user with kPassword; reviewer of `office` with kPassword.
    void add_staff(const std::string& uscc, const std::string& name, const std::string& login);
    void add_reviewer(const std::string& office, const std::string& login);

    std::vector<std::string> store_args() const;

    TempDir dir;
    std::string database;  // "" for SQLite
    unsigned short port = 0;  // of the first server (started by the constructor)
    std::unique_ptr<ServerProcess> server;

private:
    int log_counter_ = 0;
};

// POST /api/v1/login; the token ("" on failure).
std::string login(unsigned short port, const std::string& login, const std::string& password = kPassword);
Headers bearer(const std::string& token);

// A valid resident ID (GB 11643 check character), one per n in 0..999.
std::string resident_id(int n);
// A complete 企业职工培训申请表 body (engine/forms/training_application.h):
// pre_job, 计算机程序设计员 (13), 120 hours offline, `count` trainees at full attendance.
nlohmann::json training_application_form(const std::string& uscc, const std::string& district, int count,
                                         const std::string& ownership = "other");
// The scenario that form produces (what the app sends and the server checks).
nlohmann::json training_application_scenario(const nlohmann::json& form);
// The server's POST /api/v1/estimate answer; throws unless 200.
nlohmann::json estimate_of(unsigned short port, const nlohmann::json& scenario);
// A submission body for organisation `uscc` in `district` with that form and
// scenario of `count` trainees, client_estimate from the server's /estimate.
nlohmann::json submission_body(unsigned short port, const std::string& uscc, const std::string& district,
                               int count, const std::string& ownership = "other");
// A 补贴资金申请 (kind "claim") for 岗前培训 (pre_job, 100 hours offline) of `uscc`
// in `district` for the people `ids` at full attendance, certified, in
// `occupation` from `date`; the client's figures are the plain /estimate
// (which knows no register).
nlohmann::json claim_body(unsigned short port, const std::string& uscc, const std::string& name,
                          const std::vector<std::string>& ids, int occupation, const std::string& date,
                          const std::string& district = "绿园区");
std::string new_uuid();

// POST /api/v1/submissions with Idempotency-Key.
Response submit(unsigned short port, const std::string& token, const std::string& key, const nlohmann::json& body);

}  // namespace skillaid::test
