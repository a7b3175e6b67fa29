// Reviewers: bound to one office, see only what is routed there; transitions
// received -> accepted | returned, accepted -> publicized -> paid (claims); the
// submitter sees each change on its next sync (GET with since=cursor). Runs on
// both stores. The dated workflow in detail: sync_workflow_tests.cpp.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(sync_review)

static Response review(unsigned short port, const std::string& token, const std::string& id, const json& body) {
    return http_request(port, verb::post, "/api/v1/submissions/" + id + "/review", bearer(token), body.dump());
}

static std::vector<std::string> ids_of(const Response& list) {
    std::vector<std::string> ids;
    const json body = list.json();
    for (const json& item : body["items"])
        ids.push_back(item["id"]);
    return ids;
}

BOOST_AUTO_TEST_CASE(a_reviewer_sees_only_its_office) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");   // 朝阳区
    env.add_staff(kUsccB, "乙公司", "bob");     // 南关区
    env.add_staff(kUsccC, "丙国企", "carol");   // state owned: 市人社局
    env.add_reviewer("朝阳区", "chaoyang");
    env.add_reviewer("南关区", "nanguan");
    env.add_reviewer("市人社局", "city");
    const std::string a = new_uuid(), b = new_uuid(), c = new_uuid();
    BOOST_TEST(submit(env.port, login(env.port, "alice"), a, submission_body(env.port, kUsccA, "朝阳区", 30)).status == 201u);
    BOOST_TEST(submit(env.port, login(env.port, "bob"), b, submission_body(env.port, kUsccB, "南关区", 30)).status == 201u);
    const Response city_item =
        submit(env.port, login(env.port, "carol"), c, submission_body(env.port, kUsccC, "朝阳区", 30, "state_owned"));
    BOOST_TEST(city_item.json()["office"] == "市人社局");

    const std::string chaoyang = login(env.port, "chaoyang"), nanguan = login(env.port, "nanguan"),
                      city = login(env.port, "city");
    BOOST_TEST(ids_of(http_request(env.port, verb::get, "/api/v1/submissions", bearer(chaoyang))) ==
               std::vector<std::string>{a});
    BOOST_TEST(ids_of(http_request(env.port, verb::get, "/api/v1/submissions", bearer(nanguan))) ==
               std::vector<std::string>{b});
    BOOST_TEST(ids_of(http_request(env.port, verb::get, "/api/v1/submissions", bearer(city))) ==
               std::vector<std::string>{c});
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions/" + a, bearer(chaoyang)).status == 200u);
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions/" + b, bearer(chaoyang)).status == 404u);
    BOOST_TEST(review(env.port, chaoyang, b, {{"action", "accept"}}).status == 404u);
    BOOST_TEST(review(env.port, chaoyang, new_uuid(), {{"action", "accept"}}).status == 404u);
    // A reviewer does not submit.
    BOOST_TEST(submit(env.port, chaoyang, new_uuid(), submission_body(env.port, kUsccA, "朝阳区", 30)).status == 403u);
    // B's item is untouched.
    BOOST_TEST(http_request(env.port, verb::get, "/api/v1/submissions/" + b, bearer(nanguan)).json()["status"] == "received");
}

