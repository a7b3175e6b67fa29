// Accounts: the admin command, login, sessions, logout (on both stores,
// sync_harness.h); the login limits (login_limits, SQLite only).
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_accounts)

BOOST_AUTO_TEST_CASE(login_me_and_logout) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const Response ok = http_request(env.port, verb::post, "/api/v1/login", {},
                                     json{{"login", "alice"}, {"password", kPassword}}.dump());
    BOOST_TEST(ok.status == 200u);
    const std::string token = ok.json()["token"];
    BOOST_TEST(token.size() == 64u);
    BOOST_TEST(ok.json()["token_type"] == "Bearer");
    BOOST_TEST(ok.json()["user"]["role"] == "staff");
    BOOST_TEST(ok.json()["user"]["organisation"]["uscc"] == kUsccA);

    const Response me = http_request(env.port, verb::get, "/api/v1/me", bearer(token));
    BOOST_TEST(me.status == 200u);
    BOOST_TEST(me.json()["user"]["login"] == "alice");

    const Response none = http_request(env.port, verb::get, "/api/v1/me");
    BOOST_TEST(none.status == 401u);
    BOOST_TEST(none.json()["error"]["code"] == "unauthenticated");
    BOOST_TEST(none.header("www-authenticate") == "Bearer");
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/me", bearer(std::string(64, 'a'))).status == 401u);
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions").status == 401u);

    BOOST_TEST(http_request(env.port, verb::post, "/api/v1/logout", bearer(token)).status == 200u);
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/me", bearer(token)).status == 401u);
}

