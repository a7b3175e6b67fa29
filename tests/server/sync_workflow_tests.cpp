// The dated review workflow of issue 15 (二(一), 六(三)): the public notice and
// the payment with its voucher, dated across the 2026 National Day holiday;
// every refusal of the review request; exactly once per Idempotency-Key; the
// overdue marks as the reviewer and the submitter see them, with every step's
// from, status, reason, date and who; the yearly summary per office and
// business and who may read it. Runs on both stores.
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <cstdio>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

namespace {

constexpr const char* kNameA = "甲公司";  // kUsccA, 朝阳区
constexpr const char* kNameB = "乙公司";  // kUsccB, 南关区

Response review(unsigned short port, const std::string& token, const std::string& id, const json& body,
                const std::string& key = "") {
    Headers headers = bearer(token);
    if (!key.empty())
        headers.emplace_back("Idempotency-Key", key);
    return http_request(port, verb::post, "/api/v1/submissions/" + id + "/review", headers, body.dump());
}

json detail(unsigned short port, const std::string& token, const std::string& id) {
    return http_request(port, verb::get, "/api/v1/submissions/" + id, bearer(token)).json();
}

// The caller's list item of `id` (null when absent).
json list_item(unsigned short port, const std::string& token, const std::string& id) {
    const json list = http_request(port, verb::get, "/api/v1/submissions", bearer(token)).json();
    for (const json& item : list["items"])
        if (item["id"] == id)
            return item;
    return nullptr;
}

// Today in China (YYYY-MM-DD), `days` later.
std::string china_day(int days = 0) {
    using namespace std::chrono;
    const auto t = system_clock::now() + hours(8) + hours(24 * days);
    const year_month_day d{floor<std::chrono::days>(t)};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
}

struct Office {
    SyncEnv env;
    std::string alice, chaoyang;
    int next_person = 100;
    Office() {
        env.add_staff(kUsccA, kNameA, "alice");
        env.add_reviewer("朝阳区", "chaoyang");
        alice = login(env.port, "alice");
        chaoyang = login(env.port, "chaoyang");
    }
    // A new claim of 甲公司 (朝阳区) for `people` new trainees; its receipt.
    json claim(const std::string& token, const std::string& uscc, const std::string& name,
               const std::string& district, int people = 1) {
        std::vector<std::string> ids;
        for (int i = 0; i < people; i++)
            ids.push_back(resident_id(next_person++));
        const Response r = submit(env.port, token, new_uuid(), claim_body(env.port, uscc, name, ids, 13, "2026-03-02", district));
        BOOST_TEST_REQUIRE(r.status == 201u, r.body);
        return r.json();
    }
    json claim() { return claim(alice, kUsccA, kNameA, "朝阳区"); }
    // accept, then publicize on `start`; the detail.
    json publicized(const std::string& id, const std::string& start) {
        BOOST_TEST_REQUIRE(review(env.port, chaoyang, id, {{"action", "accept"}}).status == 200u);
        const Response r = review(env.port, chaoyang, id, {{"action", "publicize"}, {"date", start}});
        BOOST_TEST_REQUIRE(r.status == 200u, r.body);
        return r.json();
    }
};

void expect_error(const Response& r, unsigned status, const std::string& code, const std::string& path) {
    BOOST_TEST(r.status == status, r.body);
    BOOST_TEST(r.json()["error"]["code"] == code);
    BOOST_TEST(r.json()["error"]["path"] == path);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sync_workflow)

BOOST_AUTO_TEST_CASE(a_claim_goes_through_the_notice_and_payment_across_national_day) {
    Office o;
    const unsigned short port = o.env.port;
    const std::string id = o.claim()["id"];
    const std::string application = new_uuid();
    BOOST_TEST_REQUIRE(submit(port, o.alice, application, submission_body(port, kUsccA, "朝阳区", 30)).status == 201u);

    // Received: not yet publicized nor paid; the dates are empty.
    const json fresh = detail(port, o.chaoyang, id);
    for (const char* member : {"publicity_start", "publicity_ends", "payment_by", "paid_on", "voucher", "overdue", "overdue_label"})
        BOOST_TEST(fresh[member] == "", member);
    BOOST_TEST(fresh["history"].size() == 1u);
    BOOST_TEST(fresh["history"][0]["from"] == "");
    BOOST_TEST(fresh["history"][0]["action"] == "");
    BOOST_TEST(fresh["history"][0]["status_label"] == "已接收");

    // Wrong status (409 /action): publicize or pay before accept.
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", "2026-09-28"}}), 409, "invalid_transition", "/action");
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "V"}}), 409,
                 "invalid_transition", "/action");

    // Accept, exactly once per key: a repeat answers replayed, one event; the key elsewhere 409.
    const std::string key = new_uuid();
    const Response accepted = review(port, o.chaoyang, id, {{"action", "accept"}}, key);
    BOOST_TEST_REQUIRE(accepted.status == 200u, accepted.body);
    BOOST_TEST(accepted.json()["replayed"] == false);
    BOOST_TEST(accepted.json()["status"] == "accepted");
    const Response again = review(port, o.chaoyang, id, {{"action", "accept"}}, key);
    BOOST_TEST(again.status == 200u, again.body);
    BOOST_TEST(again.json()["replayed"] == true);
    BOOST_TEST(again.json()["status"] == "accepted");
    BOOST_TEST(again.json()["history"].size() == 2u);
    expect_error(review(port, o.chaoyang, application, {{"action", "accept"}}, key), 409, "idempotency_key_reused", "");
    BOOST_TEST(detail(port, o.chaoyang, application)["status"] == "received");
    expect_error(review(port, o.chaoyang, id, {{"action", "accept"}}, "not-a-uuid"), 400, "invalid_idempotency_key", "");

    // Only claims are publicized and paid.
    BOOST_TEST_REQUIRE(review(port, o.chaoyang, application, {{"action", "accept"}}).status == 200u);
    const Response not_claim = review(port, o.chaoyang, application, {{"action", "publicize"}, {"date", "2026-09-28"}});
    expect_error(not_claim, 409, "invalid_transition", "/action");
    BOOST_TEST(not_claim.json()["error"]["message"].get<std::string>().find("补贴申领") != std::string::npos);
    expect_error(review(port, o.chaoyang, application, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "V"}}), 409,
                 "invalid_transition", "/action");

    // The notice's date: required, well formed, on the calendar.
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}}), 422, "date_required", "/date");
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", ""}}), 422, "date_required", "/date");
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", "2026-9-28"}}), 400, "invalid_date", "/date");
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", "2019-06-03"}}), 422,
                 "date_outside_calendar", "/date");
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", 20260928}}), 400, "wrong_type", "/date");
    expect_error(review(port, o.chaoyang, id, {{"action", "accept"}, {"voucher", "V-1"}}), 409, "invalid_transition", "/action");

    // 2026-09-28: 5 working days end on 10-09 (10-01..07 off), paid by 11-19 (30 working days after).
    const Response publicized = review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", "2026-09-28"}}, new_uuid());
    BOOST_TEST_REQUIRE(publicized.status == 200u, publicized.body);
    const json p = publicized.json();
    BOOST_TEST(p["status"] == "publicized");
    BOOST_TEST(p["status_label"] == "公示中");
    BOOST_TEST(p["publicity_start"] == "2026-09-28");
    BOOST_TEST(p["publicity_ends"] == "2026-10-09");
    BOOST_TEST(p["payment_by"] == "2026-11-19");
    const bool past_due = china_day() > "2026-11-19";
    BOOST_TEST(p["overdue"] == (past_due ? "unpaid" : ""));
    BOOST_TEST(p["overdue_label"] == (past_due ? "逾期未拨付" : ""));
    expect_error(review(port, o.chaoyang, id, {{"action", "accept"}}), 409, "invalid_transition", "/action");
    expect_error(review(port, o.chaoyang, id, {{"action", "publicize"}, {"date", "2026-10-12"}}), 409, "invalid_transition",
                 "/action");

    // Unpaid past payment_by: marked in the reviewer's list and in the submitter's.
    for (const std::string& token : {o.chaoyang, o.alice}) {
        const json item = list_item(port, token, id);
        BOOST_TEST(item["overdue"] == (past_due ? "unpaid" : ""));
        BOOST_TEST(item["payment_by"] == "2026-11-19");
    }

    // The payment: voucher and date required, after the notice's end, not in the future.
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}}), 422, "voucher_required", "/voucher");
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "   "}}), 422,
                 "voucher_required", "/voucher");
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", std::string(65, 'V')}}),
                 422, "voucher_required", "/voucher");
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"voucher", "PZ-1"}}), 422, "date_required", "/date");
    const Response too_early = review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-10-09"}, {"voucher", "PZ-1"}});
    expect_error(too_early, 422, "payment_before_publicity_end", "/date");
    BOOST_TEST(too_early.json()["error"]["message"].get<std::string>().find("2026-10-09") != std::string::npos);
    expect_error(review(port, o.chaoyang, id, {{"action", "pay"}, {"date", china_day(2)}, {"voucher", "PZ-1"}}), 422,
                 "date_in_future", "/date");
    const std::string pay_key = new_uuid();
    const Response paid =
        review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", " PZ-2026-0042 "}}, pay_key);
    BOOST_TEST_REQUIRE(paid.status == 200u, paid.body);
    BOOST_TEST(paid.json()["status"] == "paid");
    BOOST_TEST(paid.json()["paid_on"] == "2026-11-19");
    BOOST_TEST(paid.json()["voucher"] == "PZ-2026-0042");
    BOOST_TEST(paid.json()["overdue"] == "");  // the last day is on time
    BOOST_TEST(paid.json()["overdue_label"] == "");
    // Nothing leaves paid; the pay key again is a replay, not a 409.
    expect_error(review(port, o.chaoyang, id, {{"action", "return"}, {"reason", "异议"}}), 409, "invalid_transition", "/action");
    const Response pay_again =
        review(port, o.chaoyang, id, {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "PZ-2026-0042"}}, pay_key);
    BOOST_TEST(pay_again.status == 200u);
    BOOST_TEST(pay_again.json()["replayed"] == true);

    // The submitter's view: every step, from -> to, with its date, voucher and the office as "by".
    const json history = detail(port, o.alice, id)["history"];
    BOOST_REQUIRE(history.size() == 4u);
    const std::vector<std::vector<std::string>> steps = {
        {"", "received", "", "", "", "alice"},
        {"received", "accepted", "accept", "", "", "朝阳区"},
        {"accepted", "publicized", "publicize", "2026-09-28", "", "朝阳区"},
        {"publicized", "paid", "pay", "2026-11-19", "PZ-2026-0042", "朝阳区"}};
    for (std::size_t i = 0; i < steps.size(); i++) {
        BOOST_TEST(history[i]["from"] == steps[i][0]);
        BOOST_TEST(history[i]["status"] == steps[i][1]);
        BOOST_TEST(history[i]["action"] == steps[i][2]);
        BOOST_TEST(history[i]["date"] == steps[i][3]);
        BOOST_TEST(history[i]["voucher"] == steps[i][4]);
        BOOST_TEST(history[i]["by"] == steps[i][5]);
        BOOST_TEST(!history[i]["at"].get<std::string>().empty());
    }
    BOOST_TEST(history[3]["status_label"] == "已拨付");
    // The list carries the same history (the next sync shows every step).
    BOOST_TEST(list_item(port, o.alice, id)["history"] == history);
    BOOST_TEST(list_item(port, o.chaoyang, id)["history"][3]["by"] == "chaoyang");
}

