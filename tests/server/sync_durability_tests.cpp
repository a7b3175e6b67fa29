// Durability and idempotency across processes: kill -9 during a burst from
// several client threads, restart, retry with the same keys: every submission
// stored exactly once, every acknowledged receipt kept. Two server processes on
// one store: one row per key. Runs on both stores.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <csignal>
#include <set>
#include <thread>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_durability)

constexpr int kBurst = 200;
constexpr int kClientThreads = 4;
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
    env.server = env.start_server({}, &port);
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
