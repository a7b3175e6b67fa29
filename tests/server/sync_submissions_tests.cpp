// Submissions: idempotency, 409 on another body, 422 on disagreeing figures,
// strict schema with JSON Pointer paths, organisation isolation, rate limit.
// Runs on both stores (sync_harness.h).
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <libpq-fe.h>
#include <regex>
#include <signal.h>
#include <sys/stat.h>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_submissions)

BOOST_AUTO_TEST_CASE(a_repeat_returns_the_original_receipt) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const json body = submission_body(env.port, kUsccA, "朝阳区", 30);
    const std::string key = new_uuid();

    const Response first = submit(env.port, token, key, body);
    BOOST_TEST(first.status == 201u);
    const json receipt = first.json();
    BOOST_TEST(std::regex_match(receipt["receipt"].get<std::string>(), std::regex(R"(CC-\d{8}-\d{6,})")));
    BOOST_TEST(receipt["id"] == key);
    BOOST_TEST(receipt["status"] == "received");
    BOOST_TEST(receipt["office"] == "朝阳区");
    BOOST_TEST(receipt["total_fen"] == 3600000);
    BOOST_TEST(receipt["policy_id"].is_string());
    BOOST_TEST(receipt["replayed"] == false);

    // Same key, same body (keys in another order, id in the body instead of the header).
    json again = json::parse(body.dump());
    again["id"] = key;
    const Response repeat = http_request(env.port, verb::post, "/api/v1/submissions", bearer(token), again.dump(2));
    BOOST_TEST(repeat.status == 200u);
    BOOST_TEST(repeat.json()["receipt"] == receipt["receipt"]);
    BOOST_TEST(repeat.json()["replayed"] == true);

    // Upper-case key: the same UUID.
    std::string upper = key;
    for (char& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    BOOST_TEST(submit(env.port, token, upper, body).json()["receipt"] == receipt["receipt"]);

    const Response list = http_request(env.port, verb::get, "/api/v1/submissions", bearer(token));
    BOOST_TEST(list.status == 200u);
    BOOST_TEST(list.json()["items"].size() == 1u);

    // A second submission gets another receipt number.
    const Response other = submit(env.port, token, new_uuid(), submission_body(env.port, kUsccA, "朝阳区", 31));
    BOOST_TEST(other.status == 201u);
    BOOST_TEST(other.json()["receipt"] != receipt["receipt"]);
}

BOOST_AUTO_TEST_CASE(another_body_under_the_same_key_is_409) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const std::string key = new_uuid();
    BOOST_TEST(submit(env.port, token, key, submission_body(env.port, kUsccA, "朝阳区", 30)).status == 201u);
    json changed = submission_body(env.port, kUsccA, "朝阳区", 30);
    changed["form"]["title"] = "改过的标题";
    const Response conflict = submit(env.port, token, key, changed);
    BOOST_TEST(conflict.status == 409u);
    BOOST_TEST(conflict.json()["error"]["code"] == "idempotency_conflict");
    // Header and field disagreeing: 400.
    json with_id = changed;
    with_id["id"] = new_uuid();
    const Response mismatch = submit(env.port, token, key, with_id);
    BOOST_TEST(mismatch.status == 400u);
    BOOST_TEST(mismatch.json()["error"]["code"] == "idempotency_key_mismatch");
}

