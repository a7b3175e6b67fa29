// Durability and idempotency across processes: kill -9 during a burst from
// several client threads, restart, retry with the same keys: every submission
// stored exactly once, every acknowledged receipt kept. Two server processes on
// one store: one row per key. Concurrent submissions (SQLite: group commit,
// several in one transaction) each get their own receipt, and concurrent
// repeats of one key one row. Runs on both stores.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_durability)

constexpr int kBurst = 200;
constexpr int kClientThreads = 16;
// io threads of the servers here: several submissions in the store at once, so
// that SQLite commits them in groups (a receipt sent before its group's COMMIT
// would be lost by the kill -9 below).
const std::vector<std::string> kConcurrentServer = {"--threads", "8"};
constexpr int kKillAfterAcknowledged = 40;
constexpr int kDistinctBodies = 5;

// Every submission of the organisation, following the cursor page by page.
static std::vector<json> all_submissions(unsigned short port, const std::string& token) {
    std::vector<json> items;
    long long cursor = 0;
    for (;;) {
        const Response page = http_request(port, verb::get, "/api/v1/submissions?limit=50&since=" + std::to_string(cursor),
                                           bearer(token));
        BOOST_REQUIRE(page.status == 200u);
        const json body = page.json();
        for (const json& item : body["items"])
            items.push_back(item);
        cursor = body["cursor"];
        if (!body["more"].get<bool>())
            return items;
    }
}

BOOST_AUTO_TEST_CASE(kill_9_during_a_burst_then_retries_store_each_exactly_once) {
    SyncEnv env;
    env.server = env.start_server(kConcurrentServer, &env.port);
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    std::vector<std::string> bodies;
    for (int i = 0; i < kDistinctBodies; i++)
        bodies.push_back(submission_body(env.port, kUsccA, "朝阳区", i + 1).dump());
    std::vector<std::string> keys;
    for (int i = 0; i < kBurst; i++)
        keys.push_back(new_uuid());

    // Phase 1: the burst; each thread stops at its first broken connection.
    std::vector<std::string> acknowledged(kBurst);  // receipt per index, "" if never acknowledged
    std::atomic<int> acks{0};
    auto send_all = [&](unsigned short port, int thread, std::vector<std::string>& receipts, std::vector<unsigned>& statuses) {
        std::unique_ptr<Client> client;
        for (int i = thread; i < kBurst; i += kClientThreads) {
            try {
                if (!client)
                    client = std::make_unique<Client>(port);
                Headers headers = bearer(token);
                headers.push_back({"Idempotency-Key", keys[i]});
                const Response r = client->request(verb::post, "/api/v1/submissions", headers, bodies[i % kDistinctBodies]);
                statuses[i] = r.status;
                if (r.status == 200 || r.status == 201) {
                    receipts[i] = r.json()["receipt"];
                    acks++;
                }
            } catch (const std::exception&) {
                return;  // the server is gone
            }
        }
    };
    std::vector<unsigned> phase1_status(kBurst, 0);
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kClientThreads; t++)
            threads.emplace_back([&, t] { send_all(env.port, t, acknowledged, phase1_status); });
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (acks < kKillAfterAcknowledged && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        env.server->send_signal(SIGKILL);
        for (std::thread& t : threads)
            t.join();
        env.server->wait_exit();
    }
    const int acknowledged_before_kill = acks;
    BOOST_TEST_MESSAGE("acknowledged before kill -9: " << acknowledged_before_kill << " of " << kBurst);
    BOOST_TEST(acknowledged_before_kill >= kKillAfterAcknowledged);
    BOOST_TEST(acknowledged_before_kill < kBurst);  // the kill came in the middle of the burst
    for (int i = 0; i < kBurst; i++)
        if (phase1_status[i] != 0)
            BOOST_TEST((phase1_status[i] == 201u || phase1_status[i] == 200u));

    // Phase 2: restart on the same store; the clients send everything again with the same keys.
    unsigned short port = 0;
    env.server = env.start_server(kConcurrentServer, &port);
    std::vector<std::string> receipts(kBurst);
    std::vector<unsigned> phase2_status(kBurst, 0);
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kClientThreads; t++)
            threads.emplace_back([&, t] { send_all(port, t, receipts, phase2_status); });
        for (std::thread& t : threads)
            t.join();
    }
    int replayed = 0;
    for (int i = 0; i < kBurst; i++) {
        BOOST_TEST_CONTEXT("submission " << i) {
            BOOST_TEST(!receipts[i].empty());
            if (!acknowledged[i].empty()) {
                BOOST_TEST(phase2_status[i] == 200u);  // a replay
                BOOST_TEST(receipts[i] == acknowledged[i]);
            }
            replayed += phase2_status[i] == 200u;
        }
    }
    BOOST_TEST(replayed >= acknowledged_before_kill);

    // Stored exactly once each: 200 rows, the keys sent, receipts unique and as acknowledged.
    const std::vector<json> stored = all_submissions(port, token);
    BOOST_TEST(stored.size() == static_cast<size_t>(kBurst));
    std::set<std::string> ids, stored_receipts;
    for (const json& item : stored) {
        ids.insert(item["id"].get<std::string>());
        stored_receipts.insert(item["receipt"].get<std::string>());
    }
    BOOST_TEST(ids == std::set<std::string>(keys.begin(), keys.end()));
    BOOST_TEST(stored_receipts == std::set<std::string>(receipts.begin(), receipts.end()));
    BOOST_TEST(stored_receipts.size() == static_cast<size_t>(kBurst));
}

