// A reviewer's moves (POST /api/v1/submissions/{id}/review), along the status
// table of engine/forms/status.h: accept, return (reason), and for claims the
// public notice (publicize on a date) and the payment (pay: voucher and date,
// after the notice's end and not in the future), dated by the engine's
// calendar (engine/forms/review_dates.h, 二(一)). Each move is stored once per
// Idempotency-Key: a repeat answers the current detail with "replayed": true.
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "server/api.h"
#include "server/log.h"
#include "server/schema.h"
#include "server/submission_json.h"

namespace skillaid::server {

using nlohmann::json;

constexpr const char* kClaimKind = "claim";  // only claims are publicized and paid

// The detail as the reviewer now sees it, with "replayed".
static Reply review_answer(const Request& req, Store& store, const std::string& id, const User& user, bool replayed) {
    const std::optional<Submission> s = store.find_submission(id, scope_of(user));
    if (!s)
        return not_found_reply(req);
    json detail = detail_json(*s, store.submission_events({id}), user, format_date(today_in_china()));
    detail["replayed"] = replayed;
    return json_reply(req, http::status::ok, detail);
}

// A string member that may be absent or ""; "" then. Throws for another type or over `max_bytes`.
static std::string optional_text(const json& body, const char* name, std::size_t max_bytes) {
    if (!body.contains(name) || (body[name].is_string() && body[name].get<std::string>().empty()))
        return "";
    return read_string(body, name, "", max_bytes);
}

static Reply key_reused_reply(const Request& req) {
    return error_reply(req, http::status::conflict, "idempotency_key_reused",
                       "该幂等键已用于另一件提交的审核; 新的操作请使用新的 UUID", "");
}

// 409 invalid_transition: the current status and the actions it allows for this kind.
static Reply refused_move(const Request& req, const Submission& s, const std::string& action) {
    std::string allowed;
    for (const StatusMove& m : status_moves())
        if (s.status == m.from && (!m.claims_only || s.kind == kClaimKind))
            allowed += std::string(allowed.empty() ? "" : "、") + status_action_label(m.action);
    return error_reply(req, http::status::conflict, "invalid_transition",
                       std::string("当前状态为") + submission_status_label(s.status) + "，不能" +
                           status_action_label(action) + "（" + (allowed.empty() ? "已办结，不能再变更" : "可以：" + allowed) +
                           "）",
                       "/action");
}

Reply Api::review_submission(const Request& req, const User& user, const std::string& raw_id) {
    if (user.role != "reviewer")
        return forbidden_reply(req, "只有人社部门的审核人员可以审核");
    const std::string id = normalize_uuid(raw_id);
    const std::optional<Submission> s = id.empty() ? std::nullopt : store_.find_submission(id, scope_of(user));
    if (!s)
        return not_found_reply(req);

    std::string key;
    if (const std::string header(req[kIdempotencyHeader]); !header.empty()) {
        key = normalize_uuid(header);
        if (key.empty())
            throw InputError("invalid_idempotency_key", "请求头 Idempotency-Key 应为 UUID", "");
    }
    const json body = parse_body(req.body());
    check_members(body, "", {"action"}, {"reason", "date", "voucher"});
    std::vector<std::string> actions;
    for (const StatusAction& a : status_actions())
        actions.emplace_back(a.id);
    const std::string action = read_choice(body, "action", "", actions);
    const std::string reason = optional_text(body, "reason", kMaxReasonBytes);
    const std::string date_text = optional_text(body, "date", kMaxShortTextBytes);
    const std::string voucher = trimmed(optional_text(body, "voucher", kMaxShortTextBytes * 4));

    // Exactly once: a key already stored answers as it is now, whatever the status.
    if (!key.empty()) {
        const std::string owner = store_.review_key_owner(key);
        if (owner == id)
            return review_answer(req, store_, id, user, true);
        if (!owner.empty())
            return key_reused_reply(req);
    }

    // The table: the kind, then the move from the current status.
    if (status_move_needs_claim(action) && s->kind != kClaimKind)
        return error_reply(req, http::status::conflict, "invalid_transition",
                           std::string(text::review_claims_only) + "（当前状态为" + submission_status_label(s->status) + "）",
                           "/action");
    const StatusMove* move = find_status_move(action, s->status);
    if (!move)
        return refused_move(req, *s, action);

    // What the move needs.
    if (move->needs_reason && trimmed(reason).empty())
        return error_reply(req, http::status::unprocessable_entity, "reason_required", "退回时必须填写原因", "/reason");
    Date date{};
    if (move->needs_date) {
        if (date_text.empty())
            return error_reply(req, http::status::unprocessable_entity, "date_required",
                               std::string(status_action_label(action)) + "时必须填写日期 (YYYY-MM-DD)", "/date");
        date = parse_date(date_text, "/date");  // 400 invalid_date
    } else if (!date_text.empty()) {
        throw InputError("unknown_field", std::string("\"date\" 只用于") + text::action_publicize + "和" + text::action_pay,
                         "/date");
    }
    if (move->needs_voucher) {
        if (voucher.empty() || voucher.size() > kMaxVoucherBytes)
            return error_reply(req, http::status::unprocessable_entity, "voucher_required",
                               "记录拨付时必须填写拨付凭证号 (1.." + std::to_string(kMaxVoucherBytes) + " 字节)",
                               "/voucher");
    } else if (!voucher.empty()) {
        throw InputError("unknown_field", std::string("\"voucher\" 只用于") + text::action_pay, "/voucher");
    }

    // The dates of 二(一): a notice the calendar covers; a payment after its end, not in the future.
    if (action == "publicize") {
        try {
            review_dates(date_text);
        } catch (const InputError& e) {
            return error_reply(req, http::status::unprocessable_entity, e.code, e.message, "/date");
        }
    } else if (action == "pay") {
        const ReviewDates dates = review_dates(s->publicity_start);
        if (date_text <= dates.publicity_ends)
            return error_reply(req, http::status::unprocessable_entity, "payment_before_publicity_end",
                               "拨付日期应在公示结束（" + dates.publicity_ends + "）之后", "/date");
        if (date > today_in_china())
            return error_reply(req, http::status::unprocessable_entity, "date_in_future",
                               "拨付日期 " + date_text + " 晚于今天（" + format_date(today_in_china()) + "）", "/date");
    }

    ReviewChange change;
    change.id = id;
    change.office = user.office;
    change.action = action;
    change.from = move->from;
    change.to = move->to;
    change.reason = reason;
    change.date = date_text;
    change.voucher = voucher;
    change.key = key;
    change.user_id = user.id;
    change.at = utc_now_iso8601();
    switch (store_.review_submission(change)) {
    case ReviewOutcome::not_found:
        return not_found_reply(req);
    case ReviewOutcome::wrong_status: {  // another reviewer moved it meanwhile
        const std::optional<Submission> now = store_.find_submission(id, scope_of(user));
        return now ? refused_move(req, *now, action) : not_found_reply(req);
    }
    case ReviewOutcome::key_reused:
        return key_reused_reply(req);
    case ReviewOutcome::replayed:
        return review_answer(req, store_, id, user, true);
    case ReviewOutcome::done:
        break;
    }
    log_event("review", {{"id", id}, {"action", action}, {"status", change.to}, {"login", user.login}});
    return review_answer(req, store_, id, user, false);
}

}  // namespace skillaid::server
