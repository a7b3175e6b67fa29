// Submissions: an organisation's staff send an application, claim, competition
// plan or platform application; the server checks its form with the app's own
// model (server/form_check.h) and its figures against the engine (estimate +
// routing), stores it once per idempotency key with a receipt number, and
// reviewers of the receiving office move it along the status table
// (engine/forms/status.h, server/review.cpp).
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/status.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "engine/routing.h"
#include "engine/validators.h"
#include "server/api.h"
#include "server/form_check.h"
#include "server/json_text.h"
#include "server/log.h"
#include "server/register.h"
#include "server/schema.h"
#include "server/submission_json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace skillaid::server {

using nlohmann::json;

// Amount in yuan (a JSON number) as fen, rounded half away from zero.
static long long fen_of(const json& yuan) { return std::llround(yuan.get<double>() * 100.0); }

// Members of `client` the engine's answer `server` does not have are refused.
static void check_known_members(const json& client, const json& server, const std::string& path) {
    require_object(client, path);
    for (const auto& [key, value] : client.items())
        if (!server.contains(key))
            throw InputError("unknown_field", "引擎的估算结果中没有字段 \"" + key + "\"", pointer(path, key));
}

static void require_number(const json& value, const std::string& path) {
    if (!value.is_number())
        throw InputError("wrong_type", "此处应为数字 (元)", path);
}

// Compares the client's estimate with the server's: total, eligible, policy id,
// and per line label, amount and counted_in_total. Returns the lines that
// differ as {"path", "client", "server"}; throws InputError for shape errors.
static json compare_estimates(const json& client, const json& server) {
    const std::string base = "/client_estimate";
    check_known_members(client, server, base);
    for (const char* name : {"total", "items"})
        if (!client.contains(name))
            throw InputError("missing_field", std::string("缺少必填字段 \"") + name + "\"", pointer(base, name));
    json mismatches = json::array();
    auto differ = [&](const std::string& path, const json& c, const json& s) {
        mismatches.push_back({{"path", path}, {"client", c}, {"server", s}});
    };

    require_number(client["total"], base + "/total");
    if (fen_of(client["total"]) != server["total_fen"].get<long long>())
        differ(base + "/total", client["total"], server["total"]);
    if (client.contains("total_fen")) {
        if (!client["total_fen"].is_number_integer())
            throw InputError("wrong_type", "此处应为整数 (分)", base + "/total_fen");
        if (client["total_fen"] != server["total_fen"])
            differ(base + "/total_fen", client["total_fen"], server["total_fen"]);
    }
    if (client.contains("eligible")) {
        if (!client["eligible"].is_boolean())
            throw InputError("wrong_type", "此处应为布尔值", base + "/eligible");
        if (client["eligible"] != server["eligible"])
            differ(base + "/eligible", client["eligible"], server["eligible"]);
    }
    if (client.contains("policy") && client["policy"].is_object() && client["policy"].contains("id") &&
        client["policy"]["id"] != server["policy"]["id"])
        differ(base + "/policy/id", client["policy"]["id"], server["policy"]["id"]);

    const json& items = client["items"];
    if (!items.is_array())
        throw InputError("wrong_type", "此处应为数组", base + "/items");
    const json& server_items = server["items"];
    if (items.size() != server_items.size())
        differ(base + "/items", static_cast<long long>(items.size()), static_cast<long long>(server_items.size()));
    for (std::size_t i = 0; i < std::min(items.size(), server_items.size()); i++) {
        const std::string at = pointer(base + "/items", i);
        const json& c = items[i];
        const json& s = server_items[i];
        check_known_members(c, s, at);
        if (c.contains("label") && c["label"] != s["label"])
            differ(at + "/label", c["label"], s["label"]);
        if (!c.contains("amount"))
            throw InputError("missing_field", "缺少必填字段 \"amount\"", at + "/amount");
        require_number(c["amount"], at + "/amount");
        if (fen_of(c["amount"]) != s["amount_fen"].get<long long>())
            differ(at + "/amount", c["amount"], s["amount"]);
        if (c.contains("amount_fen") && c["amount_fen"] != s["amount_fen"])
            differ(at + "/amount_fen", c["amount_fen"], s["amount_fen"]);
        if (c.contains("counted_in_total") && c["counted_in_total"] != s["counted_in_total"])
            differ(at + "/counted_in_total", c["counted_in_total"], s["counted_in_total"]);
    }
    return mismatches;
}

