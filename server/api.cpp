#include "server/api.h"

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/estimate.h"
#include "server/json_text.h"
#include "server/log.h"

#include <boost/algorithm/string/predicate.hpp>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace skillaid::server {

using nlohmann::json;

constexpr const char* kSubmissionsPath = "/api/v1/submissions";
constexpr const char* kReviewSuffix = "/review";
constexpr const char* kCalendarPath = "/api/v1/calendar";
constexpr const char* kReportSummaryPath = "/api/v1/reports/summary";

Api::Api(Store& store, ApiOptions options)
    : store_(store),
      options_(options),
      login_failures_by_pair_(kLoginFreeFailuresPerPair, kLoginMaxDelayPerPair),
      login_failures_by_address_(kLoginFreeFailuresPerAddress, kLoginMaxDelayPerAddress),
      submissions_by_user_(static_cast<std::size_t>(options.submissions_per_minute), kSubmissionWindow),
      history_checks_by_user_(static_cast<std::size_t>(options.history_checks_per_minute), kSubmissionWindow) {}

// Today's date in China, whatever the host's time zone.
Date today_in_china() {
    using namespace std::chrono;
    const auto now = system_clock::now() + hours(kChinaUtcOffsetHours);
    return civil_from_days(static_cast<long>(floor<days>(now).time_since_epoch().count()));
}

std::string china_date_compact() {
    const Date d = today_in_china();
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d%02d%02d", static_cast<int>(d.year), static_cast<int>(d.month),
                  static_cast<int>(d.day));
    return buf;
}

// The request body as JSON (server/json_text.h); throws InputError for
// invalid JSON, a number beyond a double, or nesting deeper than kMaxJsonDepth
// (refused as the reader reaches it: linear, nothing deeper is built).
json parse_body(const std::string& body) {
    try {
        return read_json(body, kMaxJsonDepth);
    } catch (const JsonReadError& e) {
        switch (e.kind) {
        case JsonReadError::Kind::too_deep:
            throw InputError("json_too_deep", "请求体的 JSON 嵌套超过 " + std::to_string(kMaxJsonDepth) + " 层", "");
        case JsonReadError::Kind::number_out_of_range:  // 1e400, a 5,000-digit integer
            throw InputError("invalid_json", "请求体的 JSON 含超出范围的数字", "");
        case JsonReadError::Kind::syntax:
            break;
        }
        throw InputError("invalid_json", "请求体不是有效的 JSON (第 " + std::to_string(e.byte) + " 字节附近)", "");
    }
}

Reply unauthenticated_reply(const Request& req) {
    auto res = json_response(req.version(), req.keep_alive(), http::status::unauthorized,
                             error_body("unauthenticated", "请先登录 (缺少或无效的会话令牌, 或已过期)", ""));
    res.set(http::field::www_authenticate, "Bearer");
    return make_reply(std::move(res));
}

Reply forbidden_reply(const Request& req, const std::string& message) {
    return error_reply(req, http::status::forbidden, "forbidden", message);
}

Reply rate_limited_reply(const Request& req, long long retry_after_seconds, const std::string& message) {
    return make_reply(retry_later_response(req.version(), req.keep_alive(), http::status::too_many_requests,
                                           "rate_limited", message, retry_after_seconds));
}

enum class Inflate { ok, corrupt, too_large };

// A gzip body, inflated up to `limit` bytes.
static Inflate gunzip(const std::string& in, std::size_t limit, std::string& out) {
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)  // 16: gzip wrapper
        return Inflate::corrupt;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - zs.avail_out);
        if (out.size() > limit) {
            inflateEnd(&zs);
            return Inflate::too_large;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;  // truncated input
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END && zs.avail_in == 0 ? Inflate::ok : Inflate::corrupt;
}

