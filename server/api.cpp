#include "server/api.h"

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/estimate.h"
#include "server/log.h"

#include <chrono>
#include <functional>

namespace skillaid::server {

using nlohmann::json;

// Today's date in China, whatever the host's time zone.
static Date today_in_china() {
    using namespace std::chrono;
    const auto now = system_clock::now() + hours(kChinaUtcOffsetHours);
    return civil_from_days(static_cast<long>(floor<days>(now).time_since_epoch().count()));
}

struct TooDeep {};

// The request body as JSON; throws InputError for invalid JSON or nesting
// deeper than kMaxJsonDepth (checked while parsing, before building it all).
static json parse_body(const std::string& body) {
    auto depth_guard = [](int depth, json::parse_event_t event, json&) {
        if ((event == json::parse_event_t::object_start || event == json::parse_event_t::array_start) &&
            depth >= kMaxJsonDepth)
            throw TooDeep{};
        return true;
    };
    try {
        return json::parse(body, depth_guard);
    } catch (const TooDeep&) {
        throw InputError("json_too_deep", "请求体的 JSON 嵌套超过 " + std::to_string(kMaxJsonDepth) + " 层", "");
    } catch (const json::parse_error& e) {
        throw InputError("invalid_json", "请求体不是有效的 JSON (第 " + std::to_string(e.byte) + " 字节附近)", "");
    }
}

// POST body -> engine -> 200 with its answer, or 400 with its InputError.
static Reply engine_reply(const Request& req, const std::function<json(const json&)>& engine) {
    try {
        return json_reply(req, http::status::ok, engine(parse_body(req.body())));
    } catch (const InputError& e) {
        return error_reply(req, http::status::bad_request, e.code, e.message, e.path);
    } catch (const std::exception& e) {
        // Anything else is a bug in the engine or here: log it, answer 500.
        log_event("internal_error", {{"target", std::string(req.target())}, {"what", e.what()}});
        return error_reply(req, http::status::internal_server_error, "internal_error", "服务器内部错误, 请稍后再试");
    }
}

Reply Api::handle(const Request& req) {
    const std::string_view path = target_path(req.target());
    const http::verb method = req.method();

    if (path == "/api/v1/health") {
        if (method != http::verb::get)
            return method_not_allowed_reply(req, "GET");
        return json_reply(req, http::status::ok,
                          {{"status", "ok"},
                           {"version", SKILLAID_VERSION},
                           {"store", "sqlite"},
                           {"schema_version", store_.schema_version()}});
    }
    if (path == "/api/v1/estimate") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        return engine_reply(req, [](const json& scenario) { return estimate_json(scenario, today_in_china()); });
    }
    if (path == "/api/v1/deadlines") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        return engine_reply(req, [](const json& event) { return deadlines_for_event(event); });
    }
    return not_found_reply(req);
}

}  // namespace skillaid::server