// The engine's routing for the organisation and business; its InputError paths
// are moved to where the fields are in the submission.
static json route_for(const json& organisation, const std::string& business) {
    RouteRequest r;
    r.organisation = organisation.at("type").get<std::string>();
    r.ownership = organisation.value("ownership", "");
    r.institution_level = organisation.value("institution_level", "");
    r.district = organisation.value("district", "");
    r.business = business;
    try {
        const Route route = route_application(r);
        return {{"office", route.office},     {"level", route.level}, {"clause", route.clause},
                {"rule", route.rule},         {"notes", route.notes}, {"own_finance", route.own_finance}};
    } catch (const InputError& e) {
        const std::string path = e.path == "/organisation" ? "/organisation/type"
                                 : e.path == "/business"   ? "/business"
                                                           : "/organisation" + e.path;
        throw InputError(e.code, e.message, path);
    }
}

std::optional<Reply> Api::create_submission(const Request& req, const User& user, const RepeatCheck& repeat,
                                            const Answer& answer) {
    if (user.role != "staff")
        return forbidden_reply(req, "只有机构的经办人员可以提交");
    if (const long long wait = submissions_by_user_.acquire("user:" + std::to_string(user.id)))
        return rate_limited_reply(req, wait, "提交过于频繁");

    json body = parse_body(req.body());
    check_members(body, "", {"kind", "business", "organisation", "form"},
                  {"id", "scenario", "client_estimate", "form_kind", "format_version", "resubmits"});

    // The idempotency key: header or "id" (both: they must agree).
    const std::string header_key(req[kIdempotencyHeader]);
    std::string id;
    if (body.contains("id")) {
        id = normalize_uuid(read_string(body, "id", "", kUuidLength));
        if (id.empty())
            throw InputError("invalid_value", "\"id\" 应为 UUID (如 0f8fad5b-d9cb-469f-a165-70867728950e)", "/id");
    }
    if (!header_key.empty()) {
        const std::string from_header = normalize_uuid(header_key);
        if (from_header.empty())
            throw InputError("invalid_idempotency_key", "请求头 Idempotency-Key 应为 UUID", "");
        if (!id.empty() && id != from_header)
            throw InputError("idempotency_key_mismatch", "请求头 Idempotency-Key 与字段 \"id\" 不一致", "/id");
        id = from_header;
    }
    if (id.empty())
        throw InputError("missing_field", "缺少幂等键: 请求头 Idempotency-Key 或字段 \"id\" (UUID)", "/id");
    body.erase("id");

    // Kinds from the form registry, businesses from the routing data (assets/routing/offices.json).
    const std::string kind = read_choice(body, "kind", "", submission_kinds());
    const std::string business = read_choice(body, "business", "", routing_businesses());
    const json& organisation = body["organisation"];
    check_members(organisation, "/organisation", {"uscc", "name", "type"},
                  {"ownership", "institution_level", "district"});
    const std::string uscc_text = read_string(organisation, "uscc", "/organisation", kMaxShortTextBytes);
    read_string(organisation, "name", "/organisation", kMaxNameBytes);
    read_choice(organisation, "type", "/organisation", {"enterprise", "institution"});
    for (const char* optional : {"ownership", "institution_level", "district"})
        if (organisation.contains(optional))
            read_string(organisation, optional, "/organisation", kMaxShortTextBytes);
    require_object(body["form"], "/form");
    const FormOf form = read_form_kind(body, kind);
    if (form.refusal)
        return json_reply(req, http::status::unprocessable_entity, *form.refusal);
    // A kind with an estimate sends the scenario and the app's figures; one without sends neither.
    for (const char* member : {"scenario", "client_estimate"}) {
        if (!form.kind->estimated) {
            if (body.contains(member))
                throw InputError("unknown_field",
                                 std::string("\"") + form.kind->id + "\" 没有补贴测算, 不应有 \"" + member + "\"",
                                 pointer("", member));
        } else if (!body.contains(member)) {
            throw InputError("missing_field", std::string("缺少必填字段 \"") + member + "\"", pointer("", member));
        } else {
            require_object(body[member], pointer("", member));
        }
    }

    const CheckResult uscc = check_credit_code(uscc_text);
    if (!uscc.ok)
        throw InputError(uscc.code, uscc.message, "/organisation/uscc");
    if (uscc.normalized != user.organisation.uscc)
        return error_reply(req, http::status::unprocessable_entity, "organisation_mismatch",
                           "统一社会信用代码与登录账号所属机构 (" + user.organisation.uscc + ") 不一致",
                           "/organisation/uscc");

    // Canonical form: keys sorted (nlohmann::json objects are ordered maps), no
    // spaces: dump()'s text, written faster (server/json_text.h).
    const std::string canonical = write_json(body);
    const std::string body_hash = sha256_hex(canonical);

    // A repeat: the stored receipt, or 409 for another body under the same key.
    // Read with the session when the key came in the header (the app sends it so).
    if (std::optional<Submission> stored = repeat.id == id ? repeat.submission : store_.find_submission(id, Scope{}))
        return stored_submission_reply(req, user, body_hash, *stored, false);

    // A new version of a returned submission (issue 13): the organisation's own, returned, same kind.
    std::string resubmits;
    if (body.contains("resubmits")) {
        const std::string wanted = read_string(body, "resubmits", "", kMaxShortTextBytes);
        const std::string as_uuid = normalize_uuid(wanted);
        const std::optional<Submission> first =
            store_.find_submission(as_uuid.empty() ? wanted : as_uuid, Scope{user.organisation_id, ""});
        if (!first)
            return error_reply(req, http::status::unprocessable_entity, "resubmits_unknown",
                               "要替代的提交 " + wanted + " 不存在或不属于本机构", "/resubmits");
        if (first->status != "returned")
            return error_reply(req, http::status::unprocessable_entity, "resubmits_not_returned",
                               "只能替代已退回的提交; " + first->receipt + " 当前为" +
                                   submission_status_label(first->status),
                               "/resubmits");
        if (first->kind != kind)
            return error_reply(req, http::status::unprocessable_entity, "resubmits_other_kind",
                               "要替代的提交 " + first->receipt + " 不是同一种申请", "/resubmits");
        resubmits = first->id;
    }

    // The engine's figures and office; the form checked with the app's model.
    const Date today = today_in_china();
    json server_estimate;
    if (form.kind->estimated) {
        try {
            server_estimate = estimate_json(body["scenario"], today);
        } catch (const InputError& e) {
            throw InputError(e.code, e.message, "/scenario" + e.path);
        }
    }
    const json route = route_for(organisation, business);
    if (std::optional<json> refusal = check_form(form, body, format_date(today), server_estimate))
        return json_reply(req, http::status::unprocessable_entity, *refusal);
    // 422 estimate_mismatch; for a claim with `trainees`, what the register's history refused or reduced.
    auto mismatch_body = [](const json& mismatches, const json& estimate, const json* trainees) {
        json error = error_body("estimate_mismatch",
                                "提交的金额与服务器按政策计算的结果不一致 (" + std::to_string(mismatches.size()) +
                                    " 处), 请用最新版本重新计算后再提交",
                                mismatches[0]["path"].get<std::string>());
        error["error"]["mismatches"] = mismatches;
        if (trainees)
            error["error"]["trainees"] = *trainees;
        error["server_estimate"] = estimate;
        return error;
    };
    const bool registered = kind == kRegisterKind && form.kind->estimated;
    if (!registered && form.kind->estimated) {
        const json mismatches = compare_estimates(body["client_estimate"], server_estimate);
        if (!mismatches.empty())
            return json_reply(req, http::status::unprocessable_entity, mismatch_body(mismatches, server_estimate, nullptr));
    }

    NewSubmission row;
    row.id = id;
    row.body_hash = body_hash;
    row.organisation_id = user.organisation_id;
    row.created_by = user.id;
    row.kind = kind;
    row.business = business;
    row.office = route["office"].get<std::string>();
    row.policy_id = policy_for(today).id;  // a kind without figures: the policy in force today, totals 0
    row.request = canonical;
    row.route = route.dump();
    row.receipt_date = china_date_compact();
    row.created_at = utc_now_iso8601();
    row.resubmits = resubmits;
    auto set_figures = [&](NewSubmission& r, const json& estimate) {
        r.policy_id = estimate["policy"]["id"].get<std::string>();
        r.client_total_fen = fen_of(body["client_estimate"]["total"]);
        r.server_total_fen = estimate["total_fen"].get<long long>();
        r.server_estimate = write_json(estimate);
    };
    if (registered) {
        // The real-name register: the figures with each trainee's earlier claims
        // (any organisation's) as history, compared and stored in the transaction
        // that records this claim's trainees (docs/server.md "Real-name register").
        const std::vector<std::string> hashes = trainee_id_hashes(options_.register_key, body["scenario"]);
        std::vector<std::string> named;
        for (const std::string& h : hashes)
            if (!h.empty())
                named.push_back(h);
        std::optional<json> refusal;
        const std::optional<InsertResult> claimed = store_.insert_claim(
            id, named, [&](const std::vector<RegisterRecord>& history, NewSubmission& out, std::vector<RegisterRecord>& records) {
                json with_history;
                try {
                    with_history = estimate_json(scenario_with_history(body["scenario"], hashes, history), today);
                } catch (const InputError& e) {
                    throw InputError(e.code, e.message, "/scenario" + e.path);
                }
                const json issues = register_issues(body["scenario"], server_estimate, with_history);
                const json mismatches = compare_estimates(body["client_estimate"], with_history);
                if (!mismatches.empty()) {
                    refusal = mismatch_body(mismatches, with_history, &issues);
                    return false;
                }
                out = row;
                set_figures(out, with_history);
                out.register_issues = issues.dump();
                records = claim_records(body["scenario"], hashes, with_history);
                return true;
            });
        if (!claimed)
            return json_reply(req, http::status::unprocessable_entity, *refusal);
        return stored_submission_reply(req, user, body_hash, claimed->stored, claimed->created);
    }
    if (form.kind->estimated)
        set_figures(row, server_estimate);
    else
        row.server_estimate = write_json(server_estimate);
    // Answered once committed, on the store's commit thread (this worker goes on
    // with other requests meanwhile), with a copy of the request's header (its
    // version and keep-alive; `req` may be a gzip request's inflated copy) and of
    // this thread's CORS origin. A row whose key another request stored first
    // (a race) is answered as a repeat.
    auto head = std::make_shared<Request>();
    head->base() = req.base();
    store_.insert_submission_then(
        std::move(row), [this, head, user, body_hash, answer, cors = CorsScope::current()](
                            InsertResult result, std::exception_ptr error) {
            CorsScope scope(cors);
            Reply reply = [&] {
                try {
                    if (error)
                        std::rethrow_exception(error);
                    return stored_submission_reply(*head, user, body_hash, result.stored, result.created);
                } catch (const std::exception&) {
                    return exception_reply(*head, std::current_exception());
                }
            }();
            answer(std::move(reply));
        });
    return std::nullopt;
}