// SIGTERM during a burst: every submission the server has read is committed and
// answered before it exits (SQLite answers from its commit thread; a graceful
// stop waits for those answers), so what is stored is exactly what was
// acknowledged: nothing committed without its receipt reaching the client.
BOOST_AUTO_TEST_CASE(sigterm_during_a_burst_answers_every_submission_it_stored) {
    SyncEnv env;
    env.server = env.start_server(kConcurrentServer, &env.port);
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const std::string body = submission_body(env.port, kUsccA, "朝阳区", 3).dump();

    std::mutex mutex;
    std::set<std::string> sent, acknowledged;
    std::vector<unsigned> refused;  // any answer other than 201
    std::atomic<int> acks{0};
    std::atomic<bool> stop_sending{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kClientThreads; t++)
        threads.emplace_back([&] {
            try {
                Client client(env.port);
                while (!stop_sending) {
                    const std::string key = new_uuid();
                    {
                        std::lock_guard<std::mutex> lock(mutex);
                        sent.insert(key);
                    }
                    Headers headers = bearer(token);
                    headers.push_back({"Idempotency-Key", key});
                    const Response r = client.request(verb::post, "/api/v1/submissions", headers, body);
                    std::lock_guard<std::mutex> lock(mutex);
                    if (r.status == 201u) {
                        acknowledged.insert(key);
                        acks++;
                    } else {
                        refused.push_back(r.status);
                    }
                    if (r.headers.count("connection") && r.headers.at("connection") == "close")
                        return;  // the server's last answer on this connection
                }
            } catch (const std::exception&) {
                // the connection was closed (idle at the stop, or the server is gone)
            }
        });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (acks < kKillAfterAcknowledged && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    env.server->send_signal(SIGTERM);
    const int exit_code = env.server->wait_exit();
    stop_sending = true;
    for (std::thread& t : threads)
        t.join();
    BOOST_TEST(exit_code == 0);
    BOOST_TEST(refused.empty(), refused.size() << " answers were not 201, the first " << (refused.empty() ? 0 : refused[0]));
    BOOST_TEST(acknowledged.size() >= static_cast<size_t>(kKillAfterAcknowledged));

    unsigned short port = 0;
    env.server = env.start_server(kConcurrentServer, &port);
    std::set<std::string> stored;
    for (const json& item : all_submissions(port, token))
        stored.insert(item["id"].get<std::string>());
    BOOST_TEST(stored.size() == acknowledged.size());
    BOOST_TEST((stored == acknowledged), "stored " << stored.size() << ", acknowledged " << acknowledged.size());
}

BOOST_AUTO_TEST_CASE(concurrent_submissions_each_get_their_own_receipt_and_one_row) {
    constexpr int kSameKey = kClientThreads;  // connections sending one key at once
    SyncEnv env;
    env.server = env.start_server(kConcurrentServer, &env.port);
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const std::string body = submission_body(env.port, kUsccA, "朝阳区", 3).dump();
    const std::string other_body = submission_body(env.port, kUsccA, "朝阳区", 4).dump();

    // kBurst new submissions over kClientThreads connections: each 201 with its own receipt.
    std::vector<std::string> keys;
    for (int i = 0; i < kBurst; i++)
        keys.push_back(new_uuid());
    std::vector<Response> answers(kBurst);
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kClientThreads; t++)
            threads.emplace_back([&, t] {
                Client client(env.port);
                for (int i = t; i < kBurst; i += kClientThreads) {
                    Headers headers = bearer(token);
                    headers.push_back({"Idempotency-Key", keys[i]});
                    answers[i] = client.request(verb::post, "/api/v1/submissions", headers, body);
                }
            });
        for (std::thread& t : threads)
            t.join();
    }
    std::set<std::string> receipts;
    for (int i = 0; i < kBurst; i++) {
        BOOST_TEST_CONTEXT("submission " << i) {
            BOOST_TEST(answers[i].status == 201u);
            if (answers[i].status == 201u) {
                BOOST_TEST(answers[i].json()["id"] == keys[i]);
                receipts.insert(answers[i].json()["receipt"].get<std::string>());
            }
        }
    }
    BOOST_TEST(receipts.size() == static_cast<size_t>(kBurst));

    // One key on every connection at once (half of them with another body):
    // one 201, the same body's repeats 200 with its receipt, the other body 409.
    const std::string key = new_uuid();
    std::vector<Response> same(kSameKey);
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kSameKey; t++)
            threads.emplace_back([&, t] {
                Headers headers = bearer(token);
                headers.push_back({"Idempotency-Key", key});
                same[t] = Client(env.port).request(verb::post, "/api/v1/submissions", headers,
                                                   t % 2 ? other_body : body);
            });
        for (std::thread& t : threads)
            t.join();
    }
    int created = 0, winner = -1;
    for (int t = 0; t < kSameKey; t++)
        if (same[t].status == 201u) {
            created++;
            winner = t;
        }
    BOOST_TEST(created == 1);
    if (winner >= 0)
        for (int t = 0; t < kSameKey; t++) {
            BOOST_TEST_CONTEXT("connection " << t) {
                if (t == winner)
                    continue;
                if (t % 2 == winner % 2) {
                    BOOST_TEST(same[t].status == 200u);
                    BOOST_TEST(same[t].json()["receipt"] == same[winner].json()["receipt"]);
                } else {
                    BOOST_TEST(same[t].status == 409u);
                }
            }
        }

    // Stored exactly once each.
    const std::vector<json> stored = all_submissions(env.port, token);
    BOOST_TEST(stored.size() == static_cast<size_t>(kBurst + 1));
    std::set<std::string> ids;
    for (const json& item : stored)
        ids.insert(item["id"].get<std::string>());
    keys.push_back(key);
    BOOST_TEST(ids == std::set<std::string>(keys.begin(), keys.end()));
}

