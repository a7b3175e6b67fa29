// Resubmission (issue 13): a new version of a returned submission names it in
// "resubmits" (its id or receipt). Only the organisation's own submission, and
// only a returned one, may be replaced (422 at /resubmits otherwise); the link
// is stored and shown in the detail and the list. Runs on both stores.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_resubmit)

static Response review(unsigned short port, const std::string& token, const std::string& id, const json& body) {
    return http_request(port, verb::post, "/api/v1/submissions/" + id + "/review", bearer(token), body.dump());
}

BOOST_AUTO_TEST_CASE(a_returned_submission_is_replaced_by_a_linked_new_version) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_reviewer("朝阳区", "chaoyang");
    const std::string alice = login(env.port, "alice"), reviewer = login(env.port, "chaoyang");
    const std::string first = new_uuid();
    const Response sent = submit(env.port, alice, first, submission_body(env.port, kUsccA, "朝阳区", 30));
    BOOST_REQUIRE(sent.status == 201u);
    BOOST_TEST(sent.json()["resubmits"] == "");
    const std::string first_receipt = sent.json()["receipt"];
    BOOST_TEST(review(env.port, reviewer, first, {{"action", "return"}, {"reason", "缺少花名册"}}).status == 200u);

    // By receipt number.
    json body = submission_body(env.port, kUsccA, "朝阳区", 31);
    body["resubmits"] = first_receipt;
    const std::string second = new_uuid();
    const Response again = submit(env.port, alice, second, body);
    BOOST_REQUIRE(again.status == 201u);
    BOOST_TEST(again.json()["resubmits"] == first);
    BOOST_TEST(again.json()["resubmits_receipt"] == first_receipt);
    BOOST_TEST(again.json()["receipt"] != first_receipt);
    // A retry with the same key and body replays it.
    const Response replay = submit(env.port, alice, second, body);
    BOOST_TEST(replay.status == 200u);
    BOOST_TEST(replay.json()["replayed"] == true);

    const Response detail = http_request(env.port, verb::get, "/api/v1/submissions/" + second, bearer(alice));
    BOOST_TEST(detail.json()["resubmits"] == first);
    BOOST_TEST(detail.json()["resubmits_receipt"] == first_receipt);
    const Response reviewer_detail = http_request(env.port, verb::get, "/api/v1/submissions/" + second, bearer(reviewer));
    BOOST_TEST(reviewer_detail.json()["resubmits"] == first);
    const Response list = http_request(env.port, verb::get, "/api/v1/submissions", bearer(alice));
    bool listed = false;
    const json listed_items = list.json()["items"];
    for (const json& item : listed_items)
        if (item["id"] == second) listed = item["resubmits"] == first;
    BOOST_TEST(listed);

    // By id: the first is still returned, so a third version may name it too.
    json by_id = submission_body(env.port, kUsccA, "朝阳区", 32);
    by_id["resubmits"] = first;
    BOOST_TEST(submit(env.port, alice, new_uuid(), by_id).status == 201u);
}

BOOST_AUTO_TEST_CASE(only_the_organisations_own_returned_submission_may_be_replaced) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_staff(kUsccB, "乙公司", "bob");
    env.add_reviewer("朝阳区", "chaoyang");
    env.add_reviewer("南关区", "nanguan");
    const std::string alice = login(env.port, "alice"), bob = login(env.port, "bob");
    const std::string reviewer = login(env.port, "chaoyang"), nanguan = login(env.port, "nanguan");
    const std::string received = new_uuid(), bobs = new_uuid();
    BOOST_REQUIRE(submit(env.port, alice, received, submission_body(env.port, kUsccA, "朝阳区", 30)).status == 201u);
    BOOST_REQUIRE(submit(env.port, bob, bobs, submission_body(env.port, kUsccB, "南关区", 30)).status == 201u);
    BOOST_TEST(review(env.port, nanguan, bobs, {{"action", "return"}, {"reason", "重填"}}).status == 200u);

    auto refused = [&](const std::string& link, const char* code) {
        json body = submission_body(env.port, kUsccA, "朝阳区", 33);
        body["resubmits"] = link;
        const Response r = submit(env.port, alice, new_uuid(), body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == code);
        BOOST_TEST(r.json()["error"]["path"] == "/resubmits");
        BOOST_TEST(!r.json()["error"]["message"].get<std::string>().empty());
    };
    refused(bobs, "resubmits_unknown");      // another organisation's (returned) submission
    refused(received, "resubmits_not_returned");  // still received
    refused(new_uuid(), "resubmits_unknown");
    refused("CC-20000101-999999", "resubmits_unknown");
    BOOST_TEST(review(env.port, reviewer, received, {{"action", "accept"}}).status == 200u);
    refused(received, "resubmits_not_returned");  // accepted
    // Wrong type: the strict schema (400).
    json body = submission_body(env.port, kUsccA, "朝阳区", 33);
    body["resubmits"] = 7;
    const Response typed = submit(env.port, alice, new_uuid(), body);
    BOOST_TEST(typed.status == 400u);
    BOOST_TEST(typed.json()["error"]["path"] == "/resubmits");
}

BOOST_AUTO_TEST_SUITE_END()