BOOST_AUTO_TEST_CASE(transitions_and_the_submitter_sees_them_on_sync) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    env.add_reviewer("朝阳区", "chaoyang");
    const std::string alice = login(env.port, "alice"), reviewer = login(env.port, "chaoyang");
    const std::string first = new_uuid(), second = new_uuid();
    // The first is a claim (only claims are publicized and paid), the second an application.
    const json claim = claim_body(env.port, kUsccA, "甲公司", {resident_id(1), resident_id(2)}, 13, "2026-03-02", "朝阳区");
    BOOST_TEST(submit(env.port, alice, first, claim).status == 201u);
    BOOST_TEST(submit(env.port, alice, second, submission_body(env.port, kUsccA, "朝阳区", 31)).status == 201u);

    const Response initial = http_request(env.port, verb::get, "/api/v1/submissions", bearer(alice));
    BOOST_TEST(initial.json()["items"].size() == 2u);
    const long long cursor = initial.json()["cursor"];

    // Invalid: pay before accept (409), return without reason (422), unknown action (400).
    const Response early_pay = review(env.port, reviewer, first, {{"action", "pay"}});
    BOOST_TEST(early_pay.status == 409u);
    BOOST_TEST(early_pay.json()["error"]["code"] == "invalid_transition");
    const Response no_reason = review(env.port, reviewer, first, {{"action", "return"}, {"reason", "  "}});
    BOOST_TEST(no_reason.status == 422u);
    BOOST_TEST(no_reason.json()["error"]["code"] == "reason_required");
    BOOST_TEST(no_reason.json()["error"]["path"] == "/reason");
    const Response unknown = review(env.port, reviewer, first, {{"action", "approve"}});
    BOOST_TEST(unknown.status == 400u);
    BOOST_TEST(unknown.json()["error"]["path"] == "/action");
    const Response extra = review(env.port, reviewer, first, {{"action", "accept"}, {"note", "x"}});
    BOOST_TEST(extra.json()["error"]["path"] == "/note");
    // Staff may not review.
    BOOST_TEST(review(env.port, alice, first, {{"action", "accept"}}).status == 403u);

    // Nothing changed so far: an empty sync.
    const Response quiet = http_request(env.port, verb::get, "/api/v1/submissions?since=" + std::to_string(cursor),
                                        bearer(alice));
    BOOST_TEST(quiet.json()["items"].empty());
    BOOST_TEST(quiet.json()["cursor"] == cursor);

    const Response accepted = review(env.port, reviewer, first, {{"action", "accept"}});
    BOOST_TEST(accepted.status == 200u);
    BOOST_TEST(accepted.json()["status"] == "accepted");
    BOOST_TEST(review(env.port, reviewer, first, {{"action", "accept"}}).status == 409u);
    // Paid only after the public notice (二(一)).
    BOOST_TEST(review(env.port, reviewer, first, {{"action", "pay"}}).status == 409u);
    const Response publicized = review(env.port, reviewer, first, {{"action", "publicize"}, {"date", "2026-09-28"}});
    BOOST_TEST(publicized.status == 200u);
    BOOST_TEST(publicized.json()["status"] == "publicized");
    const Response paid =
        review(env.port, reviewer, first, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "PZ-2026-001"}});
    BOOST_TEST(paid.status == 200u);
    BOOST_TEST(paid.json()["status"] == "paid");
    BOOST_TEST(review(env.port, reviewer, first, {{"action", "pay"}}).status == 409u);
    // Too late to return once paid (a return is allowed from received, accepted and publicized).
    BOOST_TEST(review(env.port, reviewer, first, {{"action", "return"}, {"reason", "晚了"}}).status == 409u);

    const Response returned = review(env.port, reviewer, second, {{"action", "return"}, {"reason", "缺少花名册"}});
    BOOST_TEST(returned.status == 200u);
    BOOST_TEST(review(env.port, reviewer, second, {{"action", "pay"}}).status == 409u);
    BOOST_TEST(review(env.port, reviewer, second, {{"action", "accept"}}).status == 409u);

    // The submitter's next sync: both items, with their new status, in change order.
    const Response sync = http_request(env.port, verb::get, "/api/v1/submissions?since=" + std::to_string(cursor),
                                       bearer(alice));
    BOOST_TEST(sync.status == 200u);
    const json items = sync.json()["items"];
    BOOST_REQUIRE(items.size() == 2u);
    BOOST_TEST(items[0]["id"] == first);
    BOOST_TEST(items[0]["status"] == "paid");
    BOOST_TEST(items[1]["id"] == second);
    BOOST_TEST(items[1]["status"] == "returned");
    BOOST_TEST(items[1]["reason"] == "缺少花名册");
    BOOST_TEST(sync.json()["cursor"].get<long long>() > cursor);
    BOOST_TEST(items[0]["change"].get<long long>() < items[1]["change"].get<long long>());

    const Response detail = http_request(env.port, verb::get, "/api/v1/submissions/" + first, bearer(alice));
    const json history = detail.json()["history"];
    BOOST_REQUIRE(history.size() == 4u);
    BOOST_TEST(history[0]["status"] == "received");
    BOOST_TEST(history[0]["by"] == "alice");
    BOOST_TEST(history[1]["status"] == "accepted");
    BOOST_TEST(history[2]["status"] == "publicized");
    BOOST_TEST(history[3]["status"] == "paid");
    // The submitter sees the office that acted; the reviewer sees the login.
    BOOST_TEST(history[3]["by"] == "朝阳区");
    const json reviewer_history =
        http_request(env.port, verb::get, "/api/v1/submissions/" + first, bearer(reviewer)).json()["history"];
    BOOST_TEST(reviewer_history[3]["by"] == "chaoyang");

    // Paging with limit.
    const Response page = http_request(env.port, verb::get, "/api/v1/submissions?since=0&limit=1", bearer(alice));
    BOOST_TEST(page.json()["items"].size() == 1u);
    BOOST_TEST(page.json()["more"] == true);
}

BOOST_AUTO_TEST_SUITE_END()