// The receipt of a submission just stored (201, `created`), or of one stored
// before under its key: 200 with "replayed" for the same body from the same
// organisation, else 409 (another body, or another organisation's key).
Reply Api::stored_submission_reply(const Request& req, const User& user, const std::string& body_hash,
                                   const Submission& stored, bool created) const {
    if (!created && (stored.organisation_id != user.organisation_id || stored.body_hash != body_hash))
        return error_reply(req, http::status::conflict, "idempotency_conflict",
                           "该幂等键已用于内容不同的提交; 新的提交请使用新的 UUID", "/id");
    if (created)
        log_event("submission", {{"id", stored.id}, {"receipt", stored.receipt}, {"office", stored.office},
                                 {"login", user.login}});
    json receipt = summary_json(stored, format_date(today_in_china()));
    receipt["replayed"] = !created;
    receipt["register"] = register_json(stored);
    return json_reply(req, created ? http::status::created : http::status::ok, receipt);
}

// The caller's scope: staff their organisation, reviewers their office.
Scope scope_of(const User& user) {
    Scope scope;
    if (user.role == "staff")
        scope.organisation_id = user.organisation_id;
    else
        scope.office = user.office;
    return scope;
}

// A non-negative integer query parameter.
static bool parse_count(std::string_view text, long long& out) {
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out >= 0;
}

