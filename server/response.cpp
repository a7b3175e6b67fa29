#include "server/response.h"

#include <utility>

namespace skillaid::server {

static thread_local std::string t_cors_origin;  // set by CorsScope (Api::handle)

CorsScope::CorsScope(std::string origin) : previous_(std::exchange(t_cors_origin, std::move(origin))) {}
CorsScope::~CorsScope() { t_cors_origin = std::move(previous_); }
const std::string& CorsScope::current() { return t_cors_origin; }

void set_cors_headers(http::fields& headers) {
    if (t_cors_origin.empty())
        return;
    headers.set(http::field::access_control_allow_origin, t_cors_origin);
    headers.set(http::field::access_control_expose_headers, "Retry-After");
    headers.set(http::field::vary, "Origin");
}

nlohmann::json error_body(const std::string& code, const std::string& message, const std::string& path) {
    return {{"error", {{"code", code}, {"message", message}, {"path", path}}}};
}

http::response<http::string_body> retry_later_response(unsigned version, bool keep_alive, http::status status,
                                                       const std::string& code, const std::string& reason,
                                                       long long retry_after_seconds) {
    const std::string seconds = std::to_string(retry_after_seconds);
    auto res = json_response(version, keep_alive, status, error_body(code, reason + ", 请 " + seconds + " 秒后再试", ""));
    res.set(http::field::retry_after, seconds);
    return res;
}

http::response<http::string_body> json_response(unsigned version, bool keep_alive, http::status status,
                                                const nlohmann::json& body) {
    http::response<http::string_body> res{status, version};
    set_common_headers(res, keep_alive);
    res.set(http::field::content_type, "application/json; charset=utf-8");
    res.set(http::field::cache_control, "no-store");
    set_cors_headers(res);
    // Invalid UTF-8 (e.g. echoed from a request target) is replaced, never thrown.
    res.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    res.prepare_payload();
    return res;
}

Reply json_reply(const Request& req, http::status status, const nlohmann::json& body) {
    return make_reply(json_response(req.version(), req.keep_alive(), status, body));
}

Reply error_reply(const Request& req, http::status status, const std::string& code,
                  const std::string& message, const std::string& path) {
    return json_reply(req, status, error_body(code, message, path));
}

Reply not_found_reply(const Request& req) {
    const std::string path(target_path(req.target()));
    return error_reply(req, http::status::not_found, "not_found", "找不到 " + path);
}

Reply method_not_allowed_reply(const Request& req, const char* allow) {
    const std::string method(req.method_string());
    auto res = json_response(req.version(), req.keep_alive(), http::status::method_not_allowed,
                             error_body("method_not_allowed", "此地址不支持 " + method + " 请求, 只支持 " + allow, ""));
    res.set(http::field::allow, allow);
    return make_reply(std::move(res));
}

std::string_view target_path(std::string_view target) {
    const size_t end = target.find_first_of("?#");
    return end == std::string_view::npos ? target : target.substr(0, end);
}

std::vector<std::pair<std::string_view, std::string_view>> query_pairs(std::string_view target) {
    std::vector<std::pair<std::string_view, std::string_view>> pairs;
    const std::size_t question = target.find('?');
    std::string_view query = question == std::string_view::npos ? "" : target.substr(question + 1);
    query = query.substr(0, query.find('#'));
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? "" : query.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        pairs.emplace_back(pair.substr(0, eq), eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    }
    return pairs;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::optional<std::string> percent_decode(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size(); i++) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size())
            return std::nullopt;
        const int hi = hex_value(in[i + 1]);
        const int lo = hex_value(in[i + 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

}  // namespace skillaid::server
