// Submitted forms checked with the app's own models (engine/forms): the
// examples of docs/examples are accepted, a form the app would refuse is 422
// with the app's Chinese message at its "/form/..." path, the scenario must be
// the one the form produces, status labels come from the status table.
// Runs on both stores (sync_harness.h).
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

namespace {

json read_example(const std::string& name) {
    std::ifstream in(std::string(SKILLAID_EXAMPLES_DIR) + "/" + name + ".json", std::ios::binary);
    if (!in)
        throw std::runtime_error("no example " + name);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

// The body of a 422 form_invalid answer's issues as {path: message}.
std::map<std::string, std::string> issues_of(const Response& r) {
    std::map<std::string, std::string> out;
    const json body = r.json();
    for (const json& issue : body["error"]["issues"])
        out[issue["path"].get<std::string>()] = issue["message"].get<std::string>();
    return out;
}

struct Staff {
    SyncEnv env;
    std::string token;
    Staff() {
        env.add_staff(kUsccA, "甲公司", "alice");
        token = login(env.port, "alice");
    }
    json body(int count = 3) { return submission_body(env.port, kUsccA, "朝阳区", count); }
    Response send(const json& body) { return submit(env.port, token, new_uuid(), body); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sync_forms)

BOOST_AUTO_TEST_CASE(every_example_is_accepted_with_labels_from_the_status_table) {
    SyncEnv env;
    for (const char* name : {"application", "claim", "competition_plan", "platform_application"}) {
        BOOST_TEST_CONTEXT(name) {
            const json example = read_example(name);
            const std::string login_name = std::string("staff_") + name;
            env.add_staff(example["organisation"]["uscc"], example["organisation"]["name"], login_name);
            const std::string token = login(env.port, login_name);
            const std::string key = new_uuid();
            const Response r = submit(env.port, token, key, example);
            BOOST_TEST_REQUIRE(r.status == 201u, r.body);
            BOOST_TEST(r.json()["kind"] == example["kind"]);
            BOOST_TEST(r.json()["status_label"] == "已接收");
            if (example.contains("client_estimate"))
                BOOST_TEST(r.json()["total_fen"] == example["client_estimate"]["total_fen"]);
            else
                BOOST_TEST(r.json()["total_fen"] == 0);

            const Response detail = http_request(env.port, verb::get, "/api/v1/submissions/" + key, bearer(token));
            BOOST_TEST(detail.json()["status_label"] == "已接收");
            BOOST_TEST(detail.json()["submitted"]["form"] == example["form"]);
            if (!example.contains("scenario")) {
                BOOST_TEST(detail.json()["submitted"]["scenario"].is_null());
                BOOST_TEST(detail.json()["server_estimate"].is_null());
            }

            // The receiving office accepts it: 已受理 in its detail and the submitter's list.
            const std::string office = r.json()["office"];
            const std::string reviewer = std::string("review_") + name;
            env.add_reviewer(office, reviewer);
            const Response accepted = http_request(env.port, verb::post, "/api/v1/submissions/" + key + "/review",
                                                   bearer(login(env.port, reviewer)), R"({"action":"accept"})");
            BOOST_TEST(accepted.status == 200u);
            BOOST_TEST(accepted.json()["status"] == "accepted");
            BOOST_TEST(accepted.json()["status_label"] == "已受理");
            const json list = http_request(env.port, verb::get, "/api/v1/submissions", bearer(token)).json();
            BOOST_TEST(list["items"][0]["status_label"] == "已受理");
            // A wrong move names the state and the actions it allows by their labels
            // (only a claim goes on to the public notice, 二(一)).
            const Response again = http_request(env.port, verb::post, "/api/v1/submissions/" + key + "/review",
                                                bearer(login(env.port, reviewer)), R"({"action":"accept"})");
            BOOST_TEST(again.status == 409u);
            BOOST_TEST(again.json()["error"]["message"] ==
                       std::string("当前状态为已受理，不能受理（可以：") +
                           (example["kind"] == "claim" ? "退回、开始公示" : "退回") + "）");
        }
    }
}

BOOST_AUTO_TEST_CASE(a_body_without_form_kind_is_read_as_the_current_release_sent_it) {
    Staff s;
    json body = s.body();
    body.erase("form_kind");
    body.erase("format_version");
    BOOST_TEST(s.send(body).status == 201u);
    // A claim and a competition plan: their one form kind.
    json claim = read_example("claim");
    claim.erase("form_kind");
    claim.erase("format_version");
    s.env.add_staff(claim["organisation"]["uscc"], "乙公司", "bob");
    BOOST_TEST(submit(s.env.port, login(s.env.port, "bob"), new_uuid(), claim).status == 201u);
}

BOOST_AUTO_TEST_CASE(a_form_the_app_would_refuse_is_422_with_its_message_and_path) {
    Staff s;
    {  // Missing company name.
        json body = s.body();
        body["form"]["company_name"] = "  ";
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "form_invalid");
        BOOST_TEST(r.json()["error"]["path"] == "/form/company_name");
        BOOST_TEST(r.json()["error"]["message"] == "企业名称：必填");
        BOOST_TEST((issues_of(r) == std::map<std::string, std::string>{{"/form/company_name", "企业名称：必填"}}));
    }
    {  // A bad resident ID in roster row 2 (its check character), the scenario agreeing.
        json body = s.body();
        std::string id = body["form"]["roster"][1]["id"];
        const char right = id.back();
        id.back() = right == '0' ? '1' : '0';
        body["form"]["roster"][1]["id"] = id;
        body["scenario"]["trainees"][1]["id"] = id;
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "form_invalid");
        BOOST_TEST(r.json()["error"]["path"] == "/form/roster/1/id");
        BOOST_TEST(r.json()["error"]["message"] ==
                   std::string("第2行 身份证号：第18位校验码应为 ") + right + "，现为 " + id.back());
    }
    {  // A bad USCC in the form, and a missing bank: two issues.
        json body = s.body();
        body["form"]["credit_code"] = "91220102MA00000152";
        body["form"]["bank"]["name"] = "";
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "form_invalid");
        auto issues = issues_of(r);
        BOOST_TEST_REQUIRE(issues.size() == 2u, r.body);
        BOOST_TEST(issues["/form/credit_code"] == "统一社会信用代码：第18位校验码应为 Y，现为 2");
        BOOST_TEST(issues["/form/bank/name"] == "开户银行：必填", r.body);
        BOOST_TEST(r.json()["error"]["message"].get<std::string>().find("表单有 2 处需要改正") == 0);
    }
    {  // Not a form body at all.
        json body = s.body();
        body["form"]["company_name"] = 5;
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "form_invalid");
        BOOST_TEST(r.json()["error"]["path"] == "/form");
        BOOST_TEST(!r.json()["error"]["message"].get<std::string>().empty());
    }
    // Nothing of that was stored.
    BOOST_TEST(http_request(s.env.port, verb::get, "/api/v1/submissions", bearer(s.token)).json()["items"].empty());
}

