// The JSON API under /api/v1 (reference: docs/server.md):
//   GET  /api/v1/health                      {"status":"ok","version","store","schema_version"}
//   POST /api/v1/estimate                    scenario -> skillaid::estimate_json
//   POST /api/v1/deadlines                   event    -> skillaid::deadlines_for_event
//   GET  /api/v1/calendar                    official calendar years {"years":[{year,source,digest}],"first_year","last_year"}
//   GET  /api/v1/calendar/{year}             that year's file, byte for byte (404 calendar_year_not_found)
//   POST /api/v1/login                       {"login","password"} -> session token (accounts.cpp)
//   POST /api/v1/logout, GET /api/v1/me      (Authorization: Bearer <token>)
//   POST /api/v1/submissions                 idempotent, checked against the engine (submissions.cpp)
//   GET  /api/v1/submissions?since=N&limit=M the caller's submissions changed after cursor N
//   GET  /api/v1/submissions/{id}            one, with its history
//   POST /api/v1/submissions/{id}/review     reviewer: accept | return | publicize | pay (review.cpp),
//                                            dated (二(一)), once per Idempotency-Key
//   GET  /api/v1/reports/summary?year=YYYY[&office=NAME]
//                                            reviewer: claims per office and business (reports.cpp);
//                                            the city bureau every office, a district its own
//   POST /api/v1/history-check               the register's counts per trainee (register.cpp)
// Errors: {"error": {"code", "message", "path"}}; 400 bad input, 401 no valid
// session, 403 wrong role, 404 not found (also another organisation's or
// office's item), 409 conflict, 422 refused content, 429 rate limit
// (Retry-After), 503 store unreachable. The body-size limit (413) is enforced
// while reading, in http.cpp. Request bodies may be gzip (Content-Encoding:
// gzip, inflated here up to kMaxInflatedBodyBytes, else 413; other codings
// 415). With --allow-origin, that origin gets CORS headers and preflights.
#pragma once
#include "engine/date.h"
#include "server/auth.h"
#include "server/response.h"
#include "server/store.h"

#include <chrono>
#include <exception>
#include <functional>
#include <optional>

