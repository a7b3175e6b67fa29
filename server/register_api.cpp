// POST /api/v1/history-check: what the real-name register holds for each of a
// roster's trainees, counted for the training asked about (server/register.h).
// Never says which organisation claimed or which training; at most
// kMaxHistoryCheckTrainees IDs a request, rate-limited per account, logged
// without the IDs.
#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/policy.h"
#include "engine/validators.h"
#include "server/api.h"
#include "server/log.h"
#include "server/register.h"
#include "server/schema.h"

namespace skillaid::server {

using nlohmann::json;

Reply Api::history_check(const Request& req, const User& user) {
    if (const long long wait = history_checks_by_user_.acquire("user:" + std::to_string(user.id)))
        return rate_limited_reply(req, wait, "查询学员培训记录过于频繁");

    const json body = parse_body(req.body());
    check_members(body, "", {"date", "scheme", "trainees"}, {"occupation", "level"});
    const Date date = parse_date(read_string(body, "date", "", kMaxShortTextBytes), "/date");
    policy_for(date);  // a date before the first policy: 400 no_policy_in_force
    Scheme scheme;
    const std::string scheme_text = read_string(body, "scheme", "", kMaxShortTextBytes);
    if (!parse_scheme(scheme_text, scheme))
        throw InputError("invalid_value", "未知的补贴项目 \"" + scheme_text + "\"", "/scheme");
    long long occupation = 0;
    if (body.contains("occupation")) {
        const json& o = body["occupation"];
        const Occupation* found = o.is_number_integer() ? find_occupation(o.get<int>())
                                  : o.is_string()       ? find_occupation(o.get<std::string>())
                                                        : nullptr;
        if (!found)
            throw InputError("unknown_occupation", "工种 " + o.dump() + " 不在附件1目录中 (序号或名称)", "/occupation");
        occupation = found->number;
    }
    std::string level;
    if (body.contains("level")) {
        level = read_string(body, "level", "", kMaxShortTextBytes);
        Level parsed;
        if (!parse_level(level, parsed))
            throw InputError("invalid_value", "未知的等级 \"" + level + "\"", "/level");
    }
    const json& trainees = body["trainees"];
    if (!trainees.is_array())
        throw InputError("wrong_type", "\"trainees\" 应为数组", "/trainees");
    if (trainees.empty())
        throw InputError("invalid_value", "\"trainees\" 至少要有 1 名学员", "/trainees");
    if (trainees.size() > kMaxHistoryCheckTrainees)
        return error_reply(req, http::status::payload_too_large, "too_many_trainees",
                           "一次最多查询 " + std::to_string(kMaxHistoryCheckTrainees) + " 名学员, 收到 " +
                               std::to_string(trainees.size()) + " 名; 请分批查询",
                           "/trainees");
    const Date today = today_in_china();
    std::vector<std::string> ids, hashes;
    for (std::size_t i = 0; i < trainees.size(); i++) {
        const std::string at = pointer("/trainees", i);
        check_members(trainees[i], at, {"id"});
        const std::string id = read_string(trainees[i], "id", at, kMaxShortTextBytes);
        const CheckResult checked = check_resident_id(id, today);
        if (!checked.ok)
            throw InputError(checked.code, checked.message, at + "/id");
        ids.push_back(id);
        hashes.push_back(register_id_hash(options_.register_key, id));
    }

    const std::vector<RegisterRecord> history = store_.register_history(hashes);
    json answer = json::array();
    for (std::size_t i = 0; i < ids.size(); i++) {
        std::vector<RegisterRecord> own;
        for (const RegisterRecord& r : history)
            if (r.id_hash == hashes[i])
                own.push_back(r);
        const HistoryCounts c = history_counts(own, date, scheme, occupation, level);
        answer.push_back({{"index", i},
                          {"id", ids[i]},
                          {"trainings_this_year", c.trainings_this_year},
                          {"same_occupation_level_this_year", c.same_occupation_level_this_year},
                          {"entrepreneurship", c.entrepreneurship},
                          {"assessment_same", c.assessment_same},
                          {"living_allowance_this_year", c.living_allowance_this_year},
                          {"work_for_training_months", c.work_for_training_months},
                          {"limit_reached", !c.limits.empty()},
                          {"limits", c.limits}});
    }
    log_event("history_check", {{"login", user.login},
                                {"organisation", user.organisation.uscc},
                                {"office", user.office},
                                {"ids", ids.size()}});
    return json_reply(req, http::status::ok, {{"year", date.year}, {"trainees", answer}});
}

}  // namespace skillaid::server
