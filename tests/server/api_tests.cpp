// /api/v1: health, the engine's estimate and deadlines, and input errors.
#include "tests/server/harness.h"

#include <boost/test/unit_test.hpp>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

static const Headers kJson = {{"Content-Type", "application/json"}};

BOOST_AUTO_TEST_SUITE(api)

BOOST_AUTO_TEST_CASE(health) {
    RunningServer server;
    const Response r = http_request(server.port, verb::get, "/api/v1/health");
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.header("content-type") == "application/json; charset=utf-8");
    const json body = r.json();
    BOOST_TEST(body["status"] == "ok");
    BOOST_TEST(body["store"] == "sqlite");
    BOOST_TEST(body["schema_version"] == 6);  // migration 6: PostgreSQL's change sequence
    BOOST_TEST(body["version"].is_string());
    BOOST_TEST(!body["version"].get<std::string>().empty());
}

BOOST_AUTO_TEST_CASE(estimate_returns_the_engine_answer) {
    RunningServer server;
    const json scenario = {{"scheme", "pre_job"},        {"date", "2026-03-02"}, {"occupation", "计算机程序设计员"},
                           {"hours", {{"offline", 120}}}, {"count", 30}};
    const Response r = http_request(server.port, verb::post, "/api/v1/estimate", kJson, scenario.dump());
    BOOST_TEST(r.status == 200u);
    const json body = r.json();
    BOOST_TEST(body["eligible"] == true);
    BOOST_TEST(body["total"].get<double>() == 36000.0);
    BOOST_TEST(body["items"].is_array());
}

BOOST_AUTO_TEST_CASE(estimate_input_error_is_400_with_code_and_path) {
    RunningServer server;
    const json scenario = {{"scheme", "pre_job"},        {"date", "2026-03-02"}, {"occupation", "不存在的职业"},
                           {"hours", {{"offline", 120}}}, {"count", 30}};
    const Response r = http_request(server.port, verb::post, "/api/v1/estimate", kJson, scenario.dump());
    BOOST_TEST(r.status == 400u);
    const json error = r.json()["error"];
    BOOST_TEST(!error["code"].get<std::string>().empty());
    BOOST_TEST(error["path"] == "/occupation");
    BOOST_TEST(!error["message"].get<std::string>().empty());

    const Response bad_date = http_request(server.port, verb::post, "/api/v1/estimate", kJson,
                                           R"({"scheme":"pre_job","date":"2026-02-30","occupation":1,"count":1})");
    BOOST_TEST(bad_date.status == 400u);
    BOOST_TEST(bad_date.json()["error"]["path"] == "/date");
}

BOOST_AUTO_TEST_CASE(deadlines_returns_the_engine_answer) {
    RunningServer server;
    const Response r = http_request(server.port, verb::post, "/api/v1/deadlines", kJson,
                                    R"({"event":"class_opening","date":"2026-03-02"})");
    BOOST_TEST(r.status == 200u);
    const json body = r.json();
    BOOST_TEST(body["deadlines"].is_array());
    BOOST_TEST(!body["deadlines"].empty());

    const Response unknown = http_request(server.port, verb::post, "/api/v1/deadlines", kJson,
                                          R"({"event":"party","date":"2026-03-02"})");
    BOOST_TEST(unknown.status == 400u);
    BOOST_TEST(unknown.json()["error"]["path"] == "/event");
}

BOOST_AUTO_TEST_CASE(invalid_json_is_400) {
    RunningServer server;
    for (const char* body : {"{\"scheme\": ", "not json", ""}) {
        const Response r = http_request(server.port, verb::post, "/api/v1/estimate", kJson, body);
        BOOST_TEST_CONTEXT(body) {
            BOOST_TEST(r.status == 400u);
            BOOST_TEST(r.json()["error"]["code"] == "invalid_json");
            BOOST_TEST(r.json()["error"]["path"] == "");
        }
    }
}

BOOST_AUTO_TEST_CASE(too_deep_json_is_400) {
    RunningServer server;
    const std::string deep = std::string(1000, '[') + std::string(1000, ']');
    const Response r = http_request(server.port, verb::post, "/api/v1/estimate", kJson, deep);
    BOOST_TEST(r.status == 400u);
    BOOST_TEST(r.json()["error"]["code"] == "json_too_deep");
}

BOOST_AUTO_TEST_CASE(oversized_body_is_413) {
    RunningServer server;
    const std::string big = "{\"pad\":\"" + std::string((1u << 20) + 1000, 'x') + "\"}";
    const Response r = http_request(server.port, verb::post, "/api/v1/estimate", kJson, big);
    BOOST_TEST(r.status == 413u);
    BOOST_TEST(r.json()["error"]["code"] == "body_too_large");
    BOOST_TEST(r.header("connection") == "close");
    // The server is still fine.
    BOOST_TEST(http_request(server.port, verb::get, "/api/v1/health").status == 200u);
}

BOOST_AUTO_TEST_CASE(wrong_method_and_unknown_endpoint) {
    RunningServer server;
    const Response get_estimate = http_request(server.port, verb::get, "/api/v1/estimate");
    BOOST_TEST(get_estimate.status == 405u);
    BOOST_TEST(get_estimate.header("allow") == "POST");
    const Response post_health = http_request(server.port, verb::post, "/api/v1/health", kJson, "{}");
    BOOST_TEST(post_health.status == 405u);
    const Response unknown = http_request(server.port, verb::get, "/api/v1/nothing");
    BOOST_TEST(unknown.status == 404u);
    BOOST_TEST(unknown.json()["error"]["code"] == "not_found");
}

BOOST_AUTO_TEST_SUITE_END()