BOOST_AUTO_TEST_CASE(disagreeing_figures_are_422_naming_the_lines) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    json body = submission_body(env.port, kUsccA, "朝阳区", 30);
    body["client_estimate"]["total"] = 36000.01;
    body["client_estimate"]["items"][0]["amount"] = 1;
    const std::string key = new_uuid();
    const Response r = submit(env.port, token, key, body);
    BOOST_TEST(r.status == 422u);
    const json error = r.json()["error"];
    BOOST_TEST(error["code"] == "estimate_mismatch");
    BOOST_TEST(error["path"] == "/client_estimate/total");
    std::vector<std::string> paths;
    for (const json& m : error["mismatches"])
        paths.push_back(m["path"]);
    BOOST_TEST((paths == std::vector<std::string>{"/client_estimate/total", "/client_estimate/items/0/amount"}));
    BOOST_TEST(error["mismatches"][0]["server"] == 36000);
    BOOST_TEST(r.json()["server_estimate"]["total"] == 36000);
    // Nothing stored: the same key with correct figures is a first submission.
    BOOST_TEST(submit(env.port, token, key, submission_body(env.port, kUsccA, "朝阳区", 30)).status == 201u);

    json missing_line = submission_body(env.port, kUsccA, "朝阳区", 30);
    missing_line["client_estimate"]["items"] = json::array();
    const Response fewer = submit(env.port, token, new_uuid(), missing_line);
    BOOST_TEST(fewer.status == 422u);
    BOOST_TEST(fewer.json()["error"]["mismatches"][0]["path"] == "/client_estimate/items");
}

// One schema violation: status, code and path.
struct Violation {
    std::string name;
    std::function<void(json&)> change;
    unsigned status;
    std::string code;
    std::string path;
};

BOOST_AUTO_TEST_CASE(schema_violations_name_their_path) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const json good = submission_body(env.port, kUsccA, "朝阳区", 30);
    const std::vector<Violation> cases = {
        {"unknown top-level field", [](json& b) { b["extra"] = 1; }, 400, "unknown_field", "/extra"},
        {"missing scenario", [](json& b) { b.erase("scenario"); }, 400, "missing_field", "/scenario"},
        {"kind not a string", [](json& b) { b["kind"] = 3; }, 400, "wrong_type", "/kind"},
        {"unknown kind", [](json& b) { b["kind"] = "wish"; }, 400, "invalid_value", "/kind"},
        {"organisation type", [](json& b) { b["organisation"]["type"] = true; }, 400, "wrong_type", "/organisation/type"},
        {"organisation unknown field", [](json& b) { b["organisation"]["a/b"] = 1; }, 400, "unknown_field",
         "/organisation/a~1b"},
        {"form not an object", [](json& b) { b["form"] = json::array(); }, 400, "wrong_type", "/form"},
        {"scenario: engine error", [](json& b) { b["scenario"]["occupation"] = "不存在的职业"; }, 400, "",
         "/scenario/occupation"},
        {"unknown district", [](json& b) { b["organisation"]["district"] = "火星区"; }, 400, "unknown_district",
         "/organisation/district"},
        {"invalid credit code", [](json& b) { b["organisation"]["uscc"] = "91220102MA00000152"; }, 400, "",
         "/organisation/uscc"},
        {"another organisation's code", [](json& b) { b["organisation"]["uscc"] = kUsccB; }, 422,
         "organisation_mismatch", "/organisation/uscc"},
        {"unknown estimate field", [](json& b) { b["client_estimate"]["bonus"] = 1; }, 400, "unknown_field",
         "/client_estimate/bonus"},
        {"unknown line field", [](json& b) { b["client_estimate"]["items"][0]["x"] = 1; }, 400, "unknown_field",
         "/client_estimate/items/0/x"},
        {"amount as text", [](json& b) { b["client_estimate"]["items"][0]["amount"] = "36000"; }, 400, "wrong_type",
         "/client_estimate/items/0/amount"},
        {"bad id", [](json& b) { b["id"] = "not-a-uuid"; }, 400, "invalid_value", "/id"},
    };
    for (const Violation& v : cases) {
        BOOST_TEST_CONTEXT(v.name) {
            json body = good;
            v.change(body);
            Headers headers = bearer(token);
            if (!body.contains("id"))
                headers.push_back({"Idempotency-Key", new_uuid()});
            const Response r = http_request(env.port, verb::post, "/api/v1/submissions", headers, body.dump());
            BOOST_TEST(r.status == v.status);
            BOOST_TEST(r.json()["error"]["path"] == v.path);
            if (!v.code.empty())
                BOOST_TEST(r.json()["error"]["code"] == v.code);
            BOOST_TEST(!r.json()["error"]["message"].get<std::string>().empty());
        }
    }
    // No key at all.
    const Response no_key = http_request(env.port, verb::post, "/api/v1/submissions", bearer(token), good.dump());
    BOOST_TEST(no_key.status == 400u);
    BOOST_TEST(no_key.json()["error"]["path"] == "/id");
    const Response not_json = submit(env.port, token, new_uuid(), "x");
    BOOST_TEST(not_json.status == 400u);
    // Nothing of that was stored.
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions", bearer(token)).json()["items"].empty());
    const Response bad_query = http_request(env.port, verb::get, "/api/v1/submissions?since=-1", bearer(token));
    BOOST_TEST(bad_query.status == 400u);
    BOOST_TEST(bad_query.json()["error"]["code"] == "invalid_parameter");
}

