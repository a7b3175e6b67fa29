// The estimate's lines that are the same for every person of a scenario:
// hours (online share 四, class-hour and scheme caps), the hourly, class-hour,
// level, drill, apprenticeship, entrepreneurship and assessment formulas.
// Computed once per scenario (estimate.cpp applies them to each trainee).
#include <algorithm>

#include "engine/estimate_parts.h"

namespace skillaid::estimate_parts {

namespace {

const Occupation& need_occupation(const Ctx& c) {
    if (!c.s.occupation) missing("/occupation", "工种", c.rules);
    return *c.s.occupation;
}

void need_hours(const Ctx& c) {
    if (!c.s.has_hours) missing("/hours", "学时", c.rules);
}

// --- Hours: online share (四), then a cap (class hours or the scheme's maximum), offline first.
struct Hours {
    long long offline = 0;  // paid offline hours
    long long online = 0;   // paid online hours
    long long counted = 0;  // offline + counted online, before the cap
};

Hours paid_hours(const Ctx& c, long long cap, const std::string& cap_text, const std::string& cap_clause,
                 std::vector<Issue>& issues) {
    const Scenario& s = c.s;
    long long total = s.offline_hours + s.online_hours;
    long long online_max = total * c.p.online_max_share_bp.value / full_bp;
    long long online = std::min(s.online_hours, online_max);
    if (online < s.online_hours)
        issues.push_back(issue("online_share_exceeded", c.p.online_max_share_bp.clause,
                               "线上学时 " + n(s.online_hours) + " 超过总学时 " + n(total) + " 的 " +
                                   percent_text(c.p.online_max_share_bp.value) + "（" + n(online_max) +
                                   " 学时），超出的 " + n(s.online_hours - online) + " 学时不计",
                               "reduced"));
    Hours h;
    h.counted = s.offline_hours + online;
    h.offline = cap < 0 ? s.offline_hours : std::min(s.offline_hours, cap);
    h.online = cap < 0 ? online : std::min(online, cap - h.offline);
    if (cap >= 0 && h.counted > cap)
        issues.push_back(issue("hours_capped", cap_clause,
                               "计入学时 " + n(h.counted) + " 超过" + cap_text + " " + n(cap) + " 学时，超出的 " +
                                   n(h.counted - cap) + " 学时不补贴（先计线下学时）",
                               "reduced"));
    return h;
}

// Offline and online lines at `rate` per hour.
std::vector<Raw> hourly_lines(const Ctx& c, const Num& rate, const Hours& h) {
    std::vector<Raw> out;
    if (h.offline > 0)
        out.push_back(raw("线下学时补贴", rate.value * h.offline, 1, rate.clause,
                          yuan(rate) + "/学时 × " + n(h.offline) + "学时", c.rules.fund));
    if (h.online > 0)
        out.push_back(raw("线上学时补贴", rate.value * c.p.online_rate_bp.value * h.online, full_bp,
                          c.p.online_rate_bp.clause,
                          yuan(rate) + "/学时 × " + percent_text(c.p.online_rate_bp.value) + " × " + n(h.online) + "学时",
                          c.rules.fund));
    return out;
}

bool below_minimum(const Ctx& c, long long hours, const Num& min, std::vector<Issue>& issues) {
    if (hours >= min.value) return false;
    issues.push_back(issue("hours_below_minimum", min.clause,
                           c.rules.name + "要求不少于 " + n(min.value) + " 学时，计入学时 " + n(hours) + "，差 " +
                               n(min.value - hours) + " 学时",
                           "excluded"));
    return true;
}

// The occupation's class index (A 0, B 1, C 2), or -1 with an issue when the
// attachment prints none (rows 64, 95): `what` is what cannot be determined.
int occupation_class(const Ctx& c, const Occupation& o, const std::string& what, std::vector<Issue>& issues) {
    int k = class_index(o.cls);
    if (k < 0)
        issues.push_back(issue("occupation_without_class", c.rules.clause,
                               "工种“" + o.name + "”（序号 " + n(o.number) + "）在附件1中未列类别（A/B/C），" + what,
                               "excluded"));
    return k;
}

// Hour-based schemes with class caps: pre_job, job_transfer, employment_skills.
std::vector<Raw> class_hour_lines(const Ctx& c, const HourlyParams& hp, std::vector<Issue>& issues) {
    const Occupation& o = need_occupation(c);
    need_hours(c);
    int k = occupation_class(c, o, "无法确定学时上限，不能按学时估算", issues);
    if (k < 0) return {};
    const Num& cap = hp.class_hours[static_cast<size_t>(k)];
    Hours h = paid_hours(c, cap.value, std::string(1, o.cls) + "类学时上限", cap.clause, issues);
    return hourly_lines(c, hp.hourly_rate_fen, h);
}

std::vector<Raw> skill_upgrade_lines(const Ctx& c, std::vector<Issue>& issues) {
    const Occupation& o = need_occupation(c);
    if (!c.s.has_level) missing("/level", "等级", c.rules);
    size_t l = static_cast<size_t>(c.s.level);
    const auto& su = c.p.skill_upgrade;
    const Num& min = su.min_hours[l];
    if (min.value > 0) {
        if (c.s.has_hours) {
            Hours h = paid_hours(c, -1, "", "", issues);
            if (below_minimum(c, h.counted, min, issues)) return {};
        } else {
            issues.push_back(issue("hours_assumed", min.clause,
                                   "未提供学时：按培训不少于 " + n(min.value) + " 学时估算", "note"));
        }
    }
    std::string lv(level_name(c.s.level));
    const Num& amount = su.amount_fen[l];
    std::vector<Raw> out;
    out.push_back(raw(c.rules.name + "（" + lv + "）", amount.value, 1, amount.clause, lv + " 每人" + yuan(amount),
                      c.rules.fund));
    const Num& uplift = su.urgent_uplift_bp[l];
    if (o.urgent && uplift.value > 0)
        out.push_back(raw("急需紧缺工种上浮", amount.value * uplift.value, full_bp, uplift.clause,
                          yuan(amount) + " × " + percent_text(uplift.value) + "（急需紧缺工种“" + o.name + "”）",
                          c.rules.fund));
    const Num& reward = su.talent_reward_fen[l];
    if (reward.value > 0) {
        Raw r = raw("技能人才奖励（" + lv + "）", reward.value, 1, reward.clause,
                    "新取得" + lv + "职业资格证书的参保企业职工一次性" + yuan(reward) +
                        "，依长春市技能人才奖励文件领取，不从本通知资金列支，不计入合计",
                    "长春市技能人才奖励");
        r.line.counted = false;
        r.line.kind = "reward";
        out.push_back(r);
    }
    return out;
}

std::vector<Raw> job_drill_lines(const Ctx& c, std::vector<Issue>& issues) {
    need_hours(c);
    const auto& jd = c.p.job_drill;
    long long participants = c.s.participants >= 0 ? c.s.participants : people(c.s);
    if (too_few(jd.min_participants, participants, "岗位练兵每个工种", issues)) return {};
    Hours h = paid_hours(c, -1, "", "", issues);
    if (below_minimum(c, h.counted, jd.min_hours, issues)) return {};
    return hourly_lines(c, jd.hourly_rate_fen, h);
}

std::vector<Raw> apprenticeship_lines(const Ctx& c) {
    const Occupation& o = need_occupation(c);
    const auto& a = c.p.apprenticeship;
    std::vector<Raw> out;
    out.push_back(raw(c.rules.name, a.per_year_fen.value, 1, a.per_year_fen.clause,
                      "每人每年" + yuan(a.per_year_fen), c.rules.fund));
    if (o.urgent && a.urgent_uplift_bp.value > 0)
        out.push_back(raw("急需紧缺工种上浮", a.per_year_fen.value * a.urgent_uplift_bp.value, full_bp,
                          a.urgent_uplift_bp.clause,
                          yuan(a.per_year_fen) + " × " + percent_text(a.urgent_uplift_bp.value) + "（急需紧缺工种“" +
                              o.name + "”）",
                          c.rules.fund));
    return out;
}

std::vector<Raw> hour_range_lines(const Ctx& c, const Num& rate, const Num& min, const Num& max,
                                  std::vector<Issue>& issues) {
    need_hours(c);
    Hours h = paid_hours(c, max.value, c.rules.name + "学时上限", max.clause, issues);
    if (below_minimum(c, h.counted, min, issues)) return {};
    return hourly_lines(c, rate, h);
}

std::vector<Raw> assessment_lines(const Ctx& c, std::vector<Issue>& issues) {
    const Occupation& o = need_occupation(c);
    int k = occupation_class(c, o, "无法确定鉴定补贴标准", issues);
    if (k < 0) return {};
    const Num& amount = c.p.assessment.amount_fen[static_cast<size_t>(k)];
    return {raw(c.rules.name, amount.value, 1, amount.clause,
                std::string(1, o.cls) + "类 " + yuan(amount) + "/人（初次鉴定）", c.rules.fund)};
}

}  // namespace

long long people(const Scenario& s) {
    long long total = 0;
    for (const Trainee& t : s.trainees) total += t.count;
    return total;
}

bool too_few(const Num& min, long long participants, const std::string& what, std::vector<Issue>& issues) {
    if (participants >= min.value) return false;
    issues.push_back(issue("participants_below_minimum", min.clause,
                           what + "参加人数 " + n(participants) + " 少于 " + n(min.value) + " 人，差 " +
                               n(min.value - participants) + " 人",
                           "excluded"));
    return true;
}

// Per-person lines that do not depend on the person (computed once per scenario).
std::vector<Raw> scheme_lines(const Ctx& c, std::vector<Issue>& issues) {
    const PolicyVersion& p = c.p;
    switch (c.s.scheme) {
        case Scheme::pre_job: return class_hour_lines(c, p.pre_job, issues);
        case Scheme::job_transfer: return class_hour_lines(c, p.job_transfer, issues);
        case Scheme::employment_skills: return class_hour_lines(c, p.employment_skills, issues);
        case Scheme::skill_upgrade: return skill_upgrade_lines(c, issues);
        case Scheme::job_drill: return job_drill_lines(c, issues);
        case Scheme::apprenticeship: return apprenticeship_lines(c);
        case Scheme::entrepreneurship:
            return {raw(c.rules.name, p.entrepreneurship.once_fen.value, 1, p.entrepreneurship.once_fen.clause,
                        "一次性" + yuan(p.entrepreneurship.once_fen), c.rules.fund)};
        case Scheme::labour_preparation:
            return hour_range_lines(c, p.labour_preparation.hourly_rate_fen, p.labour_preparation.min_hours_per_year,
                                    p.labour_preparation.max_hours_per_year, issues);
        case Scheme::poverty_training:
            return hour_range_lines(c, p.poverty_training.hourly_rate_fen, p.poverty_training.min_hours,
                                    p.poverty_training.max_hours, issues);
        case Scheme::assessment: return assessment_lines(c, issues);
        case Scheme::competition:
        case Scheme::work_for_training:
        case Scheme::living_allowance: return {};  // per trainee / per enterprise, below
    }
    return {};
}

}  // namespace skillaid::estimate_parts