BOOST_AUTO_TEST_CASE(wrong_password_and_unknown_login_look_the_same) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const Response wrong = http_request(env.port, verb::post, "/api/v1/login", {},
                                        json{{"login", "alice"}, {"password", "not the password"}}.dump());
    BOOST_TEST(wrong.status == 401u);
    BOOST_TEST(wrong.json()["error"]["code"] == "invalid_credentials");
    const Response unknown = http_request(env.port, verb::post, "/api/v1/login", {},
                                          json{{"login", "nobody"}, {"password", kPassword}}.dump());
    BOOST_TEST(unknown.status == 401u);
    BOOST_TEST(unknown.json()["error"] == wrong.json()["error"]);
    BOOST_TEST(wrong.body.find("token") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(login_body_is_checked_strictly) {
    SyncEnv env;
    const auto post = [&](const std::string& body) {
        return http_request(env.port, verb::post, "/api/v1/login", {}, body);
    };
    const Response extra = post(R"({"login":"a","password":"b","remember":true})");
    BOOST_TEST(extra.status == 400u);
    BOOST_TEST(extra.json()["error"]["code"] == "unknown_field");
    BOOST_TEST(extra.json()["error"]["path"] == "/remember");
    const Response missing = post(R"({"login":"a"})");
    BOOST_TEST(missing.json()["error"]["code"] == "missing_field");
    BOOST_TEST(missing.json()["error"]["path"] == "/password");
    const Response number = post(R"({"login":42,"password":"b"})");
    BOOST_TEST(number.json()["error"]["code"] == "wrong_type");
    BOOST_TEST(number.json()["error"]["path"] == "/login");
    BOOST_TEST(post("[]").json()["error"]["code"] == "wrong_type");
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/login").status == 405u);
}

BOOST_AUTO_TEST_CASE(admin_command_makes_accounts_without_default_passwords) {
    SyncEnv env;
    BOOST_TEST(env.admin({"create-org", "--uscc", kUsccA, "--name", "甲公司"}).status == 0);
    BOOST_TEST(env.admin({"create-org", "--uscc", kUsccA, "--name", "again"}).status == 1);
    BOOST_TEST(env.admin({"create-org", "--uscc", "91220102MA00000152", "--name", "bad code"}).status == 1);
    // Unknown organisation, unknown office, short password: refused.
    BOOST_TEST(env.admin({"create-user", "--uscc", kUsccB, "--login", "x"}).status == 1);
    BOOST_TEST(env.admin({"create-reviewer", "--office", "火星区", "--login", "r"}).status == 1);
    BOOST_TEST(env.admin({"create-user", "--uscc", kUsccA, "--login", "short", "--password-stdin"}, "abc\n").status == 1);
    BOOST_TEST(env.admin({"create-user"}).status == 2);

    // Generated password: printed once, and it works.
    const AdminResult made = env.admin({"create-user", "--uscc", kUsccA, "--login", "carol"});
    BOOST_TEST(made.status == 0);
    const std::string password = made.out.value("password", "");
    BOOST_TEST(password.size() >= 16u);
    BOOST_TEST(!login(env.port, "carol", password).empty());
    BOOST_TEST(env.admin({"create-user", "--uscc", kUsccA, "--login", "carol"}).status == 1);  // login taken

    const AdminResult reviewer = env.admin({"create-reviewer", "--office", "市人社局", "--login", "city"});
    BOOST_TEST(reviewer.status == 0);
    const Response me = http_request(env.port, verb::get, "/api/v1/me",
                                     bearer(login(env.port, "city", reviewer.out.value("password", ""))));
    BOOST_TEST(me.json()["user"]["role"] == "reviewer");
    BOOST_TEST(me.json()["user"]["office"] == "市人社局");

    const AdminResult list = env.admin({"list-users"});
    BOOST_TEST(list.status == 0);
    BOOST_TEST(list.out["users"].size() == 2u);
    BOOST_TEST(list.out.dump().find("password") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

// The login limits live in the server's memory, whatever the store: this
// suite runs once (not again on PostgreSQL like the sync_* suites), as each
// failure costs an Argon2 check.
BOOST_AUTO_TEST_SUITE(login_limits)

// POST /api/v1/login as the client at `address` (X-Real-IP, the server runs with --trust-proxy).
static Response login_from(unsigned short port, const std::string& address, const std::string& name,
                           const std::string& password) {
    return http_request(port, verb::post, "/api/v1/login", {{"X-Real-IP", address}},
                        json{{"login", name}, {"password", password}}.dump());
}

struct Answers {
    std::vector<Response> responses;
    std::map<unsigned, int> statuses;  // how many of each
    int operator[](unsigned status) { return statuses[status]; }
};

// `count` wrong-password logins at once (one thread and connection each,
// released together); `address_of(i)`, `login_of(i)`: who sends the i-th.
static Answers simultaneous_logins(unsigned short port, int count,
                                                   const std::function<std::string(int)>& address_of,
                                                   const std::function<std::string(int)>& login_of) {
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < count; i++)
        clients.push_back(std::make_unique<Client>(port));
    std::mutex mutex;
    std::condition_variable go;
    bool released = false;
    Answers answers;
    std::vector<std::thread> threads;
    for (int i = 0; i < count; i++)
        threads.emplace_back([&, i] {
            {
                std::unique_lock<std::mutex> lock(mutex);
                go.wait(lock, [&] { return released; });
            }
            const Response r = clients[i]->request(verb::post, "/api/v1/login", {{"X-Real-IP", address_of(i)}},
                                                   json{{"login", login_of(i)}, {"password", "wrong password"}}.dump());
            std::lock_guard<std::mutex> lock(mutex);
            answers.statuses[r.status]++;
            answers.responses.push_back(r);
        });
    {
        std::lock_guard<std::mutex> lock(mutex);
        released = true;
    }
    go.notify_all();
    for (std::thread& t : threads)
        t.join();
    return answers;
}

// 40 wrong passwords for one account at once on 16 threads: the attempt is
// reserved before the Argon2 check, so one is evaluated and the others wait
// (429); without the reservation all that reached a thread were evaluated.
// Many accounts at once: at most kMaxConcurrentPasswordHashes checks run (64 MiB
// each), the others are told to retry (503 with Retry-After).
BOOST_AUTO_TEST_CASE(simultaneous_logins_cannot_race_the_limit_or_the_memory) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    unsigned short port = 0;
    auto server = env.start_server({"--threads", "16", "--trust-proxy"}, &port);

    Answers one_account = simultaneous_logins(
        port, 40, [](int) { return "10.1.0.1"; }, [](int) { return "alice"; });
    BOOST_TEST(one_account[401] == 1);
    BOOST_TEST(one_account[429] == 39);

    Answers many = simultaneous_logins(
        port, 20, [](int i) { return "10.2.0." + std::to_string(i); }, [](int i) { return "user" + std::to_string(i); });
    BOOST_TEST(many[401] + many[503] == 20);
    BOOST_TEST(many[401] >= 2);
    BOOST_TEST(many[503] >= 1);
    const auto refused = std::find_if(many.responses.begin(), many.responses.end(),
                                      [](const Response& r) { return r.status == 503u; });
    BOOST_REQUIRE(refused != many.responses.end());
    BOOST_TEST(refused->header("retry-after") == "1");
    BOOST_TEST(refused->body.find("\"login_busy\"") != std::string::npos);
}

// Failures count per account *and* address: the address that fails waits,
// 1 s after the first failure, 2 s after the second, ...; the right password
// from another address logs in at once, and other accounts are not affected.
BOOST_AUTO_TEST_CASE(login_failures_slow_down_that_account_from_that_address_only) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_staff(kUsccB, "乙公司", "bob");
    unsigned short port = 0;
    auto server = env.start_server({"--trust-proxy"}, &port);
    const std::string attacker = "10.9.0.1";

    BOOST_TEST(login_from(port, attacker, "alice", "wrong password 1").status == 401u);
    const Response first = login_from(port, attacker, "alice", kPassword);
    BOOST_TEST(first.status == 429u);
    BOOST_TEST(first.body.find("\"rate_limited\"") != std::string::npos);
    BOOST_TEST(first.body.find("秒后再试") != std::string::npos);
    BOOST_TEST(first.header("retry-after") == "1");

    // Meanwhile: alice from her own address, bob from the attacker's.
    BOOST_TEST(login_from(port, "10.9.0.2", "alice", kPassword).status == 200u);
    BOOST_TEST(login_from(port, attacker, "bob", kPassword).status == 200u);

    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    BOOST_TEST(login_from(port, attacker, "alice", "wrong password 2").status == 401u);
    const Response second = login_from(port, attacker, "alice", kPassword);
    BOOST_TEST(second.status == 429u);
    BOOST_TEST(second.header("retry-after") == "2");
    BOOST_TEST(login_from(port, "10.9.0.2", "alice", kPassword).status == 200u);
}