BOOST_AUTO_TEST_CASE(an_organisation_cannot_read_or_change_another_ones_data) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_staff(kUsccB, "乙公司", "bob");
    const std::string alice = login(env.port, "alice"), bob = login(env.port, "bob");
    const std::string key = new_uuid();
    const json body = submission_body(env.port, kUsccA, "朝阳区", 30);
    BOOST_TEST(submit(env.port, alice, key, body).status == 201u);

    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions/" + key, bearer(bob)).status == 404u);
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions/" + new_uuid(), bearer(bob)).status == 404u);
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions", bearer(bob)).json()["items"].empty());
    // B cannot review (wrong role) nor overwrite A's submission under its key.
    BOOST_TEST(http_request(env.port, verb::post, "/api/v1/submissions/" + key + "/review", bearer(bob),
                            R"({"action":"accept"})").status == 403u);
    const Response overwrite = submit(env.port, bob, key, submission_body(env.port, kUsccB, "朝阳区", 30));
    BOOST_TEST(overwrite.status == 409u);
    BOOST_TEST(overwrite.body.find(kUsccA) == std::string::npos);
    const Response mine = http_request(env.port, verb::get, "/api/v1/submissions/" + key, bearer(alice));
    BOOST_TEST(mine.status == 200u);
    BOOST_TEST(mine.json()["organisation"]["uscc"] == kUsccA);
    BOOST_TEST(mine.json()["submitted"]["form"] == body["form"]);
    BOOST_TEST(mine.json()["submitted"]["client_estimate"] == body["client_estimate"]);
    BOOST_TEST(mine.json()["server_estimate"]["total"] == 36000);
    BOOST_TEST(mine.json()["route"]["office"] == "朝阳区");
    BOOST_TEST(mine.json()["history"].size() == 1u);
}

BOOST_AUTO_TEST_CASE(submissions_are_rate_limited_per_account) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    unsigned short port = 0;
    auto limited_server = env.start_server({"--submission-rate", "3"}, &port);
    const std::string token = login(port, "alice");
    const json body = submission_body(port, kUsccA, "朝阳区", 30);
    for (int i = 0; i < 3; i++)
        BOOST_TEST(submit(port, token, new_uuid(), body).status == 201u);
    const Response r = submit(port, token, new_uuid(), body);
    BOOST_TEST(r.status == 429u);
    BOOST_TEST(r.json()["error"]["code"] == "rate_limited");
    BOOST_TEST(std::stoi(r.header("retry-after")) > 0);
}

