// The JSON of a submission, shared by the submissions, review and report
// endpoints (submissions.cpp, review.cpp, reports.cpp): the summary (list items
// and receipts), the history as the caller may see it, the detail.
#pragma once
#include "server/store.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace skillaid::server {

constexpr std::size_t kUuidLength = 36;  // 8-4-4-4-12 hex digits
constexpr const char* kIdempotencyHeader = "Idempotency-Key";

// Lower-cased UUID, or "" when `text` is not one.
std::string normalize_uuid(std::string text);

// The figures and status, with the public notice's dates (engine review_dates)
// and "overdue" as of `today` (YYYY-MM-DD in China).
nlohmann::json summary_json(const Submission& s, const std::string& today);
// The trainees the register's history refused or reduced (claims; [] otherwise).
nlohmann::json register_json(const Submission& s);
// The events of one submission, oldest first. "by": the login for a reviewer
// caller; for staff, a reviewer's step shows the reviewer's office.
nlohmann::json history_json(const std::vector<SubmissionEvent>& events, const User& caller);
// summary + history + what was submitted, the server's estimate, route, register.
nlohmann::json detail_json(const Submission& s, const std::vector<SubmissionEvent>& events, const User& caller,
                           const std::string& today);

}  // namespace skillaid::server