// The answer to a CORS preflight (OPTIONS) from the allowed origin.
Reply Api::preflight(const Request& req) const {
    http::response<http::empty_body> res{http::status::no_content, req.version()};
    set_common_headers(res, req.keep_alive());
    set_cors_headers(res);
    res.set(http::field::access_control_allow_methods, "GET, POST, OPTIONS");
    res.set(http::field::access_control_allow_headers, "Authorization, Content-Type, Content-Encoding, Idempotency-Key");
    res.set(http::field::access_control_max_age, std::to_string(kCorsMaxAgeSeconds));
    return make_reply(std::move(res));
}

void Api::handle(const Request& req, const std::string& peer, const Answer& answer) {
    const bool cors = !options_.allow_origin.empty() && req[http::field::origin] == options_.allow_origin;
    CorsScope scope(cors ? options_.allow_origin : std::string());
    if (std::optional<Reply> reply = handle_now(req, peer, cors, answer))
        answer(std::move(*reply));
}

std::optional<Reply> Api::handle_now(const Request& req, const std::string& peer, bool cors, const Answer& answer) {
    if (cors && req.method() == http::verb::options)
        return preflight(req);
    try {
        const std::string_view encoding = req[http::field::content_encoding];
        if (encoding.empty() || boost::iequals(encoding, "identity"))
            return dispatch(req, peer, answer);
        if (!boost::iequals(encoding, "gzip"))
            return error_reply(req, http::status::unsupported_media_type, "unsupported_encoding",
                               "不支持的请求体编码 " + std::string(encoding) + ", 只接受 gzip", "");
        Request inflated{req.method(), req.target(), req.version()};
        inflated.base() = req.base();
        inflated.erase(http::field::content_encoding);
        switch (gunzip(req.body(), kMaxInflatedBodyBytes, inflated.body())) {
        case Inflate::too_large:
            return error_reply(req, http::status::payload_too_large, "body_too_large",
                               "解压后的请求体超过 " + std::to_string(kMaxInflatedBodyBytes >> 20) + " MiB 的上限", "");
        case Inflate::corrupt:
            return error_reply(req, http::status::bad_request, "invalid_gzip", "请求体不是有效的 gzip 数据", "");
        case Inflate::ok:
            break;
        }
        return dispatch(inflated, peer, answer);
    } catch (const std::exception&) {
        return exception_reply(req, std::current_exception());
    }
}

Reply Api::exception_reply(const Request& req, std::exception_ptr error) const {
    try {
        std::rethrow_exception(error);
    } catch (const InputError& e) {
        // More trainees than kMaxTrainees (engine/scenario.h): too large, not malformed.
        const http::status status =
            e.code == "too_many_trainees" ? http::status::payload_too_large : http::status::bad_request;
        return error_reply(req, status, e.code, e.message, e.path);
    } catch (const StoreError& e) {
        log_event("store_error", {{"target", std::string(req.target())}, {"what", e.what()}});
        return error_reply(req, http::status::service_unavailable, "store_unavailable", "数据库暂时不可用, 请稍后重试");
    } catch (const std::exception& e) {
        // Anything else is a bug in the engine or here: log it, answer 500.
        log_event("internal_error", {{"target", std::string(req.target())}, {"what", e.what()}});
        return error_reply(req, http::status::internal_server_error, "internal_error", "服务器内部错误, 请稍后再试");
    }
}

// GET /api/v1/calendar: the official years the engine computes with (embedded
// plus --calendar-dir), each with the digest of its file; GET
// /api/v1/calendar/{year}: that file's bytes as loaded, so that a browser's
// digest of what it got equals the listed one (docs/calendar.md).
Reply Api::calendar(const Request& req, std::string_view path) const {
    const WorkCalendar& cal = WorkCalendar::current();
    if (path == kCalendarPath) {
        json years = json::array();
        for (int year : cal.official_years())
            years.push_back({{"year", year}, {"source", cal.source(year)}, {"digest", cal.digest(year)}});
        return json_reply(req, http::status::ok,
                          {{"years", years}, {"first_year", cal.first_covered_year()}, {"last_year", cal.last_covered_year()}});
    }
    const std::string_view name = path.substr(std::string_view(kCalendarPath).size() + 1);
    int year = 0;
    const bool digits = name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) year = std::stoi(std::string(name));
    if (!digits || !cal.is_official(year))
        return error_reply(req, http::status::not_found, "calendar_year_not_found",
                           "没有 " + std::string(name) + " 年的正式节假日安排（该年按放假办法暂定，或年份无效）");
    auto res = json_response(req.version(), req.keep_alive(), http::status::ok, nullptr);
    res.body() = cal.year_file(year);
    res.prepare_payload();
    return make_reply(std::move(res));
}