// SQL run on the test's store beside the running server (SQLite: the file; PostgreSQL: its database).
static void run_sql_on_store(const SyncEnv& env, const std::string& sql) {
    if (testing_postgres()) {
        PGconn* pg = PQconnectdb(env.database.c_str());
        PGresult* r = PQexec(pg, sql.c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const std::string why = PQresultErrorMessage(r);
        PQclear(r);
        PQfinish(pg);
        BOOST_TEST_REQUIRE(ok, why);
        return;
    }
    sqlite3* db = nullptr;
    const std::string file = (env.dir.path() / "data" / "skillaid.db").string();
    BOOST_TEST_REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string why = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    BOOST_TEST_REQUIRE(rc == SQLITE_OK, why);
}

// A row that fails inside a group (here: a trigger refuses it) is answered with
// its error alone; the other submissions committed with it are stored and
// acknowledged. SQLite undoes the row's savepoint; PostgreSQL's pipeline loses
// the whole group's transaction, which is then stored again row by row
// (store_postgres.cpp commit_group).
BOOST_AUTO_TEST_CASE(a_row_that_fails_in_a_group_is_refused_alone) {
    constexpr int kRounds = 3;
    const std::string marker = "故障测试基地";
    SyncEnv env;
    env.server = env.start_server(kConcurrentServer, &env.port);
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const json good = submission_body(env.port, kUsccA, "朝阳区", 3);
    json bad = good;
    bad["form"]["place"] = marker;
    run_sql_on_store(env, testing_postgres()
        ? "CREATE FUNCTION refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
          "IF NEW.request LIKE '%" + marker + "%' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
          "RETURN NEW; END $$; "
          "CREATE TRIGGER refuse_marked BEFORE INSERT ON submissions FOR EACH ROW EXECUTE FUNCTION refuse_marked();"
        : "CREATE TRIGGER refuse_marked BEFORE INSERT ON submissions WHEN NEW.request LIKE '%" + marker + "%' "
          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");

    std::set<std::string> good_keys, bad_keys;
    for (int round = 0; round < kRounds; round++) {
        // All connections at once, one of them with the refused row.
        std::vector<std::string> keys(kClientThreads);
        std::vector<Response> answers(kClientThreads);
        for (std::string& key : keys)
            key = new_uuid();
        std::vector<std::thread> threads;
        for (int t = 0; t < kClientThreads; t++)
            threads.emplace_back([&, t] {
                Headers headers = bearer(token);
                headers.push_back({"Idempotency-Key", keys[t]});
                answers[t] = Client(env.port).request(verb::post, "/api/v1/submissions", headers,
                                                      (t == round ? bad : good).dump());
            });
        for (std::thread& t : threads)
            t.join();
        for (int t = 0; t < kClientThreads; t++) {
            BOOST_TEST_CONTEXT("round " << round << ", connection " << t) {
                if (t == round) {
                    BOOST_TEST(answers[t].status == 503u);
                    BOOST_TEST(answers[t].json()["error"]["code"] == "store_unavailable");
                    bad_keys.insert(keys[t]);
                } else {
                    BOOST_TEST(answers[t].status == 201u);
                    good_keys.insert(keys[t]);
                }
            }
        }
    }
    std::set<std::string> stored;
    for (const json& item : all_submissions(env.port, token))
        stored.insert(item["id"].get<std::string>());
    BOOST_TEST((stored == good_keys), "stored " << stored.size() << ", acknowledged " << good_keys.size());
}

// SQLite: the WAL is copied into the main file while the server runs (by its
// checkpoint thread, server/store_sqlite_db.h Checkpointer), not only when the
// server stops: commits do not checkpoint themselves any more, so without that
// thread the WAL would grow with every submission and the main file never would.
BOOST_AUTO_TEST_CASE(the_wal_is_copied_into_the_main_file_while_the_server_runs) {
    if (testing_postgres())
        return;  // PostgreSQL checkpoints by itself
    constexpr int kSubmissions = 400;   // ~20 KB each: about twice the checkpoint threshold
    constexpr std::uintmax_t kCopiedBytes = 4u << 20;  // kCheckpointPages (1,000) pages of 4 KiB
    SyncEnv env;
    std::vector<std::string> args = kConcurrentServer;
    args.insert(args.end(), {"--submission-rate", "100000"});  // beyond one user's default 300 a minute
    env.server = env.start_server(args, &env.port);
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const std::string body = submission_body(env.port, kUsccA, "朝阳区", 30).dump();
    const std::filesystem::path db = env.dir.path() / "data" / "skillaid.db";
    const std::uintmax_t before = std::filesystem::file_size(db);

    std::atomic<int> created{0};
    {
        std::vector<std::thread> threads;
        for (int t = 0; t < kClientThreads; t++)
            threads.emplace_back([&, t] {
                Client client(env.port);
                for (int i = t; i < kSubmissions; i += kClientThreads) {
                    Headers headers = bearer(token);
                    headers.push_back({"Idempotency-Key", new_uuid()});
                    if (client.request(verb::post, "/api/v1/submissions", headers, body).status == 201u)
                        created++;
                }
            });
        for (std::thread& t : threads)
            t.join();
    }
    BOOST_TEST(created.load() == kSubmissions);

    // The server still runs: its checkpoint thread has copied (or soon copies) the WAL.
    std::uintmax_t after = before;
    for (int wait = 0; wait < 100 && after < before + kCopiedBytes; wait++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        after = std::filesystem::file_size(db);
    }
    BOOST_TEST(after >= before + kCopiedBytes, "main file " << before << " -> " << after << " bytes");
    BOOST_TEST(all_submissions(env.port, token).size() == static_cast<size_t>(kSubmissions));
}

BOOST_AUTO_TEST_CASE(two_processes_on_one_store_keep_one_row_per_key) {
    constexpr int kKeys = 30;
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    unsigned short second_port = 0;
    auto second = env.start_server({}, &second_port);
    const std::string token = login(env.port, "alice");
    const std::string body = submission_body(env.port, kUsccA, "朝阳区", 30).dump();

    // Each key is sent to both processes at the same time.
    std::vector<std::string> keys;
    for (int i = 0; i < kKeys; i++)
        keys.push_back(new_uuid());
    std::vector<Response> first_answers(kKeys), second_answers(kKeys);
    auto send = [&](unsigned short port, std::vector<Response>& answers) {
        Client client(port);
        for (int i = 0; i < kKeys; i++) {
            Headers headers = bearer(token);
            headers.push_back({"Idempotency-Key", keys[i]});
            answers[i] = client.request(verb::post, "/api/v1/submissions", headers, body);
        }
    };
    std::thread a([&] { send(env.port, first_answers); });
    std::thread b([&] { send(second_port, second_answers); });
    a.join();
    b.join();
    for (int i = 0; i < kKeys; i++) {
        BOOST_TEST_CONTEXT("key " << i) {
            const unsigned s1 = first_answers[i].status, s2 = second_answers[i].status;
            BOOST_TEST(((s1 == 201u && s2 == 200u) || (s1 == 200u && s2 == 201u)));
            BOOST_TEST(first_answers[i].json()["receipt"] == second_answers[i].json()["receipt"]);
        }
    }
    BOOST_TEST(all_submissions(second_port, token).size() == static_cast<size_t>(kKeys));
}

BOOST_AUTO_TEST_SUITE_END()