BOOST_AUTO_TEST_CASE(the_scenario_must_be_the_one_the_form_produces) {
    Staff s;
    {  // The roster does not match the scenario's trainees: one person fewer.
        json body = s.body(4);
        body["scenario"]["trainees"].erase(3);
        body["client_estimate"] = estimate_of(s.env.port, body["scenario"]);
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "scenario_mismatch");
        BOOST_TEST(r.json()["error"]["path"] == "/scenario/trainees/3");
        BOOST_TEST(r.json()["form_scenario"]["trainees"].size() == 4u);
    }
    {  // Another person in the scenario than in the roster.
        json body = s.body();
        body["scenario"]["trainees"][2]["id"] = resident_id(500);
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "scenario_mismatch");
        BOOST_TEST(r.json()["error"]["path"] == "/scenario/trainees/2/id");
    }
    {  // More hours in the scenario than in the form.
        json body = s.body();
        body["scenario"]["hours"]["offline"] = 160;
        body["client_estimate"] = estimate_of(s.env.port, body["scenario"]);
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "scenario_mismatch");
        BOOST_TEST(r.json()["error"]["path"] == "/scenario/hours/offline");
        BOOST_TEST(r.json()["error"]["message"].get<std::string>().find("120") != std::string::npos);
    }
    {  // A head count instead of the roster's people.
        json body = s.body();
        body["scenario"].erase("trainees");
        body["scenario"]["count"] = 3;
        body["client_estimate"] = estimate_of(s.env.port, body["scenario"]);
        const Response r = s.send(body);
        BOOST_TEST(r.status == 422u);
        BOOST_TEST(r.json()["error"]["code"] == "scenario_mismatch");
        BOOST_TEST(r.json()["error"]["path"] == "/scenario/trainees");
    }
}

