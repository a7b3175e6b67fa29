// The real-name register (issue 14): a claim's figures count each trainee's
// earlier claims, whichever organisation made them; the submitter learns which
// row and rule, never whose claim; a returned claim stops counting; two claims
// for one person at once cannot both pass; POST /api/v1/history-check; the
// database holds only HMACs of the IDs. Runs on both stores.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <thread>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

namespace {

constexpr const char* kNameA = "甲培训服务有限公司";
constexpr const char* kNameB = "乙人力资源有限公司";

// The server's figures as the client would resend them.
json accepting(json body, const Response& refused) {
    body["client_estimate"] = refused.json()["server_estimate"];
    return body;
}

Response history_check(unsigned short port, const std::string& token, const json& body) {
    return http_request(port, verb::post, "/api/v1/history-check", bearer(token), body.dump());
}

struct TwoOrganisations {
    SyncEnv env;
    std::string alice, bob;
    TwoOrganisations() {
        env.add_staff(kUsccA, kNameA, "alice");
        env.add_staff(kUsccB, kNameB, "bob");
        alice = login(env.port, "alice");
        bob = login(env.port, "bob");
    }
    Response claim(const std::string& token, const std::string& uscc, const std::vector<std::string>& ids,
                   int occupation, const std::string& date) {
        const std::string name = uscc == kUsccA ? kNameA : kNameB;
        return submit(env.port, token, new_uuid(), claim_body(env.port, uscc, name, ids, occupation, date));
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sync_register)

BOOST_AUTO_TEST_CASE(the_fourth_training_in_a_year_is_not_paid_and_the_answer_names_no_organisation) {
    TwoOrganisations t;
    const std::string person = resident_id(500), other = resident_id(501);
    // 甲, 乙, 甲 claim three trainings of the person (the other person only the first).
    std::vector<std::string> receipts;
    for (const auto& [token, uscc, people, occupation, date] :
         std::vector<std::tuple<std::string, std::string, std::vector<std::string>, int, std::string>>{
             {t.alice, kUsccA, {person, other}, 13, "2026-03-02"},
             {t.bob, kUsccB, {person}, 14, "2026-04-01"},
             {t.alice, kUsccA, {person}, 15, "2026-05-04"}}) {
        const Response r = t.claim(token, uscc, people, occupation, date);
        BOOST_TEST_REQUIRE(r.status == 201u, r.body);
        BOOST_TEST(r.json()["register"] == json::array());
        receipts.push_back(r.json()["receipt"]);
    }

    // The fourth (乙's, another occupation): the client's figures still pay both.
    const json fourth = claim_body(t.env.port, kUsccB, kNameB, {other, person}, 16, "2026-06-01");
    const Response refused = submit(t.env.port, t.bob, new_uuid(), fourth);
    BOOST_TEST_REQUIRE(refused.status == 422u, refused.body);
    const json error = refused.json()["error"];
    BOOST_TEST(error["code"] == "estimate_mismatch");
    BOOST_TEST_REQUIRE(error["trainees"].size() == 1u);
    const json named = error["trainees"][0];
    BOOST_TEST(named["row"] == 2);
    BOOST_TEST(named["index"] == 1);
    BOOST_TEST(named["id"] == person);
    BOOST_TEST(named["effect"] == "excluded");
    BOOST_TEST(named["code"] == "yearly_limit_reached");
    BOOST_TEST(named["clause"] == "二(二)");
    BOOST_TEST(!named["message"].get<std::string>().empty());
    const json server = refused.json()["server_estimate"];
    BOOST_TEST(server["total_fen"].get<long long>() * 2 == fourth["client_estimate"]["total_fen"].get<long long>());
    BOOST_TEST(server["trainees"][1]["eligible"] == false);
    // Nothing about the earlier claims: not the other organisation, its login, receipts or dates.
    for (const std::string& secret : {std::string(kNameA), std::string(kUsccA), std::string("alice"), receipts[0],
                                      receipts[1], receipts[2], std::string("2026-03-02"), std::string("2026-05-04")})
        BOOST_TEST(refused.body.find(secret) == std::string::npos, secret);

    // Resent with the server's figures: accepted, the same list in receipt and detail.
    const std::string key = new_uuid();
    const Response accepted = submit(t.env.port, t.bob, key, accepting(fourth, refused));
    BOOST_TEST_REQUIRE(accepted.status == 201u, accepted.body);
    BOOST_TEST(accepted.json()["register"] == error["trainees"]);
    BOOST_TEST(accepted.json()["total_fen"] == server["total_fen"]);
    const Response detail = http_request(t.env.port, verb::get, "/api/v1/submissions/" + key, bearer(t.bob));
    BOOST_TEST(detail.json()["register"] == error["trainees"]);
    BOOST_TEST(detail.body.find(kNameA) == std::string::npos);
    // The unpaid fourth is not recorded: the other person may still train, this one not.
    const Response check = history_check(t.env.port, t.alice,
                                         {{"date", "2026-07-01"}, {"scheme", "pre_job"}, {"occupation", 17},
                                          {"trainees", {{{"id", person}}, {{"id", other}}}}});
    BOOST_TEST_REQUIRE(check.status == 200u, check.body);
    BOOST_TEST(check.json()["trainees"][0]["trainings_this_year"] == 3);
    BOOST_TEST(check.json()["trainees"][0]["limit_reached"] == true);
    BOOST_TEST(check.json()["trainees"][1]["trainings_this_year"] == 2);
    BOOST_TEST(check.json()["trainees"][1]["limit_reached"] == false);
}

BOOST_AUTO_TEST_CASE(the_same_occupation_and_level_twice_in_a_year_excludes_the_second) {
    TwoOrganisations t;
    const std::string person = resident_id(510);
    BOOST_TEST_REQUIRE(t.claim(t.alice, kUsccA, {person}, 13, "2026-03-02").status == 201u);
    const Response refused = t.claim(t.bob, kUsccB, {person}, 13, "2026-09-01");
    BOOST_TEST_REQUIRE(refused.status == 422u, refused.body);
    BOOST_TEST(refused.json()["error"]["trainees"][0]["code"] == "same_occupation_level_this_year");
    BOOST_TEST(refused.json()["error"]["trainees"][0]["row"] == 1);
    BOOST_TEST(refused.json()["server_estimate"]["total_fen"] == 0);
    BOOST_TEST(refused.body.find(kNameA) == std::string::npos);
    // Another year counts afresh.
    BOOST_TEST(t.claim(t.bob, kUsccB, {person}, 13, "2025-09-01").status == 201u);
}

BOOST_AUTO_TEST_CASE(a_returned_claim_stops_counting) {
    TwoOrganisations t;
    const std::string person = resident_id(520);
    const Response first = t.claim(t.alice, kUsccA, {person}, 13, "2026-03-02");
    BOOST_TEST_REQUIRE(first.status == 201u, first.body);
    t.env.add_reviewer(first.json()["office"], "reviewer");
    const Response returned =
        http_request(t.env.port, verb::post, "/api/v1/submissions/" + first.json()["id"].get<std::string>() + "/review",
                     bearer(login(t.env.port, "reviewer")), R"({"action":"return","reason":"花名册有误"})");
    BOOST_TEST_REQUIRE(returned.status == 200u);
    const Response again = t.claim(t.bob, kUsccB, {person}, 13, "2026-03-02");
    BOOST_TEST(again.status == 201u, again.body);
    BOOST_TEST(again.json()["register"] == json::array());
}

BOOST_AUTO_TEST_CASE(history_check_counts_and_names_the_limits_reached) {
    TwoOrganisations t;
    const std::string person = resident_id(530), fresh = resident_id(531);
    BOOST_TEST_REQUIRE(t.claim(t.alice, kUsccA, {person}, 13, "2026-03-02").status == 201u);
    BOOST_TEST_REQUIRE(t.claim(t.bob, kUsccB, {person}, 14, "2026-04-01").status == 201u);
    const json ask = {{"date", "2026-08-03"}, {"scheme", "pre_job"}, {"occupation", 13},
                      {"trainees", {{{"id", fresh}}, {{"id", person}}}}};
    const Response r = history_check(t.env.port, t.bob, ask);
    BOOST_TEST_REQUIRE(r.status == 200u, r.body);
    const json answer = r.json();
    BOOST_TEST(answer["year"] == 2026);
    const json none = answer["trainees"][0];
    BOOST_TEST(none["index"] == 0);
    BOOST_TEST(none["id"] == fresh);
    BOOST_TEST(none["trainings_this_year"] == 0);
    BOOST_TEST(none["limit_reached"] == false);
    BOOST_TEST(none["limits"] == json::array());
    const json had = answer["trainees"][1];
    BOOST_TEST(had["id"] == person);
    BOOST_TEST(had["trainings_this_year"] == 2);
    BOOST_TEST(had["same_occupation_level_this_year"] == 1);
    for (const char* zero : {"entrepreneurship", "assessment_same", "living_allowance_this_year", "work_for_training_months"})
        BOOST_TEST(had[zero] == 0, zero);
    BOOST_TEST(had["limit_reached"] == true);
    BOOST_TEST_REQUIRE(had["limits"].size() == 1u);
    BOOST_TEST(had["limits"][0]["code"] == "same_occupation_level_this_year");
    BOOST_TEST(had["limits"][0]["clause"] == "二(二)");
    BOOST_TEST(!had["limits"][0]["message"].get<std::string>().empty());
    BOOST_TEST(r.body.find(kNameA) == std::string::npos);
    BOOST_TEST(r.body.find("2026-03-02") == std::string::npos);
    // Another occupation: no limit yet; another year: nothing counted.
    json other = ask;
    other["occupation"] = 15;
    BOOST_TEST(history_check(t.env.port, t.bob, other).json()["trainees"][1]["limit_reached"] == false);
    other["date"] = "2027-01-04";
    BOOST_TEST(history_check(t.env.port, t.bob, other).json()["trainees"][1]["trainings_this_year"] == 0);

    // Logged with the count, never the IDs.
    BOOST_TEST(t.env.server->err().find("\"history_check\"") != std::string::npos);
    BOOST_TEST(t.env.server->err().find(person) == std::string::npos);

    // Bad input: 400 with code, Chinese message and path; no session: 401.
    auto bad = [&](json body, const std::string& path) {
        const Response b = history_check(t.env.port, t.bob, body);
        BOOST_TEST(b.status == 400u, b.body);
        BOOST_TEST(b.json()["error"]["path"] == path, b.body);
        BOOST_TEST(!b.json()["error"]["message"].get<std::string>().empty());
    };
    json no_date = ask;
    no_date.erase("date");
    bad(no_date, "/date");
    json bad_id = ask;
    std::string wrong_check = person;
    wrong_check.back() = wrong_check.back() == '1' ? '2' : '1';
    bad_id["trainees"][1]["id"] = wrong_check;
    bad(bad_id, "/trainees/1/id");
    json bad_scheme = ask;
    bad_scheme["scheme"] = "cooking";
    bad(bad_scheme, "/scheme");
    json no_one = ask;
    no_one["trainees"] = json::array();
    bad(no_one, "/trainees");
    json extra = ask;
    extra["trainees"][0]["name"] = "张三";
    bad(extra, "/trainees/0/name");
    BOOST_TEST(http_request(t.env.port, verb::post, "/api/v1/history-check", {}, ask.dump()).status == 401u);

    // More IDs than one request may carry: 413 too_many_trainees.
    json many = ask;
    many["trainees"] = json::array();
    for (int i = 0; i < 501; i++)
        many["trainees"].push_back({{"id", resident_id(i)}});
    const Response big = history_check(t.env.port, t.bob, many);
    BOOST_TEST(big.status == 413u);
    BOOST_TEST(big.json()["error"]["code"] == "too_many_trainees");
    BOOST_TEST(big.json()["error"]["path"] == "/trainees");
    many["trainees"].erase(500);
    BOOST_TEST(history_check(t.env.port, t.bob, many).status == 200u);
}

BOOST_AUTO_TEST_CASE(history_check_is_rate_limited_per_account) {
    SyncEnv env;
    env.add_staff(kUsccA, kNameA, "alice");
    env.add_staff(kUsccB, kNameB, "bob");
    unsigned short port = 0;
    const auto limited = env.start_server({"--history-check-rate", "2"}, &port);
    const std::string alice = login(port, "alice"), bob = login(port, "bob");
    const json ask = {{"date", "2026-08-03"}, {"scheme", "pre_job"}, {"trainees", {{{"id", resident_id(540)}}}}};
    BOOST_TEST(history_check(port, alice, ask).status == 200u);
    BOOST_TEST(history_check(port, alice, ask).status == 200u);
    const Response third = history_check(port, alice, ask);
    BOOST_TEST(third.status == 429u);
    BOOST_TEST(third.json()["error"]["code"] == "rate_limited");
    BOOST_TEST(std::stoi(third.header("retry-after")) > 0);
    BOOST_TEST(history_check(port, bob, ask).status == 200u);  // another account
}

BOOST_AUTO_TEST_CASE(parallel_claims_for_one_person_pass_only_up_to_the_yearly_limit) {
    // Six claims for one person (each another occupation) from three
    // organisations through two server processes on one store, at once: the
    // client figures pay the person, so exactly the first three (二(二): three
    // a year) are accepted and the others refused.
    SyncEnv env;
    env.add_staff(kUsccA, kNameA, "a1");
    env.add_staff(kUsccB, kNameB, "b1");
    env.add_staff(kUsccC, "丙职业培训学校", "c1");
    for (const auto& [uscc, user] : {std::pair{kUsccA, "a2"}, std::pair{kUsccB, "b2"}, std::pair{kUsccC, "c2"}})
        BOOST_TEST_REQUIRE(env.admin({"create-user", "--uscc", uscc, "--login", user, "--password-stdin"},
                                     std::string(kPassword) + "\n")
                               .status == 0);
    unsigned short second_port = 0;
    const auto second = env.start_server({}, &second_port);
    const std::string person = resident_id(550);
    struct Sender {
        std::string login, uscc, name;
        unsigned short port;
        json body;
        std::string token;
        unsigned status = 0;
    };
    std::vector<Sender> senders = {{"a1", kUsccA, kNameA, env.port, {}, {}, 0},
                                   {"b1", kUsccB, kNameB, second_port, {}, {}, 0},
                                   {"c1", kUsccC, "丙职业培训学校", env.port, {}, {}, 0},
                                   {"a2", kUsccA, kNameA, second_port, {}, {}, 0},
                                   {"b2", kUsccB, kNameB, env.port, {}, {}, 0},
                                   {"c2", kUsccC, "丙职业培训学校", second_port, {}, {}, 0}};
    for (std::size_t i = 0; i < senders.size(); i++) {
        Sender& s = senders[i];
        s.token = login(s.port, s.login);
        s.body = claim_body(s.port, s.uscc, s.name, {person}, 20 + static_cast<int>(i), "2026-03-02");
    }
    std::vector<std::thread> threads;
    for (Sender& s : senders)
        threads.emplace_back([&s] { s.status = submit(s.port, s.token, new_uuid(), s.body).status; });
    for (std::thread& th : threads)
        th.join();
    int accepted = 0, refused = 0;
    for (const Sender& s : senders) {
        accepted += s.status == 201u;
        refused += s.status == 422u;
    }
    BOOST_TEST(accepted == 3);
    BOOST_TEST(refused == 3);
    const Response check = history_check(env.port, senders[0].token,
                                         {{"date", "2026-12-01"}, {"scheme", "pre_job"}, {"trainees", {{{"id", person}}}}});
    BOOST_TEST(check.json()["trainees"][0]["trainings_this_year"] == 3);
}

BOOST_AUTO_TEST_CASE(a_claim_repeated_at_once_is_stored_once_and_not_counted_against_itself) {
    TwoOrganisations t;
    const json body = claim_body(t.env.port, kUsccA, kNameA, {resident_id(570)}, 13, "2026-03-02");
    const std::string key = new_uuid();
    unsigned statuses[2] = {0, 0};
    std::thread first([&] { statuses[0] = submit(t.env.port, t.alice, key, body).status; });
    std::thread second([&] { statuses[1] = submit(t.env.port, t.alice, key, body).status; });
    first.join();
    second.join();
    BOOST_TEST(std::min(statuses[0], statuses[1]) == 200u);  // the replay
    BOOST_TEST(std::max(statuses[0], statuses[1]) == 201u);
    const Response again = submit(t.env.port, t.alice, key, body);
    BOOST_TEST(again.status == 200u);
    BOOST_TEST(again.json()["register"] == json::array());
}

// Every text value of the register table, from the store the test runs on.
static std::vector<std::string> register_values(const SyncEnv& env) {
    const char* sql = "SELECT id_hash, submission_id, date, scheme, level, CAST(year AS TEXT), "
                      "CAST(occupation AS TEXT), status FROM register";
    std::vector<std::string> values;
    if (env.database.empty()) {
        sqlite3* db = nullptr;
        BOOST_REQUIRE(sqlite3_open_v2((env.dir.path() / "data" / "skillaid.db").c_str(), &db, SQLITE_OPEN_READONLY,
                                      nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        BOOST_REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < 8; c++)
                values.push_back(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
        sqlite3_finalize(st);
        sqlite3_close(db);
        return values;
    }
    PGconn* pg = PQconnectdb(env.database.c_str());
    BOOST_REQUIRE(PQstatus(pg) == CONNECTION_OK);
    PGresult* r = PQexec(pg, sql);
    BOOST_REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
    for (int row = 0; row < PQntuples(r); row++)
        for (int c = 0; c < 8; c++)
            values.push_back(PQgetvalue(r, row, c));
    PQclear(r);
    PQfinish(pg);
    return values;
}

BOOST_AUTO_TEST_CASE(the_register_holds_hashes_never_the_ids) {
    TwoOrganisations t;
    const std::vector<std::string> ids = {resident_id(560), resident_id(561), resident_id(562)};
    BOOST_TEST_REQUIRE(t.claim(t.alice, kUsccA, ids, 13, "2026-03-02").status == 201u);
    const std::vector<std::string> values = register_values(t.env);
    BOOST_TEST(values.size() == 3u * 8u);  // one row per trainee paid
    for (std::size_t row = 0; row < values.size(); row += 8) {
        const std::string& hash = values[row];
        BOOST_TEST(hash.size() == 64u);
        for (const std::string& id : ids) {
            BOOST_TEST(hash != id);
            for (std::size_t c = 0; c < 8; c++)
                BOOST_TEST(values[row + c].find(id) == std::string::npos);
        }
    }
    // The secret: a file in the data folder only its owner may read.
    struct stat st {};
    BOOST_TEST_REQUIRE(stat((t.env.dir.path() / "data" / "register.key").c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600);
    BOOST_TEST(st.st_size == 32);
}

BOOST_AUTO_TEST_SUITE_END()