Reply Api::list_submissions(const Request& req, const User& user) {
    long long since = 0;
    long long limit = kSubmissionListDefaultLimit;
    for (const auto& [name, value] : query_pairs(req.target())) {
        if (name == "since") {
            if (!parse_count(value, since))
                throw InputError("invalid_parameter", "since 应为非负整数 (上次同步返回的 cursor)", "");
        } else if (name == "limit") {
            if (!parse_count(value, limit) || limit < 1 || limit > kSubmissionListMaxLimit)
                throw InputError("invalid_parameter",
                                 "limit 应为 1.." + std::to_string(kSubmissionListMaxLimit) + " 的整数", "");
        } else {
            throw InputError("invalid_parameter", "不认识的查询参数 \"" + std::string(name) + "\" (可用: since, limit)", "");
        }
    }
    const std::vector<Submission> rows = store_.list_submissions(scope_of(user), since, static_cast<int>(limit));
    // The page's events in one query, grouped by submission (each in event order).
    std::vector<std::string> ids;
    for (const Submission& s : rows)
        ids.push_back(s.id);
    std::map<std::string, std::vector<SubmissionEvent>> events;
    if (!ids.empty())
        for (SubmissionEvent& e : store_.submission_events(ids))
            events[e.submission_id].push_back(std::move(e));
    const std::string today = format_date(today_in_china());
    json items = json::array();
    long long cursor = since;
    for (const Submission& s : rows) {
        json item = summary_json(s, today);
        item["history"] = history_json(events[s.id], user);
        items.push_back(std::move(item));
        cursor = std::max<long long>(cursor, s.change);
    }
    return json_reply(req, http::status::ok,
                      {{"items", items}, {"cursor", cursor}, {"more", static_cast<long long>(rows.size()) == limit}});
}

Reply Api::get_submission(const Request& req, const User& user, const std::string& raw_id) {
    const std::string id = normalize_uuid(raw_id);
    const std::optional<Submission> s = id.empty() ? std::nullopt : store_.find_submission(id, scope_of(user));
    if (!s)
        return not_found_reply(req);
    return json_reply(req, http::status::ok,
                      detail_json(*s, store_.submission_events({s->id}), user, format_date(today_in_china())));
}

}  // namespace skillaid::server