// One address's failures over many accounts: free up to
// kLoginFreeFailuresPerAddress, then each makes that address wait (1 s, 2 s, ...);
// another address is never held back.
BOOST_AUTO_TEST_CASE(login_failures_from_one_address_slow_down_that_address_only) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    unsigned short port = 0;
    auto server = env.start_server({"--trust-proxy"}, &port);
    const std::string proxy = "10.8.0.1";
    constexpr int kFreeFailuresPerAddress = 30;  // kLoginFreeFailuresPerAddress in server/api.h
    std::vector<std::thread> threads;  // two at a time: within the concurrent-hash limit
    for (int t = 0; t < 2; t++)
        threads.emplace_back([&, t] {
            for (int i = t; i <= kFreeFailuresPerAddress; i += 2)  // the free ones and one more
                BOOST_TEST(login_from(port, proxy, "guess" + std::to_string(i), "x").status == 401u);
        });
    for (std::thread& t : threads)
        t.join();
    const Response limited = login_from(port, proxy, "alice", kPassword);
    BOOST_TEST(limited.status == 429u);
    BOOST_TEST(limited.header("retry-after") == "1");
    BOOST_TEST(login_from(port, "10.8.0.2", "alice", kPassword).status == 200u);
}

BOOST_AUTO_TEST_SUITE_END()
