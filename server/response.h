// Response helpers shared by the static files and the API: common headers,
// JSON bodies and the one error shape {"error": {"code", "message", "path"}}.
#pragma once
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace skillaid::server {

namespace http = boost::beast::http;

using Request = http::request<http::string_body>;

// A response ready to write, with its status kept for the access log.
struct Reply {
    http::status status;
    http::message_generator message;
};

// Server, X-Content-Type-Options and Connection (keep-alive) on every response.
template <class Body>
void set_common_headers(http::response<Body>& res, bool keep_alive) {
    res.set(http::field::server, "SkillAid/" SKILLAID_VERSION);
    res.set("X-Content-Type-Options", "nosniff");
    res.keep_alive(keep_alive);
}

template <class Body>
Reply make_reply(http::response<Body>&& res) {
    const http::status status = res.result();
    return Reply{status, http::message_generator(std::move(res))};
}

// CORS (--allow-origin): while a CorsScope lives on this thread, JSON
// responses carry Access-Control-Allow-Origin for `origin` (API answers are
// built synchronously on the thread that handles the request). Empty: none.
class CorsScope {
public:
    explicit CorsScope(std::string origin);
    ~CorsScope();
    CorsScope(const CorsScope&) = delete;
    CorsScope& operator=(const CorsScope&) = delete;

private:
    std::string previous_;
};
// Adds the CORS answer headers for the current scope's origin, if any.
void set_cors_headers(http::fields& headers);

// {"error": {...}}: code is a stable English id, message Chinese, path a JSON Pointer.
nlohmann::json error_body(const std::string& code, const std::string& message, const std::string& path);

// A JSON response (Cache-Control: no-store). With keep_alive false it closes.
http::response<http::string_body> json_response(unsigned version, bool keep_alive, http::status status,
                                                const nlohmann::json& body);
Reply json_reply(const Request& req, http::status status, const nlohmann::json& body);

Reply error_reply(const Request& req, http::status status, const std::string& code,
                  const std::string& message, const std::string& path = "");
Reply not_found_reply(const Request& req);
Reply method_not_allowed_reply(const Request& req, const char* allow);  // 405 with Allow

// The path part of a request target: what comes before '?' or '#'.
std::string_view target_path(std::string_view target);
// The query of a request target as name=value pairs, in order, not decoded.
std::vector<std::pair<std::string_view, std::string_view>> query_pairs(std::string_view target);
// "%2e%2e" -> ".."; nullopt for a malformed escape.
std::optional<std::string> percent_decode(std::string_view in);

}  // namespace skillaid::server
