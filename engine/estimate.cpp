#include "engine/estimate.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "engine/errors.h"
#include "engine/money.h"

namespace skillaid {

namespace {

using json = nlohmann::json;
constexpr long long full_bp = 10000;  // 100% in basis points (a unit, not a policy number)

// A line before rounding: amount = num / den fen, rounded once (half up) at the end.
struct Raw {
    Line line;
    long long num = 0;
    long long den = 1;
};

std::string n(long long v) { return std::to_string(v); }

// One string from its pieces, allocated once (no temporaries): cat({"a", s, "b"}).
std::string cat(std::initializer_list<std::string_view> pieces) {
    size_t size = 0;
    for (std::string_view p : pieces) size += p.size();
    std::string out;
    out.reserve(size);
    for (std::string_view p : pieces) out.append(p);
    return out;
}
std::string yuan(const Num& fen) { return yuan_text(fen.value); }
std::string points(long long bp) {  // percentage points without the sign: 500 -> "5"
    std::string t = percent_text(bp);
    t.pop_back();
    return t;
}

Raw raw(std::string label, long long num, long long den, std::string clause, std::string explain, const std::string& fund) {
    Raw r;
    r.line = Line{std::move(label), 0, std::move(clause), std::move(explain), fund, true, "subsidy"};
    r.num = num;
    r.den = den;
    return r;
}

Issue issue(std::string code, std::string clause, std::string message, std::string effect) {
    return Issue{std::move(code), std::move(clause), std::move(message), std::move(effect), -1};
}

// Everything one scheme's formulas need.
struct Ctx {
    const Scenario& s;
    const PolicyVersion& p;
    const SchemeRules& rules;
};

[[noreturn]] void missing(const std::string& path, const std::string& what, const SchemeRules& r) {
    throw InputError("missing_field", r.name + "（" + r.clause + "）需要" + what, path);
}

const Occupation& need_occupation(const Ctx& c) {
    if (!c.s.occupation) missing("/occupation", "工种“occupation”", c.rules);
    return *c.s.occupation;
}

void need_hours(const Ctx& c) {
    if (!c.s.has_hours) missing("/hours", "学时“hours”", c.rules);
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
    if (!c.s.has_level) missing("/level", "等级“level”", c.rules);
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

// --- Per trainee ---------------------------------------------------------

bool same_level(bool has_a, Level a, bool has_b, Level b) { return has_a == has_b && (!has_a || a == b); }

// Everything a trainee's outcome depends on: the trainee's fields but `id`
// and `count`, and its history reduced to the counts the rules use. The rules
// below read only this (never the Trainee), so trainees with equal cases share
// one outcome exactly.
struct Case {
    long long attendance_bp = 0;
    bool certified = true;
    Group group = Group::none;
    long long days = 0, months = 0;
    bool unemployment_insurance = false, dispatched = false;
    long long rank = 0;
    Level current_level = Level::none;
    long long limited_this_year = 0;  // history in the year of `date` counting toward 二(二)
    long long same_this_year = 0;     // ... of those, the scenario's occupation at its level
    long long entrepreneurship = 0;   // entrepreneurship history, any year
    long long assessment_same = 0;    // assessment history, the scenario's occupation at its level, any year
    long long living_this_year = 0;   // living-allowance history in the year of `date`
    long long living_days_this_year = 0;  // ... and its days

    bool operator==(const Case&) const = default;
};

struct CaseHash {
    size_t operator()(const Case& k) const {
        unsigned long long h = 1469598103934665603ULL;
        auto mix = [&h](long long v) { h = (h ^ static_cast<unsigned long long>(v)) * 1099511628211ULL; };
        mix(k.attendance_bp);
        mix((k.certified ? 1 : 0) | (k.unemployment_insurance ? 2 : 0) | (k.dispatched ? 4 : 0) |
            static_cast<long long>(k.group) << 3 | static_cast<long long>(k.current_level) << 8);
        mix(k.days);
        mix(k.months);
        mix(k.rank);
        mix(k.limited_this_year | k.same_this_year << 16 | k.entrepreneurship << 32 | k.assessment_same << 48);
        mix(k.living_this_year);
        mix(k.living_days_this_year);
        return static_cast<size_t>(h ^ (h >> 32));
    }
};

Case case_of(const Ctx& c, const Trainee& t) {
    const Scenario& s = c.s;
    int year = s.date.year;
    Case k;
    // Attendance is read only by apply_attendance (schemes with attendance
    // scaling), and every rate at or above both thresholds acts as the same.
    long long any_rate = std::max(c.p.attendance_min_bp.value, c.p.attendance_full_bp.value);
    k.attendance_bp = !c.rules.attendance ? 0 : std::min(t.attendance_bp, any_rate);
    k.certified = t.certified;
    k.group = t.group;
    k.days = t.days;
    k.months = t.months;
    k.unemployment_insurance = t.unemployment_insurance;
    k.dispatched = t.dispatched;
    k.rank = t.rank;
    k.current_level = t.current_level;
    for (const HistoryEntry& h : t.history) {
        bool same_occupation_level = h.occupation == s.occupation && same_level(h.has_level, h.level, s.has_level, s.level);
        if (h.date.year == year && c.p.rules(h.scheme).per_person_limit) {
            k.limited_this_year++;
            if (s.occupation && same_occupation_level) k.same_this_year++;
        }
        if (h.scheme == Scheme::entrepreneurship) k.entrepreneurship++;
        if (h.scheme == Scheme::assessment && same_occupation_level) k.assessment_same++;
        if (h.scheme == Scheme::living_allowance && h.date.year == year) {
            k.living_this_year++;
            k.living_days_this_year += h.days;
        }
    }
    return k;
}

// 二(二): at most N subsidised trainings per calendar year; same occupation + level once a year.
bool per_person_refused(const Ctx& c, const Case& t, std::vector<Issue>& out) {
    int year = c.s.date.year;
    long long this_year = t.limited_this_year, same = t.same_this_year;
    const Num& max = c.p.max_trainings_per_year;
    if (this_year >= max.value) {
        out.push_back(issue("yearly_limit_reached", max.clause,
                            n(year) + " 年已享受补贴性培训 " + n(this_year) + " 次，达到每人每年 " + n(max.value) +
                                " 次上限，超出 " + n(this_year + 1 - max.value) + " 次",
                            "excluded"));
        return true;
    }
    const Num& once = c.p.same_occupation_level_per_year;
    if (same >= once.value) {
        std::string lv = c.s.has_level ? std::string(level_name(c.s.level)) : "同一等级";
        out.push_back(issue("same_occupation_level_this_year", once.clause,
                            n(year) + " 年已就“" + c.s.occupation->name + "”" + lv + "享受过 " + n(same) +
                                " 次补贴，同一职业同一等级一年内限 " + n(once.value) + " 次",
                            "excluded"));
        return true;
    }
    return false;
}

// Checks that refuse a trainee outright, whatever the amounts.
bool trainee_refused(const Ctx& c, const Case& t, std::vector<Issue>& out) {
    const Scenario& s = c.s;
    if (c.rules.certificate && !t.certified) {
        out.push_back(issue("no_certificate", c.p.certificate_condition.clause,
                                c.rules.name + "以" + c.p.certificate_condition.value + "为条件，该学员未" +
                                    c.p.certificate_condition.value,
                                "excluded"));
        return true;
    }
    if (s.scheme == Scheme::job_transfer && t.dispatched) {
        out.push_back(issue("dispatched_excluded", c.rules.clause, "转岗转业培训补贴不含劳务派遣人员", "excluded"));
        return true;
    }
    if (s.scheme == Scheme::entrepreneurship) {
        const Num& times = c.p.entrepreneurship.times_per_person;
        long long had = t.entrepreneurship;
        if (had >= times.value) {
            out.push_back(issue("already_received", times.clause,
                                "创业培训补贴为一次性补贴，已享受 " + n(had) + " 次，限 " + n(times.value) + " 次",
                                "excluded"));
            return true;
        }
    }
    if (s.scheme == Scheme::assessment) {
        const Num& times = c.p.assessment.times_per_occupation_level;
        long long had = t.assessment_same;
        if (had >= times.value) {
            out.push_back(issue("not_first_assessment", times.clause,
                                "鉴定补贴限同一职业同一等级初次鉴定，已享受 " + n(had) + " 次", "excluded"));
            return true;
        }
    }
    return c.rules.per_person_limit && per_person_refused(c, t, out);
}

std::vector<Raw> work_for_training_lines(const Ctx& c, const Case& t, std::vector<Issue>& out) {
    const auto& w = c.p.work_for_training;
    if (t.group == Group::none) {
        out.push_back(issue("group_assumed", w.groups_clause, "未注明人员类别：按就业困难人员或零就业家庭成员估算", "note"));
    } else if (std::find(w.groups.begin(), w.groups.end(), t.group) == w.groups.end()) {
        out.push_back(issue("group_not_eligible", w.groups_clause,
                            "以工代训补贴限就业困难人员、零就业家庭成员，该学员为" + std::string(group_name(t.group)),
                            "excluded"));
        return {};
    }
    long long per_month = w.days_per_month.value;
    long long days = t.months * per_month + t.days;
    if (days == 0) {
        out.push_back(issue("no_period", c.rules.clause, "未提供以工代训的月数（months）或天数（days）", "excluded"));
        return {};
    }
    long long max_days = w.max_months.value * per_month;
    std::string explain = yuan(w.per_month_fen) + "/月 × " + n(t.months) + "个月";
    if (t.days > 0) explain += " + " + yuan(w.per_month_fen) + " ÷ " + n(per_month) + "天 × " + n(t.days) + "天";
    if (days > max_days) {
        out.push_back(issue("months_capped", w.max_months.clause,
                            "以工代训 " + n(t.months) + " 个月 " + n(t.days) + " 天，超过最长 " + n(w.max_months.value) +
                                " 个月，超出部分不补贴",
                            "reduced"));
        explain = yuan(w.per_month_fen) + "/月 × " + n(w.max_months.value) + "个月（最长" + n(w.max_months.value) + "个月）";
        days = max_days;
    }
    return {raw(c.rules.name, w.per_month_fen.value * days, per_month, w.per_month_fen.clause, explain, c.rules.fund)};
}

std::vector<Raw> living_allowance_lines(const Ctx& c, const Case& t, std::vector<Issue>& out) {
    const auto& la = c.p.living_allowance;
    if (t.group == Group::none) {
        out.push_back(issue("group_missing", c.rules.clause, "生活费补贴按人员类别确定标准，未注明人员类别（group）", "excluded"));
        return {};
    }
    size_t g = static_cast<size_t>(t.group);
    std::string gname(group_name(t.group));
    const Num &daily = la.daily_fen[g], &cap = la.yearly_cap_fen[g], &times = la.times_per_year[g];
    if (la.excludes_unemployment_insurance[g].value != 0 && t.unemployment_insurance) {
        out.push_back(issue("unemployment_insurance_conflict", la.excludes_unemployment_insurance[g].clause,
                            gname + "的生活费补贴不可与失业保险金同时领取", "excluded"));
        return {};
    }
    int year = c.s.date.year;
    long long had = t.living_this_year;
    if (times.value > 0 && had >= times.value) {
        out.push_back(issue("once_per_year", times.clause,
                            gname + "每人每年只享受 " + n(times.value) + " 次生活费补贴，" + n(year) + " 年已享受 " + n(had) +
                                " 次",
                            "excluded"));
        return {};
    }
    if (t.days == 0) {
        out.push_back(issue("no_days", c.rules.clause, "未提供培训天数（days）", "excluded"));
        return {};
    }
    long long prior_days = t.living_days_this_year;
    long long prior = prior_days * daily.value;
    long long remaining = std::max(0LL, cap.value - prior);
    long long amount = t.days * daily.value;
    std::string explain = yuan(daily) + "/天 × " + n(t.days) + "天 = " + yuan_text(amount);
    if (prior > 0) explain += "；本年已领 " + n(prior_days) + " 天（" + yuan_text(prior) + "）";
    if (amount > remaining) {
        std::string left = prior > 0 ? "，本年尚余 " + yuan_text(remaining) : "";
        out.push_back(issue(remaining == 0 ? "yearly_cap_reached" : "yearly_cap_applied", cap.clause,
                            gname + "生活费补贴每年最多 " + yuan(cap) + left + "；计算额 " + yuan_text(amount) +
                                "，超出 " + yuan_text(amount - remaining),
                            remaining == 0 ? "excluded" : "reduced"));
        explain += "，每年最多" + yuan(cap) + "，按" + yuan_text(remaining);
        amount = remaining;
    }
    if (amount == 0) return {};
    return {raw(c.rules.name + "（" + gname + "）", amount, 1, daily.clause, explain, c.rules.fund)};
}

// 三(一)5 promotions: information lines, no money.
void promotion(const Ctx& c, const Case& t, std::vector<Raw>& lines, std::vector<Issue>& out) {
    if (t.rank == 0) return;
    const auto& k = c.p.competition;
    std::string who = "第 " + n(t.rank) + " 名（现有等级：" + std::string(level_name(t.current_level)) + "）";
    Level to = Level::none;
    std::string rule;
    if (t.rank <= k.top_rank_max.value) {
        rule = "前 " + n(k.top_rank_max.value) + " 名可晋升为" + std::string(level_name(k.top_target));
        if (t.current_level < k.top_target) to = k.top_target;
        else rule += "；已有" + std::string(level_name(k.top_target)) + "及以上的不再晋级";
    } else if (t.rank <= k.next_rank_max.value) {
        rule = "第 " + n(k.top_rank_max.value + 1) + "–" + n(k.next_rank_max.value) + " 名可晋升上一级";
        if (t.current_level < k.next_below) to = static_cast<Level>(static_cast<int>(t.current_level) + 1);
        else rule += "；已有" + std::string(level_name(k.next_below)) + "及以上的不再晋级";
    } else {
        rule = "第 " + n(k.next_rank_max.value) + " 名以后无晋级规定";
    }
    if (to == Level::none) {
        out.push_back(issue("no_promotion", k.promotion_clause, who + "：" + rule, "note"));
        return;
    }
    Raw r = raw("晋升" + std::string(level_name(to)), 0, 1, k.promotion_clause, who + "：" + rule,
                "不涉及资金");
    r.line.counted = false;
    r.line.kind = "promotion";
    lines.push_back(r);
}

std::vector<Raw> competition_lines(const Ctx& c, std::vector<Issue>& issues) {
    const auto& k = c.p.competition;
    const Scenario& s = c.s;
    long long participants = s.participants;
    if (participants < 0) {
        if (s.count_form) missing("/participants", "参赛职工人数“participants”", c.rules);
        participants = people(s);
    }
    if (!s.enterprise.given)
        issues.push_back(issue("enterprise_assumed", k.max_projects[2].clause,
                               "未提供企业信息：按其他企业、本年该项目未享受过补贴估算", "note"));
    if (too_few(k.min_participants, participants, "职业技能竞赛每个项目", issues)) return {};
    const Enterprise& e = s.enterprise;
    if (e.project_subsidised_this_year) {
        issues.push_back(issue("project_already_subsidised", k.per_project_per_year.clause,
                               "同一企业同一项目每年只能享受 " + n(k.per_project_per_year.value) + " 次，本年该项目已享受",
                               "excluded"));
        return {};
    }
    const Num& max = k.max_projects[static_cast<size_t>(e.type)];
    if (e.projects_subsidised >= max.value) {
        issues.push_back(issue("project_limit_reached", max.clause,
                               std::string(enterprise_type_name(e.type)) + "享受补贴的项目不超过 " + n(max.value) +
                                   " 个，已享受 " + n(e.projects_subsidised) + " 个",
                               "excluded"));
        return {};
    }
    return {raw(c.rules.name, k.per_project_fen.value, 1, k.per_project_fen.clause,
                "每个项目" + yuan(k.per_project_fen) + "（给予组织竞赛的企业）", c.rules.fund)};
}

// 二(一): below min nothing; min..full times the rate; full or more all.
bool apply_attendance(const Ctx& c, const Case& t, std::vector<Raw>& lines, std::vector<Issue>& out) {
    const Num &min = c.p.attendance_min_bp, &full = c.p.attendance_full_bp;
    long long a = t.attendance_bp;
    if (a < min.value) {
        out.push_back(issue("attendance_below_minimum", min.clause,
                            cat({"出勤率 ", percent_text(a), " 低于 ", percent_text(min.value), "，差 ", points(min.value - a),
                                 " 个百分点，不予补贴"}),
                            "excluded"));
        return false;
    }
    if (a >= full.value) return true;
    std::string rate = percent_text(a);
    out.push_back(issue("attendance_partial", full.clause,
                        cat({"出勤率 ", rate, " 低于 ", percent_text(full.value), "（差 ", points(full.value - a),
                             " 个百分点），按出勤率比例补贴"}),
                        "reduced"));
    for (Raw& r : lines) {
        if (!r.line.counted) continue;
        r.num *= a;
        r.den *= full_bp;
        r.line.explain = cat({r.line.explain, " × 出勤率 ", rate});
    }
    return true;
}

// 三(一)4: at most the cap per person per time, after attendance.
void apply_job_drill_cap(const Ctx& c, std::vector<Line>& lines, std::vector<Issue>& out) {
    const Num& cap = c.p.job_drill.cap_per_person_fen;
    long long sum = 0;
    for (const Line& l : lines) sum += l.fen;
    if (sum <= cap.value) return;
    out.push_back(issue("per_person_cap", cap.clause,
                        "岗位练兵每人每次最高 " + yuan(cap) + "，计算额 " + yuan_text(sum) + "，调减 " +
                            yuan_text(sum - cap.value),
                        "reduced"));
    lines.push_back(Line{"每人每次上限调减", -(sum - cap.value), cap.clause,
                         "每人每次最高" + yuan(cap) + "：" + yuan_text(sum) + " − " + yuan(cap), c.rules.fund, true,
                         "adjustment"});
}

TraineeOutcome evaluate_trainee(const Ctx& c, const Case& t, const std::vector<Raw>& base) {
    TraineeOutcome r;
    std::vector<Raw> lines;
    if (!trainee_refused(c, t, r.issues)) {
        if (c.s.scheme == Scheme::work_for_training) lines = work_for_training_lines(c, t, r.issues);
        else if (c.s.scheme == Scheme::living_allowance) lines = living_allowance_lines(c, t, r.issues);
        else lines = base;
        if (c.rules.attendance && !lines.empty() && !apply_attendance(c, t, lines, r.issues)) lines.clear();
    }
    if (c.s.scheme == Scheme::competition) promotion(c, t, lines, r.issues);
    r.lines.reserve(lines.size() + 1);
    for (Raw& raw_line : lines) {
        raw_line.line.fen = round_half_up(raw_line.num, raw_line.den);
        r.lines.push_back(std::move(raw_line.line));
    }
    if (c.s.scheme == Scheme::job_drill) apply_job_drill_cap(c, r.lines, r.issues);
    for (const Line& l : r.lines)
        if (l.counted) r.fen += l.fen;
    return r;
}

}  // namespace

Estimate estimate(const Scenario& s) {
    Estimate e;
    e.policy = &policy_for(s.date);
    e.scheme = s.scheme;
    e.date = s.date;
    e.count_form = s.count_form;
    const PolicyVersion& p = *e.policy;
    Ctx c{s, p, p.rules(s.scheme)};

    std::vector<Raw> base;
    bool open = true;  // scenario-level conditions met
    if (s.scheme == Scheme::competition) {
        std::vector<Raw> lines = competition_lines(c, e.issues);
        open = !lines.empty();
        for (Raw& r : lines) {
            r.line.fen = round_half_up(r.num, r.den);
            e.items.push_back(r.line);
        }
    } else if (s.scheme != Scheme::work_for_training && s.scheme != Scheme::living_allowance) {
        base = scheme_lines(c, e.issues);
        open = !base.empty();
    }

    // Per trainee: one outcome per distinct case, computed when first seen.
    // Lines are summed by (label, clause, kind) in first-seen order; each
    // outcome's lines are matched to their items once, when it is computed.
    struct Slot {
        size_t item;        // index into e.items
        bool first_explain;  // the line's explain is the item's first one
    };
    std::vector<Slot> slots;            // each outcome's lines in turn
    std::vector<size_t> first_slot;     // by outcome: its first line's slot
    std::vector<std::pair<std::string, long long>> explains;  // first explain, people with that explain
    size_t first_aggregated = e.items.size();
    if (open || s.scheme == Scheme::competition) {  // promotions do not depend on the enterprise's subsidy
        std::unordered_map<Case, size_t, CaseHash> seen;
        seen.reserve(s.trainees.size());
        e.trainees.reserve(s.trainees.size());
        e.outcomes.reserve(s.trainees.size());
        for (size_t i = 0; i < s.trainees.size(); i++) {
            const Trainee& t = s.trainees[i];
            auto [it, fresh] = seen.try_emplace(case_of(c, t), e.outcomes.size());
            size_t o = it->second;
            if (fresh) {
                e.outcomes.push_back(evaluate_trainee(c, it->first, base));
                first_slot.push_back(slots.size());
                for (const Line& l : e.outcomes.back().lines) {
                    size_t k = first_aggregated;
                    while (k < e.items.size() &&
                           !(e.items[k].label == l.label && e.items[k].clause == l.clause && e.items[k].kind == l.kind))
                        k++;
                    if (k == e.items.size()) {
                        e.items.push_back(l);
                        e.items.back().fen = 0;
                        explains.emplace_back(l.explain, 0);
                    }
                    slots.push_back(Slot{k, explains[k - first_aggregated].first == l.explain});
                }
            }
            const std::vector<Line>& lines = e.outcomes[o].lines;
            for (size_t j = 0; j < lines.size(); j++) {
                const Slot& slot = slots[first_slot[o] + j];
                e.items[slot.item].fen += lines[j].fen * t.count;
                auto& ex = explains[slot.item - first_aggregated];
                ex.second = ex.second >= 0 && slot.first_explain ? ex.second + t.count : -1;
            }
            e.trainees.push_back(TraineeResult{static_cast<long long>(i), t.id, t.count, o});
        }
    }
    for (size_t k = 0; k < explains.size(); k++) {
        Line& item = e.items[first_aggregated + k];
        long long same = explains[k].second;
        if (same > 1) item.explain += " × " + n(same) + "人";
        else if (same < 0) item.explain = "各学员合计（逐人明细见 trainees）";
    }
    for (const Line& l : e.items)
        if (l.counted) e.total_fen += l.fen;
    e.eligible = e.total_fen > 0;
    if (!e.eligible) {
        e.total_fen = 0;
        bool explained = false;
        for (const Issue& is : e.issues) explained = explained || is.effect == "excluded";
        for (const TraineeOutcome& o : e.outcomes)  // every outcome belongs to at least one trainee
            for (const Issue& is : o.issues) explained = explained || is.effect == "excluded";
        if (!explained)
            e.issues.push_back(issue("nothing_payable", c.rules.clause, "按所给条件没有可补贴的金额（学时或人数为 0）", "excluded"));
    }
    return e;
}

namespace {

json line_json(const Line& l) {
    json j = {{"label", l.label},      {"amount", yuan_json(l.fen)}, {"amount_fen", l.fen},
              {"clause", l.clause},    {"explain", l.explain},       {"fund", l.fund},
              {"counted_in_total", l.counted}, {"kind", l.kind}};
    return j;
}

json issue_json(const Issue& i, long long trainee) {
    json j = {{"code", i.code}, {"clause", i.clause}, {"message", i.message}, {"effect", i.effect}};
    if (trainee >= 0) j["trainee"] = trainee;
    return j;
}

}  // namespace

json estimate_to_json(const Estimate& e) {
    const SchemeRules& rules = e.policy->rules(e.scheme);
    json j;
    j["eligible"] = e.eligible;
    j["total"] = yuan_json(e.total_fen);
    j["total_fen"] = e.total_fen;
    j["scheme"] = std::string(scheme_id(e.scheme));
    j["scheme_name"] = rules.name;
    j["clause"] = rules.clause;
    j["date"] = format_date(e.date);
    j["policy"] = {{"id", e.policy->id}, {"title", e.policy->title},
                   {"effective_from", format_date(e.policy->effective_from)}};
    json items = json::array();
    for (const Line& l : e.items) items.push_back(line_json(l));
    j["items"] = std::move(items);
    json issues = json::array();
    for (const Issue& i : e.issues) issues.push_back(issue_json(i, i.trainee));
    for (const TraineeResult& t : e.trainees)
        for (const Issue& i : e.outcome(t).issues) {
            json ij = issue_json(i, t.index);
            if (!e.count_form) {
                std::string who = "第 " + std::to_string(t.index + 1) + " 名学员";
                if (!t.id.empty()) who += "（" + t.id + "）";
                ij["message"] = who + "：" + i.message;
            }
            issues.push_back(std::move(ij));
        }
    j["issues"] = std::move(issues);
    json trainees = json::array();
    for (const TraineeResult& t : e.trainees) {
        json tj = {{"index", t.index}, {"count", t.count}};
        if (!t.id.empty()) tj["id"] = t.id;
        const TraineeOutcome& o = e.outcome(t);
        long long fen = o.fen;
        tj["eligible"] = fen > 0;
        tj["amount"] = yuan_json(fen);
        tj["amount_fen"] = fen;
        json lines = json::array();
        for (const Line& l : o.lines) lines.push_back(line_json(l));
        tj["items"] = std::move(lines);
        json ti = json::array();
        for (const Issue& i : o.issues) ti.push_back(issue_json(i, t.index));
        tj["issues"] = std::move(ti);
        trainees.push_back(std::move(tj));
    }
    j["trainees"] = std::move(trainees);
    j["interpretations"] = e.policy->interpretations;
    return j;
}

json estimate_json(const json& scenario, const Date& today) { return estimate_to_json(estimate(parse_scenario(scenario, today))); }

json standard_json(const json& scenario, const Date& today) {
    Scenario s = parse_scenario(scenario, today);
    const PolicyVersion& p = policy_for(s.date);
    Ctx c{s, p, p.rules(s.scheme)};
    std::vector<Issue> issues;  // the estimate reports them
    json out = json::array();
    for (Raw& r : scheme_lines(c, issues)) {
        r.line.fen = round_half_up(r.num, r.den);
        out.push_back(line_json(r.line));
    }
    return out;
}

}  // namespace skillaid