BOOST_AUTO_TEST_CASE(late_payment_returns_and_a_notice_started_today) {
    Office o;
    const unsigned short port = o.env.port;

    // Paid the day after payment_by: paid_late, in both views.
    const std::string late = o.claim()["id"];
    o.publicized(late, "2026-09-28");
    const Response paid = review(port, o.chaoyang, late, {{"action", "pay"}, {"date", "2026-11-20"}, {"voucher", "PZ-9"}});
    BOOST_TEST_REQUIRE(paid.status == 200u, paid.body);
    BOOST_TEST(paid.json()["overdue"] == "paid_late");
    BOOST_TEST(paid.json()["overdue_label"] == "逾期拨付");
    BOOST_TEST(list_item(port, o.alice, late)["overdue"] == "paid_late");

    // A notice started today is not overdue.
    const std::string today = o.claim()["id"];
    const json started = o.publicized(today, china_day());
    BOOST_TEST(started["overdue"] == "");
    BOOST_TEST(started["payment_by"].get<std::string>() > china_day());
    BOOST_TEST(list_item(port, o.alice, today)["overdue"] == "");

    // Return: a reason is required; from received, accepted (before the notice) and publicized (an objection).
    const std::string received = o.claim()["id"], accepted = o.claim()["id"];
    expect_error(review(port, o.chaoyang, received, {{"action", "return"}}), 422, "reason_required", "/reason");
    expect_error(review(port, o.chaoyang, received, {{"action", "return"}, {"reason", " \n"}}), 422, "reason_required", "/reason");
    expect_error(review(port, o.chaoyang, received, {{"action", "return"}, {"reason", std::string(2001, 'x')}}), 400, "too_long",
                 "/reason");
    BOOST_TEST(review(port, o.chaoyang, received, {{"action", "return"}, {"reason", "缺少考勤表"}}).status == 200u);
    BOOST_TEST(review(port, o.chaoyang, accepted, {{"action", "accept"}}).status == 200u);
    BOOST_TEST(review(port, o.chaoyang, accepted, {{"action", "return"}, {"reason", "证书编号有误"}}).status == 200u);
    const Response objected = review(port, o.chaoyang, today, {{"action", "return"}, {"reason", "公示期间有异议"}});
    BOOST_TEST_REQUIRE(objected.status == 200u, objected.body);
    BOOST_TEST(objected.json()["status"] == "returned");
    BOOST_TEST(objected.json()["overdue"] == "");
    const json steps = detail(port, o.alice, today)["history"];
    BOOST_REQUIRE(steps.size() == 4u);
    BOOST_TEST(steps[3]["from"] == "publicized");
    BOOST_TEST(steps[3]["status"] == "returned");
    BOOST_TEST(steps[3]["action"] == "return");
    BOOST_TEST(steps[3]["reason"] == "公示期间有异议");
    BOOST_TEST(steps[3]["status_label"] == "已退回");
    // Returned is final.
    expect_error(review(port, o.chaoyang, today, {{"action", "accept"}}), 409, "invalid_transition", "/action");
    BOOST_TEST(detail(port, o.alice, accepted)["reason"] == "证书编号有误");
}

