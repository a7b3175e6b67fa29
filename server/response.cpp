#include "server/response.h"

namespace skillaid::server {

nlohmann::json error_body(const std::string& code, const std::string& message, const std::string& path) {
    return {{"error", {{"code", code}, {"message", message}, {"path", path}}}};
}

http::response<http::string_body> json_response(unsigned version, bool keep_alive, http::status status,
                                                const nlohmann::json& body) {
    http::response<http::string_body> res{status, version};
    set_common_headers(res, keep_alive);
    res.set(http::field::content_type, "application/json; charset=utf-8");
    res.set(http::field::cache_control, "no-store");
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

}  // namespace skillaid::server