BOOST_AUTO_TEST_CASE(form_kind_business_and_scenario_presence_agree_with_the_kind) {
    Staff s;
    struct Case {
        const char* name;
        std::function<void(json&)> change;
        unsigned status;
        const char* code;
        const char* path;
    };
    const std::vector<Case> cases = {
        {"a claim's form kind in an application", [](json& b) { b["form_kind"] = "claim"; }, 422,
         "form_kind_mismatch", "/form_kind"},
        {"unknown form kind", [](json& b) { b["form_kind"] = "wish"; }, 400, "invalid_value", "/form_kind"},
        {"form kind not a string", [](json& b) { b["form_kind"] = 1; }, 400, "wrong_type", "/form_kind"},
        {"format version from the future", [](json& b) { b["format_version"] = 2; }, 400, "invalid_value",
         "/format_version"},
        {"format version as text", [](json& b) { b["format_version"] = "1"; }, 400, "wrong_type", "/format_version"},
        {"another business than the form's", [](json& b) { b["business"] = "apprenticeship"; }, 422,
         "business_mismatch", "/business"},
        {"unknown business", [](json& b) { b["business"] = "mining"; }, 400, "invalid_value", "/business"},
        {"no client estimate", [](json& b) { b.erase("client_estimate"); }, 400, "missing_field",
         "/client_estimate"},
    };
    for (const Case& c : cases) {
        BOOST_TEST_CONTEXT(c.name) {
            json body = s.body();
            c.change(body);
            const Response r = s.send(body);
            BOOST_TEST(r.status == c.status);
            BOOST_TEST(r.json()["error"]["code"] == c.code);
            BOOST_TEST(r.json()["error"]["path"] == c.path);
        }
    }
    // The platform application has no estimate: a scenario is refused, and it
    // must be sent as a platform_application.
    json platform = read_example("platform_application");
    s.env.add_staff(platform["organisation"]["uscc"], "平台公司", "pat");
    const std::string pat = login(s.env.port, "pat");
    json with_scenario = platform;
    with_scenario["scenario"] = s.body()["scenario"];
    const Response r = submit(s.env.port, pat, new_uuid(), with_scenario);
    BOOST_TEST(r.status == 400u);
    BOOST_TEST(r.json()["error"]["code"] == "unknown_field");
    BOOST_TEST(r.json()["error"]["path"] == "/scenario");
    json as_application = platform;
    as_application["kind"] = "application";
    BOOST_TEST(submit(s.env.port, pat, new_uuid(), as_application).json()["error"]["code"] == "form_kind_mismatch");
    json unmet = platform;
    unmet["form"]["concurrent_learners"] = 10;
    const Response low = submit(s.env.port, pat, new_uuid(), unmet);
    BOOST_TEST(low.status == 422u);
    BOOST_TEST(low.json()["error"]["path"] == "/form/concurrent_learners");
}

// Every string blank, every number -1, every flag false: the model's issues
// must name members that are in the body sent (an API caller finds the field).
static void blank(json& value) {
    if (value.is_string())
        value = "";
    else if (value.is_number())
        value = -1;
    else if (value.is_boolean())
        value = false;
    else
        for (json& member : value)
            blank(member);
}

BOOST_AUTO_TEST_CASE(every_issue_path_is_in_the_body) {
    SyncEnv env;
    for (const char* name : {"application", "claim", "competition_plan", "platform_application"}) {
        BOOST_TEST_CONTEXT(name) {
            json example = read_example(name);
            const std::string login_name = std::string("staff_") + name;
            env.add_staff(example["organisation"]["uscc"], example["organisation"]["name"], login_name);
            blank(example["form"]);
            const Response r = submit(env.port, login(env.port, login_name), new_uuid(), example);
            BOOST_TEST_REQUIRE(r.status == 422u, r.body);
            BOOST_TEST(r.json()["error"]["code"] == "form_invalid");
            for (const auto& [path, message] : issues_of(r))
                BOOST_TEST(example.contains(json::json_pointer(path)), path << " " << message);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
