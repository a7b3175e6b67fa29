// Structured logging: one JSON object per line on stderr, e.g.
//   {"time":"2026-03-02T08:00:00Z","event":"listening","url":"http://127.0.0.1:8080/"}
// Safe to call from any thread.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace skillaid::server {

// The current time, UTC, as 2026-03-02T08:00:00Z.
std::string utc_now_iso8601();

// Writes {"time": <UTC now>, "event": event, ...fields} as one line.
// `fields` must be a JSON object (or null for none).
void log_event(const std::string& event, nlohmann::json fields = nullptr);

}  // namespace skillaid::server
