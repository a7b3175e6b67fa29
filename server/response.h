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

// Browser security headers (docs/server.md). API answers and errors are data,
// never a page: their policy allows nothing. Static files replace it with the
// app's own (app_content_security_policy() in server/static_files.h).
constexpr const char* kApiContentSecurityPolicy =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// Powerful features the app does not use, off for it and anything it embeds.
// (Clipboard and fullscreen stay allowed: the app pastes and may go full screen.)
constexpr const char* kPermissionsPolicy =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), "
    "bluetooth=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()";

// Server, Connection (keep-alive) and the security headers that act on any
// response: no MIME sniffing, no referrer.
template <class Body>
void set_base_headers(http::response<Body>& res, bool keep_alive) {
    res.set(http::field::server, "SkillAid/" SKILLAID_VERSION);
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", "no-referrer");
    res.keep_alive(keep_alive);
}

// The security headers that act only where a response is a document (a page, a
// worker's script, anything a browser may open or frame): its policy, no
// framing, no powerful features. A script, style sheet, wasm or font the page
// loads runs under the page's own headers, so these are not repeated on them
// (~550 bytes each on a slow link; set_file_headers in server/static_files.cpp).
template <class Body>
void set_document_headers(http::response<Body>& res, const std::string& content_security_policy) {
    res.set("Content-Security-Policy", content_security_policy);
    res.set("X-Frame-Options", "DENY");  // frame-ancestors for browsers without CSP level 2
    res.set("Permissions-Policy", kPermissionsPolicy);
}

// Every API answer and error: the base headers and, since one may be opened
// as a page, the document headers with the deny-all policy.
template <class Body>
void set_common_headers(http::response<Body>& res, bool keep_alive) {
    set_base_headers(res, keep_alive);
    set_document_headers(res, kApiContentSecurityPolicy);
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
    // This thread's origin ("" when none): for a reply built later, on another thread.
    static const std::string& current();

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
// An error that passes (429, 503): "<reason>, 请 N 秒后再试" and Retry-After: N.
http::response<http::string_body> retry_later_response(unsigned version, bool keep_alive, http::status status,
                                                       const std::string& code, const std::string& reason,
                                                       long long retry_after_seconds);
Reply not_found_reply(const Request& req);
Reply method_not_allowed_reply(const Request& req, const char* allow);  // 405 with Allow

// The path part of a request target: what comes before '?' or '#'.
std::string_view target_path(std::string_view target);
// The query of a request target as name=value pairs, in order, not decoded.
std::vector<std::pair<std::string_view, std::string_view>> query_pairs(std::string_view target);
// "%2e%2e" -> ".."; nullopt for a malformed escape.
std::optional<std::string> percent_decode(std::string_view in);

}  // namespace skillaid::server
