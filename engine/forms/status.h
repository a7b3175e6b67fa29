// The status of a submission on the server, and the moves a reviewer may make:
// the one table both the server (server/review.cpp) and the app (ui/) read,
// so a label never means two states.
//
//   received 已接收 --accept--> accepted 已受理 --publicize--> publicized 公示中 --pay--> paid 已拨付
//   received, accepted, publicized --return (reason)--> returned 已退回
// publicize and pay are for claims (kind "claim") only: the public notice of
// 5 working days and the payment within 30 working days after it (二(一));
// every other kind ends at accepted (or returned).
#pragma once
#include <span>
#include <string_view>

namespace skillaid {

struct SubmissionStatus {
    const char* id;     // stored and sent: "received", ...
    const char* label;  // Chinese (engine/forms/texts.h)
};

// One row per (action, from): an action allowed from several states has several rows.
struct StatusMove {
    const char* action;  // the review request's "action"
    const char* from;
    const char* to;
    bool needs_reason = false;   // "reason" required (non-blank)
    bool needs_date = false;     // "date" required (YYYY-MM-DD)
    bool needs_voucher = false;  // "voucher" required
    bool claims_only = false;    // only for kind "claim"
};

struct StatusAction {
    const char* id;     // "accept", "return", "publicize", "pay"
    const char* label;  // Chinese: 受理, 退回, 开始公示, 记录拨付
};

std::span<const SubmissionStatus> submission_statuses();
std::span<const StatusMove> status_moves();
std::span<const StatusAction> status_actions();
const SubmissionStatus* find_submission_status(std::string_view id);  // null when unknown
// The move of `action` from status `from`; null when that action is not allowed from there.
const StatusMove* find_status_move(std::string_view action, std::string_view from);
// The label of a status id, text::status_unknown when unknown.
const char* submission_status_label(std::string_view id);
// The label of an action id, "" when unknown.
const char* status_action_label(std::string_view action);
// True when `action` exists and is for claims only (publicize, pay).
bool status_move_needs_claim(std::string_view action);

}  // namespace skillaid
