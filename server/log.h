// Structured logging: one JSON object per line on stderr, e.g.
//   {"time":"2026-03-02T08:00:00Z","event":"listening","url":"http://127.0.0.1:8080/"}
// Safe to call from any thread.
#pragma once
#include <nlohmann/json.hpp>
#include <cstddef>
#include <string>

namespace skillaid::server {

// The current time, UTC, as 2026-03-02T08:00:00Z.
std::string utc_now_iso8601();

// A string field longer than this is cut (at a UTF-8 boundary) and ends with
// "…[N bytes]", N its full length: a request cannot make the log repeat it.
constexpr std::size_t kMaxLoggedStringBytes = 200;

// Writes {"time": <UTC now>, "event": event, ...fields} as one line.
// `fields` must be a JSON object (or null for none); long strings are cut.
void log_event(const std::string& event, nlohmann::json fields = nullptr);

}  // namespace skillaid::server