BOOST_AUTO_TEST_CASE(the_summary_per_office_and_who_may_read_it) {
    Office o;
    const unsigned short port = o.env.port;
    o.env.add_staff(kUsccB, kNameB, "bob");
    o.env.add_reviewer("南关区", "nanguan");
    o.env.add_reviewer("市人社局", "city");
    const std::string bob = login(port, "bob"), nanguan = login(port, "nanguan"), city = login(port, "city");

    // 朝阳区: received, returned, accepted, publicized past due (unpaid), paid late; an application (not counted).
    auto total = [](const json& receipt) { return receipt["total_fen"].get<long long>(); };
    const json received = o.claim(), returned = o.claim(o.alice, kUsccA, kNameA, "朝阳区", 2), accepted = o.claim(),
               unpaid = o.claim(), late = o.claim(o.alice, kUsccA, kNameA, "朝阳区", 3);
    BOOST_TEST_REQUIRE(submit(port, o.alice, new_uuid(), submission_body(port, kUsccA, "朝阳区", 30)).status == 201u);
    BOOST_TEST(review(port, o.chaoyang, returned["id"], {{"action", "return"}, {"reason", "材料不全"}}).status == 200u);
    BOOST_TEST(review(port, o.chaoyang, accepted["id"], {{"action", "accept"}}).status == 200u);
    o.publicized(unpaid["id"], "2026-09-28");
    o.publicized(late["id"], "2026-09-28");
    BOOST_TEST(review(port, o.chaoyang, late["id"], {{"action", "pay"}, {"date", "2026-11-20"}, {"voucher", "PZ-1"}}).status == 200u);
    // 南关区: one claim paid on time.
    const json south = o.claim(bob, kUsccB, kNameB, "南关区", 2);
    BOOST_TEST(review(port, nanguan, south["id"], {{"action", "accept"}}).status == 200u);
    BOOST_TEST(review(port, nanguan, south["id"], {{"action", "publicize"}, {"date", "2026-09-28"}}).status == 200u);
    BOOST_TEST(review(port, nanguan, south["id"], {{"action", "pay"}, {"date", "2026-11-19"}, {"voucher", "NG-1"}}).status == 200u);

    // A reviewer of another office sees nothing of 朝阳区's.
    const std::string own = received["id"];
    BOOST_TEST(http_request(port, verb::get, "/api/v1/submissions/" + own, bearer(nanguan)).status == 404u);
    BOOST_TEST(review(port, nanguan, own, {{"action", "accept"}}).status == 404u);
    BOOST_TEST(list_item(port, nanguan, own).is_null());
    BOOST_TEST(detail(port, o.chaoyang, own)["status"] == "received");

    const bool past_due = china_day() > "2026-11-19";
    auto summary = [&](const std::string& token, const std::string& query) {
        return http_request(port, verb::get, "/api/v1/reports/summary" + query, bearer(token));
    };
    auto check_chaoyang = [&](const json& t) {
        BOOST_TEST(t["count"] == 5);
        BOOST_TEST(t["counts"] == json({{"received", 1}, {"accepted", 1}, {"returned", 1}, {"publicized", 1}, {"paid", 1}}));
        BOOST_TEST(t["claimed_fen"] == total(received) + total(accepted) + total(unpaid) + total(late));
        BOOST_TEST(t["accepted_fen"] == total(accepted) + total(unpaid) + total(late));
        BOOST_TEST(t["paid_fen"] == total(late));
        BOOST_TEST(t["overdue_count"] == (past_due ? 2 : 1));
        BOOST_TEST(t["overdue_fen"] == total(late) + (past_due ? total(unpaid) : 0));
    };
    BOOST_TEST(total(returned) > 0);

    // The city: both offices, per business, and the total; or one office.
    const Response all = summary(city, "?year=2026");
    BOOST_TEST_REQUIRE(all.status == 200u, all.body);
    const json report = all.json();
    BOOST_TEST(report["year"] == 2026);
    BOOST_TEST(report["office"] == "");
    BOOST_TEST(!report["generated_at"].get<std::string>().empty());
    BOOST_REQUIRE(report["offices"].size() == 2u);
    BOOST_REQUIRE(report["rows"].size() == 2u);
    for (const json& row : report["rows"]) {
        BOOST_TEST(row["business"] == "enterprise_training");
        BOOST_TEST(!row["business_label"].get<std::string>().empty());
    }
    for (const json& office : report["offices"]) {
        if (office["office"] == "朝阳区") {
            check_chaoyang(office);
        } else {
            BOOST_TEST(office["office"] == "南关区");
            BOOST_TEST(office["count"] == 1);
            BOOST_TEST(office["counts"]["paid"] == 1);
            BOOST_TEST(office["paid_fen"] == total(south));
            BOOST_TEST(office["overdue_count"] == 0);
        }
    }
    BOOST_TEST(report["total"]["count"] == 6);
    BOOST_TEST(report["total"]["paid_fen"] == total(late) + total(south));
    BOOST_TEST(report["total"]["claimed_fen"] ==
               total(received) + total(accepted) + total(unpaid) + total(late) + total(south));
    const Response one = summary(city, "?year=2026&office=%E5%8D%97%E5%85%B3%E5%8C%BA");  // 南关区
    BOOST_TEST_REQUIRE(one.status == 200u, one.body);
    BOOST_TEST(one.json()["office"] == "南关区");
    BOOST_TEST(one.json()["offices"].size() == 1u);
    BOOST_TEST(one.json()["total"]["count"] == 1);

    // A district: its own office only.
    const Response mine = summary(o.chaoyang, "?year=2026");
    BOOST_TEST_REQUIRE(mine.status == 200u, mine.body);
    BOOST_TEST(mine.json()["office"] == "朝阳区");
    BOOST_REQUIRE(mine.json()["offices"].size() == 1u);
    check_chaoyang(mine.json()["offices"][0]);
    check_chaoyang(mine.json()["total"]);
    BOOST_TEST(mine.json()["rows"][0]["office"] == "朝阳区");
    BOOST_TEST(summary(o.chaoyang, "?year=2026&office=%E6%9C%9D%E9%98%B3%E5%8C%BA").status == 200u);  // 朝阳区
    const Response other = summary(o.chaoyang, "?year=2026&office=%E5%8D%97%E5%85%B3%E5%8C%BA");
    expect_error(other, 403, "forbidden", "");
    BOOST_TEST(other.json()["error"]["message"] == "只能查看本部门的汇总");
    BOOST_TEST(summary(o.chaoyang, "?year=2026&office=%E5%B8%82%E4%BA%BA%E7%A4%BE%E5%B1%80").status == 403u);  // 市人社局
    BOOST_TEST(summary(nanguan, "?year=2026").json()["total"]["count"] == 1);

    // Staff 403, no session 401, the year required and 2020..2100.
    BOOST_TEST(summary(o.alice, "?year=2026").status == 403u);
    BOOST_TEST(http_request(port, verb::get, "/api/v1/reports/summary?year=2026").status == 401u);
    for (const char* bad : {"", "?year=", "?year=abc", "?year=2019", "?year=2101", "?year=2026x", "?year=2026&x=1"})
        expect_error(summary(city, bad), 400, "invalid_parameter", "");
    BOOST_TEST(http_request(port, verb::post, "/api/v1/reports/summary?year=2026", bearer(city), "{}").status == 405u);
    // Another year: every total 0.
    const json empty = summary(city, "?year=2025").json();
    BOOST_TEST(empty["rows"].empty());
    BOOST_TEST(empty["total"]["count"] == 0);
    BOOST_TEST(empty["total"]["counts"]["publicized"] == 0);
}

BOOST_AUTO_TEST_SUITE_END()