std::optional<Reply> Api::dispatch(const Request& req, const std::string& peer, const Answer& answer) {
    const std::string_view path = target_path(req.target());
    const http::verb method = req.method();

    if (path == "/api/v1/health") {
        if (method != http::verb::get)
            return method_not_allowed_reply(req, "GET");
        return json_reply(req, http::status::ok,
                          {{"status", "ok"},
                           {"version", SKILLAID_VERSION},
                           {"store", store_.kind()},
                           {"schema_version", store_.schema_version()}});
    }
    if (path == "/api/v1/estimate") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        return json_reply(req, http::status::ok, estimate_json(parse_body(req.body()), today_in_china()));
    }
    if (path == "/api/v1/deadlines") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        return json_reply(req, http::status::ok, deadlines_for_event(parse_body(req.body())));
    }
    if (path == kCalendarPath || path.starts_with(std::string(kCalendarPath) + "/")) {
        if (method != http::verb::get)
            return method_not_allowed_reply(req, "GET");
        return calendar(req, path);
    }
    if (path == "/api/v1/login") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        // Behind a reverse proxy on this host, the client is whom the proxy names.
        std::string client = peer;
        if (options_.trust_proxy && (peer == "127.0.0.1" || peer == "::1") && !req["X-Real-IP"].empty())
            client = std::string(req["X-Real-IP"]);
        return login(req, client);
    }
    if (path == "/api/v1/logout") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        return logout(req);
    }
    if (path == "/api/v1/me") {
        if (method != http::verb::get)
            return method_not_allowed_reply(req, "GET");
        return me(req);
    }

    if (path == "/api/v1/history-check") {
        if (method != http::verb::post)
            return method_not_allowed_reply(req, "POST");
        const std::optional<User> user = authenticate(req);
        if (!user)
            return unauthenticated_reply(req);
        return history_check(req, *user);
    }
    if (path == kReportSummaryPath) {
        if (method != http::verb::get)
            return method_not_allowed_reply(req, "GET");
        const std::optional<User> user = authenticate(req);
        if (!user)
            return unauthenticated_reply(req);
        return report_summary(req, *user);
    }
    if (path == kSubmissionsPath) {
        if (method != http::verb::get && method != http::verb::post)
            return method_not_allowed_reply(req, "GET, POST");
        if (method == http::verb::get) {
            const std::optional<User> user = authenticate(req);
            if (!user)
                return unauthenticated_reply(req);
            return list_submissions(req, *user);
        }
        RepeatCheck repeat;
        const std::optional<User> user = authenticate_for_submission(req, repeat);
        if (!user)
            return unauthenticated_reply(req);
        return create_submission(req, *user, repeat, answer);
    }
    const std::string prefix = std::string(kSubmissionsPath) + "/";
    if (path.starts_with(prefix)) {
        std::string id(path.substr(prefix.size()));
        bool review = false;
        if (id.ends_with(kReviewSuffix)) {
            id.resize(id.size() - std::string_view(kReviewSuffix).size());
            review = true;
        }
        if (id.empty() || id.find('/') != std::string::npos)
            return not_found_reply(req);
        if (method != (review ? http::verb::post : http::verb::get))
            return method_not_allowed_reply(req, review ? "POST" : "GET");
        const std::optional<User> user = authenticate(req);
        if (!user)
            return unauthenticated_reply(req);
        return review ? review_submission(req, *user, id) : get_submission(req, *user, id);
    }
    return not_found_reply(req);
}

}  // namespace skillaid::server
