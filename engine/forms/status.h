// The status of a submission on the server, and the moves a reviewer may make:
// the one table both the server (server/submissions.cpp) and the app's outbox
// (ui/sync.cpp) read, so a label never means two states.
//
//   received 已接收 --accept--> accepted 已受理 --pay--> paid 已拨付
//            \--return--> returned 已退回
#pragma once
#include <span>
#include <string_view>

namespace skillaid {

struct SubmissionStatus {
    const char* id;     // stored and sent: "received", ...
    const char* label;  // Chinese (engine/forms/texts.h)
};

struct StatusMove {
    const char* action;  // the review request's "action"
    const char* from;
    const char* to;
};

std::span<const SubmissionStatus> submission_statuses();
std::span<const StatusMove> status_moves();
const SubmissionStatus* find_submission_status(std::string_view id);  // null when unknown
const StatusMove* find_status_move(std::string_view action);          // null when unknown
// The label of a status id, text::status_unknown when unknown.
const char* submission_status_label(std::string_view id);

}  // namespace skillaid
