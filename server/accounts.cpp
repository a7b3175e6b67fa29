// Accounts over HTTP: login (Argon2id check, growing delays per login name and
// client address, and per address; a cap on simultaneous checks), logout, me, and the Bearer-token check of every
// protected request. Accounts are made with `skillaid-server admin` (admin.cpp).
#include "server/api.h"
#include "server/log.h"
#include "server/schema.h"
#include "server/submission_json.h"

#include <algorithm>
#include <ctime>

namespace skillaid::server {

using nlohmann::json;

constexpr std::string_view kBearerPrefix = "Bearer ";

static std::string iso8601_utc(std::time_t t) {
    std::tm tm_utc{};
    gmtime_r(&t, &tm_utc);
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm_utc);
    return buf;
}

json user_json(const User& user) {
    json j = {{"login", user.login}, {"role", user.role}, {"organisation", nullptr}, {"office", nullptr}};
    if (user.role == "staff")
        j["organisation"] = {{"uscc", user.organisation.uscc}, {"name", user.organisation.name}};
    else
        j["office"] = user.office;
    return j;
}

// The token of "Authorization: Bearer <64 hex digits>", or "" when absent or malformed.
static std::string bearer_token(const Request& req) {
    const std::string_view header = req[http::field::authorization];
    if (!header.starts_with(kBearerPrefix))
        return "";
    const std::string_view token = header.substr(kBearerPrefix.size());
    const bool hex = token.size() == kTokenBytes * 2 &&
                     std::all_of(token.begin(), token.end(), [](char c) {
                         return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                     });
    return hex ? std::string(token) : "";
}

std::optional<User> Api::authenticate(const Request& req) {
    const std::string token = bearer_token(req);
    if (token.empty())
        return std::nullopt;
    return store_.session_user(sha256_hex(token), static_cast<long long>(std::time(nullptr)));
}

std::optional<User> Api::authenticate_for_submission(const Request& req, RepeatCheck& repeat) {
    repeat = RepeatCheck{};
    const std::string key = normalize_uuid(std::string(req[kIdempotencyHeader]));
    if (key.empty())
        return authenticate(req);
    const std::string token = bearer_token(req);
    if (token.empty())
        return std::nullopt;
    Store::SessionAndSubmission found =
        store_.session_user_and_submission(sha256_hex(token), static_cast<long long>(std::time(nullptr)), key);
    repeat.id = key;
    repeat.submission = std::move(found.submission);
    return found.user;
}

Reply Api::login(const Request& req, const std::string& client_address) {
    const json body = parse_body(req.body());
    check_members(body, "", {"login", "password"});
    const std::string login = read_string(body, "login", "", kMaxLoginBytes);
    const std::string password = read_string(body, "password", "", kMaxPasswordLength);

    // The attempt is counted as failed before the Argon2 check (simultaneous
    // attempts cannot race past the limits), and given back if it succeeds.
    const std::string pair_key = login + " " + client_address;
    LoginThrottle::Reservation pair{}, address{};
    long long wait = login_failures_by_pair_.reserve(pair_key, pair);
    if (wait == 0) {
        wait = login_failures_by_address_.reserve(client_address, address);
        if (wait > 0)
            login_failures_by_pair_.release(pair_key, pair);
    }
    if (wait > 0) {
        log_event("login_rate_limited", {{"login", login}, {"address", client_address}, {"retry_after", wait}});
        return rate_limited_reply(req, wait, "登录失败次数过多");
    }
    const PasswordHashSlot slot;  // at most kMaxConcurrentPasswordHashes Argon2 checks (64 MiB each) at once
    if (!slot.taken()) {
        login_failures_by_pair_.release(pair_key, pair);
        login_failures_by_address_.release(client_address, address);
        log_event("login_busy", {{"login", login}, {"address", client_address}});
        return make_reply(retry_later_response(req.version(), req.keep_alive(), http::status::service_unavailable,
                                               "login_busy", "同时登录的人数过多", kLoginBusyRetrySeconds));
    }

    const std::optional<User> user = store_.find_user(login);
    bool ok = false;
    if (user)
        ok = verify_password(user->password_hash, password);
    else
        verify_dummy_password(password);  // same time for an unknown login
    if (!ok) {
        login_failures_by_pair_.failed(pair_key, pair);
        login_failures_by_address_.failed(client_address, address);
        log_event("login_failed", {{"login", login}, {"address", client_address}});
        return error_reply(req, http::status::unauthorized, "invalid_credentials", "登录名或密码错误");
    }
    login_failures_by_pair_.clear(pair_key);
    login_failures_by_address_.release(client_address, address);

    const std::string token = new_token();
    const std::time_t now = std::time(nullptr);
    const std::time_t expires = now + std::chrono::duration_cast<std::chrono::seconds>(kSessionLifetime).count();
    store_.create_session(sha256_hex(token), user->id, static_cast<long long>(expires), iso8601_utc(now));
    log_event("login", {{"login", login}, {"address", client_address}});
    return json_reply(req, http::status::ok,
                      {{"token", token},
                       {"token_type", "Bearer"},
                       {"expires_at", iso8601_utc(expires)},
                       {"expires_in", static_cast<long long>(expires - now)},
                       {"user", user_json(*user)}});
}

Reply Api::logout(const Request& req) {
    const std::string token = bearer_token(req);
    if (token.empty() || !authenticate(req))
        return unauthenticated_reply(req);
    store_.delete_session(sha256_hex(token));
    return json_reply(req, http::status::ok, {{"status", "logged_out"}});
}

Reply Api::me(const Request& req) {
    const std::optional<User> user = authenticate(req);
    if (!user)
        return unauthenticated_reply(req);
    return json_reply(req, http::status::ok, {{"user", user_json(*user)}});
}

}  // namespace skillaid::server