namespace skillaid::server {

constexpr const char* kApiPrefix = "/api/";
constexpr int kMaxJsonDepth = 64;        // nesting of objects/arrays in a request body
constexpr int kChinaUtcOffsetHours = 8;  // "today" for the engine is the date in China (no DST)

// Login throttling (LoginThrottle in auth.h; docs/server.md "Login limits"): per login name *and*
// client address, delays from the first failure on; per address over all names, after a free allowance.
constexpr int kLoginFreeFailuresPerPair = 0;
constexpr auto kLoginMaxDelayPerPair = std::chrono::minutes(15);
constexpr int kLoginFreeFailuresPerAddress = 30;
constexpr auto kLoginMaxDelayPerAddress = std::chrono::minutes(1);
constexpr int kLoginBusyRetrySeconds = 1;  // Retry-After of a 503 when kMaxConcurrentPasswordHashes are running
constexpr auto kSessionLifetime = std::chrono::hours(12);
constexpr int kDefaultSubmissionsPerMinute = 300;     // per user; --submission-rate changes it
constexpr auto kSubmissionWindow = std::chrono::minutes(1);
constexpr std::size_t kMaxLoginBytes = 64;
constexpr std::size_t kMaxNameBytes = 200;            // organisation name
constexpr std::size_t kMaxShortTextBytes = 64;        // district, ownership, ...
constexpr std::size_t kMaxReasonBytes = 2000;         // a reviewer's reason
constexpr std::size_t kMaxVoucherBytes = 64;          // a payment's voucher number, trimmed
constexpr int kReportFirstYear = 2020;                // GET /api/v1/reports/summary?year=
constexpr int kReportLastYear = 2100;
constexpr const char* kCityOffice = "市人社局";       // the city bureau: its reviewers see every office's report
constexpr int kSubmissionListDefaultLimit = 100;
constexpr std::size_t kMaxInflatedBodyBytes = 4u << 20;  // a gzip request body, once inflated; beyond: 413
constexpr int kCorsMaxAgeSeconds = 600;                   // browsers may cache a preflight answer this long
constexpr int kDefaultHistoryChecksPerMinute = 30;        // per user; --history-check-rate changes it
constexpr std::size_t kMaxHistoryCheckTrainees = 500;     // IDs in one history-check (then 413)

struct ApiOptions {
    int submissions_per_minute = kDefaultSubmissionsPerMinute;
    bool trust_proxy = false;  // take the client address from X-Real-IP when the peer is loopback
    std::string allow_origin;  // --allow-origin: this page origin may call /api/v1 (CORS); empty: same origin only
    int history_checks_per_minute = kDefaultHistoryChecksPerMinute;
    std::string register_key;  // the real-name register's HMAC secret (<data-dir>/register.key)
};

// Delivers a request's reply; called exactly once, perhaps on another thread.
using Answer = std::function<void(Reply)>;

class Api {
public:
    Api(Store& store, ApiOptions options = {});
    // `peer`: the connection's remote address (for per-address login limits).
    // Every reply is given to `answer`: before handle returns, except a new
    // submission's, given once the COMMIT holding it has returned (on the
    // store's commit thread: Store::insert_submission_then).
    void handle(const Request& req, const std::string& peer, const Answer& answer);

private:
    // nullopt: the reply goes to `answer` later. `cors`: from the allowed origin.
    std::optional<Reply> handle_now(const Request& req, const std::string& peer, bool cors, const Answer& answer);
    std::optional<Reply> dispatch(const Request& req, const std::string& peer, const Answer& answer);
    // The reply to an exception thrown while handling `req` (400, 413, 503, 500; logged).
    Reply exception_reply(const Request& req, std::exception_ptr error) const;
    Reply preflight(const Request& req) const;
    Reply calendar(const Request& req, std::string_view path) const;
    // accounts.cpp
    Reply login(const Request& req, const std::string& client_address);
    Reply logout(const Request& req);
    Reply me(const Request& req);
    std::optional<User> authenticate(const Request& req);
    // authenticate, and the submission whose id is the request's Idempotency-Key
    // (read with the session: Store::session_user_and_submission); no lookup
    // without a valid key.
    struct RepeatCheck {
        std::string id;                         // the key, normalized; "" when none
        std::optional<Submission> submission;   // stored under it (any organisation's)
    };
    std::optional<User> authenticate_for_submission(const Request& req, RepeatCheck& repeat);
    // submissions.cpp
    std::optional<Reply> create_submission(const Request& req, const User& user, const RepeatCheck& repeat,
                                           const Answer& answer);
    Reply stored_submission_reply(const Request& req, const User& user, const std::string& body_hash,
                                  const Submission& stored, bool created) const;
    Reply list_submissions(const Request& req, const User& user);
    Reply get_submission(const Request& req, const User& user, const std::string& id);
    // review.cpp
    Reply review_submission(const Request& req, const User& user, const std::string& id);
    // reports.cpp
    Reply report_summary(const Request& req, const User& user);
    // register_api.cpp
    Reply history_check(const Request& req, const User& user);

    Store& store_;
    ApiOptions options_;
    LoginThrottle login_failures_by_pair_;     // "login address" (login names have no spaces)
    LoginThrottle login_failures_by_address_;
    RateLimiter submissions_by_user_;
    RateLimiter history_checks_by_user_;
};

// Shared by the API files.
nlohmann::json parse_body(const std::string& body);  // throws InputError (invalid_json, json_too_deep)
Date today_in_china();
std::string china_date_compact();                    // YYYYMMDD, for receipt numbers
nlohmann::json user_json(const User& user);
Reply unauthenticated_reply(const Request& req);     // 401 with WWW-Authenticate: Bearer
Reply forbidden_reply(const Request& req, const std::string& message);
Scope scope_of(const User& user);                    // staff: their organisation; reviewers: their office
Reply rate_limited_reply(const Request& req, long long retry_after_seconds, const std::string& message);

}  // namespace skillaid::server