// The data folder and every file in it (database, -wal, -shm, register.key)
// are the server user's alone (0700 / 0600), whatever the umask.
BOOST_AUTO_TEST_CASE(data_files_are_private_to_the_server_user) {
    ::umask(022);  // the common default, inherited by the server
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    BOOST_TEST(submit(env.port, login(env.port, "alice"), new_uuid(), submission_body(env.port, kUsccA, "朝阳区", 3)).status ==
               201u);
    namespace fs = std::filesystem;
    const auto mode = [](const fs::path& path) {  // permission bits, e.g. 0600
        struct stat st {};
        return ::stat(path.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
    };
    const fs::path data = env.dir.path() / "data";
    BOOST_TEST(mode(data) == 0700);
    int files = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(data)) {
        BOOST_TEST_INFO(entry.path().filename().string());
        BOOST_TEST(mode(entry.path()) == 0600);
        files++;
    }
    BOOST_TEST(files >= (testing_postgres() ? 1 : 4));  // register.key; skillaid.db, -wal, -shm
}

// The sync cursor goes up by one per new submission. On PostgreSQL it comes from
// the sequence of migration 6, which continues from the counter row of a
// database at version 5: made here by undoing migration 6 by hand while the
// server is stopped, with the counter at 41; the next submission must be 42
// (and its receipt number, the sequence set to 999,999, is written in 7 digits);
// the two large columns are compressed with lz4.
BOOST_AUTO_TEST_CASE(the_change_number_goes_up_by_one_and_survives_migration_6) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    std::string token = login(env.port, "alice");
    const json body = submission_body(env.port, kUsccA, "朝阳区", 2);
    auto cursor = [&](unsigned short port) {
        const Response r = http_request(port, verb::get, "/api/v1/submissions?since=0&limit=500", bearer(token));
        BOOST_TEST_REQUIRE(r.status == 200u);
        return r.json()["cursor"].get<long long>();
    };
    BOOST_TEST_REQUIRE(submit(env.port, token, new_uuid(), body).status == 201u);
    const long long first = cursor(env.port);
    BOOST_TEST_REQUIRE(submit(env.port, token, new_uuid(), body).status == 201u);
    BOOST_TEST(cursor(env.port) == first + 1);
    if (!testing_postgres())
        return;

    env.server->send_signal(SIGTERM);
    BOOST_TEST_REQUIRE(env.server->wait_exit() == 0);
    PGconn* pg = PQconnectdb(env.database.c_str());
    BOOST_TEST_REQUIRE(PQstatus(pg) == CONNECTION_OK);
    // The large columns are compressed with lz4 (this PostgreSQL has it).
    PGresult* compression = PQexec(pg, "SELECT string_agg(attname || '=' || attcompression::text, ',' ORDER BY attname) "
                                       "FROM pg_attribute WHERE attrelid = 'submissions'::regclass "
                                       "AND attname IN ('request', 'server_estimate')");
    BOOST_TEST_REQUIRE(PQresultStatus(compression) == PGRES_TUPLES_OK);
    BOOST_TEST(std::string(PQgetvalue(compression, 0, 0)) == "request=l,server_estimate=l");
    PQclear(compression);
    PGresult* r = PQexec(pg, "DROP SEQUENCE submission_change;"
                             "INSERT INTO counters (name, value) VALUES ('change', 41);"
                             "DELETE FROM schema_version WHERE version = 6;"
                             "SELECT setval('submission_receipt', 999999)");
    const bool undone = PQresultStatus(r) == PGRES_TUPLES_OK;
    const std::string why = PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(pg);
    BOOST_TEST_REQUIRE(undone, why);

    unsigned short port = 0;
    env.server = env.start_server({}, &port);  // applies migration 6 again
    token = login(port, "alice");
    const Response after = submit(port, token, new_uuid(), body);
    BOOST_TEST_REQUIRE(after.status == 201u);
    BOOST_TEST(cursor(port) == 42);
    // Receipt numbers past six digits keep all of them (format_receipt, store.cpp).
    BOOST_TEST(std::regex_match(after.json()["receipt"].get<std::string>(), std::regex(R"(CC-\d{8}-1000000)")),
               after.json()["receipt"]);
    BOOST_TEST_REQUIRE(submit(port, token, new_uuid(), body).status == 201u);
    BOOST_TEST(cursor(port) == 43);
}

BOOST_AUTO_TEST_SUITE_END()
