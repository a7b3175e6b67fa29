// Accounts: the admin command, login, sessions, logout, login rate limits.
// Runs on both stores (sync_harness.h).
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

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

BOOST_AUTO_TEST_CASE(login_is_rate_limited_per_account) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_staff(kUsccB, "乙公司", "bob");
    for (int i = 0; i < 5; i++)
        BOOST_TEST(login(env.port, "alice", "wrong password " + std::to_string(i)).empty());
    // Now even the right password is refused for a while, with Retry-After.
    const Response limited = http_request(env.port, verb::post, "/api/v1/login", {},
                                          json{{"login", "alice"}, {"password", kPassword}}.dump());
    BOOST_TEST(limited.status == 429u);
    BOOST_TEST(limited.json()["error"]["code"] == "rate_limited");
    const std::string retry = limited.header("retry-after");
    BOOST_REQUIRE(!retry.empty());
    BOOST_TEST(std::stoi(retry) > 0);
    BOOST_TEST(std::stoi(retry) <= 15 * 60);
    // Another account from the same address is not affected.
    BOOST_TEST(!login(env.port, "bob").empty());
}

BOOST_AUTO_TEST_CASE(login_is_rate_limited_per_address) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    // 20 failures over different login names (each under its own limit).
    for (int i = 0; i < 20; i++)
        BOOST_TEST(login(env.port, "guess" + std::to_string(i), "x").empty());
    const Response limited = http_request(env.port, verb::post, "/api/v1/login", {},
                                          json{{"login", "alice"}, {"password", kPassword}}.dump());
    BOOST_TEST(limited.status == 429u);
    BOOST_TEST(!limited.header("retry-after").empty());
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
