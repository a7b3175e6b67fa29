// The estimate: each trainee's outcome (attendance 二(一), per-person limits
// 二(二), certificates, 以工代训, 生活费补贴, competitions and promotions), one
// per distinct case, summed into the scenario's lines. The lines that are the
// same for every person come from estimate_schemes.cpp; the JSON answer is
// written by estimate_json.cpp.
#include "engine/estimate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "engine/estimate_case.h"
#include "engine/estimate_parts.h"

namespace skillaid {

using namespace estimate_parts;

namespace {

using json = nlohmann::json;

// --- Per trainee ---------------------------------------------------------

bool same_level(bool has_a, Level a, bool has_b, Level b) { return has_a == has_b && (!has_a || a == b); }

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
        mix(k.contract_months);
        mix((k.contract_open_ended + 2) | k.signed_state << 2 | static_cast<long long>(k.claim_place) << 4 |
            (k.changchun_hukou + 2) << 8 | static_cast<long long>(k.target_group) << 12);
        mix(k.signed_days);
        mix(static_cast<long long>(reinterpret_cast<uintptr_t>(k.current_occupation)));
        mix(k.work_days_before);
        mix(k.work_history_unknown);
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
    const Scheme sc = s.scheme;
    if (sc == Scheme::pre_job) {
        // Any term at or above the minimum acts as the same (shared outcomes).
        k.contract_months = std::min(t.contract_months, c.p.pre_job_conditions.contract_min_months.value);
        k.contract_open_ended = t.contract_open_ended;
        if (t.has_contract_signed) {
            // 之日起 N 个月: the period's last day is the same day N months on.
            Date last = add_months(t.contract_signed, static_cast<int>(c.p.pre_job_conditions.start_within_months.value));
            if (s.date < t.contract_signed) {
                k.signed_state = 3;
                k.signed_days = days_from_civil(t.contract_signed) - days_from_civil(s.date);
            } else if (s.date > last) {
                k.signed_state = 2;
                k.signed_days = days_from_civil(s.date) - days_from_civil(last);
            } else {
                k.signed_state = 1;
            }
        }
    }
    if (sc == Scheme::job_transfer) k.current_occupation = t.current_occupation;
    if (c.rules.claim_place) {
        k.claim_place = t.claim_place;
        k.changchun_hukou = t.changchun_hukou;
    }
    if (!c.rules.target_groups.empty()) k.target_group = t.target_group;
    const long long per_month = c.p.work_for_training.days_per_month.value;
    for (const HistoryEntry& h : t.history) {
        if (sc == Scheme::work_for_training && h.scheme == Scheme::work_for_training) {
            k.work_days_before += h.months * per_month + h.days;
            if (!h.has_period) k.work_history_unknown++;
        }
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
                                " 次上限，超出 " + n(this_year + 1 - max.value) + " 次（" + max.clause + "）",
                            "excluded"));
        return true;
    }
    const Num& once = c.p.same_occupation_level_per_year;
    if (same >= once.value) {
        std::string lv = c.s.has_level ? std::string(level_name(c.s.level)) : "同一等级";
        out.push_back(issue("same_occupation_level_this_year", once.clause,
                            n(year) + " 年已就“" + c.s.occupation->name + "”" + lv + "享受过 " + n(same) +
                                " 次补贴，同一职业同一等级一年内限 " + n(once.value) + " 次（" + once.clause + "）",
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

std::vector<Raw> work_for_training_lines(const Ctx& c, const Case& t, std::vector<Issue>& out,
                                         Assumed& assumed, Notes& notes) {
    const auto& w = c.p.work_for_training;
    if (t.group == Group::none) {
        assumed.push_back(notes.get("group_assumed", [&] {
            return issue("group_assumed", w.groups_clause, "未注明人员类别：按就业困难人员或零就业家庭成员估算", "note");
        }));
    } else if (std::find(w.groups.begin(), w.groups.end(), t.group) == w.groups.end()) {
        out.push_back(issue("group_not_eligible", w.groups_clause,
                            not_met("以工代训补贴限就业困难人员、零就业家庭成员，该学员为" + std::string(group_name(t.group)),
                                    w.groups_clause),
                            "excluded"));
        return {};
    }
    long long per_month = w.days_per_month.value;
    // "N 个月 M 天" of a number of days.
    auto period = [per_month](long long d) {
        std::string m = d >= per_month ? n(d / per_month) + " 个月" : "";
        if (d % per_month) m += (m.empty() ? "" : " ") + n(d % per_month) + " 天";
        return m.empty() ? std::string("0 个月") : m;
    };
    if (t.work_history_unknown > 0)
        assumed.push_back(notes.add(issue("history_months_assumed", w.max_months.clause,
                                          "此前 " + n(t.work_history_unknown) + " 条以工代训记录未注明月数或天数：按 0 个月计算",
                                          "note")),
                          false);
    long long days = t.months * per_month + t.days;
    if (days == 0) {
        out.push_back(issue("no_period", c.rules.clause, "未提供以工代训的月数或天数", "excluded"));
        return {};
    }
    // 最长 6 个月 per person, earlier claims included (history `months`/`days`).
    long long max_days = w.max_months.value * per_month;
    long long before = t.work_days_before;
    long long left = std::max(0LL, max_days - before);
    std::string limit = "以工代训每人最长 " + n(w.max_months.value) + " 个月";
    if (before > 0) limit += "，此前已享受 " + period(before);
    if (left == 0) {
        out.push_back(issue("months_limit_reached", w.max_months.clause, limit + "，不再补贴（" + w.max_months.clause + "）", "excluded"));
        return {};
    }
    std::string explain = yuan(w.per_month_fen) + "/月 × " + n(t.months) + "个月";
    if (t.days > 0) explain += " + " + yuan(w.per_month_fen) + " ÷ " + n(per_month) + "天 × " + n(t.days) + "天";
    if (days > left) {
        out.push_back(issue("months_capped", w.max_months.clause,
                            limit + "；本次 " + n(t.months) + " 个月 " + n(t.days) + " 天，超出的 " + period(days - left) +
                                "不补贴（" + w.max_months.clause + "）",
                            "reduced"));
        explain = yuan(w.per_month_fen) + "/月 × " + n(left / per_month) + "个月";
        if (left % per_month) explain += " + " + yuan(w.per_month_fen) + " ÷ " + n(per_month) + "天 × " + n(left % per_month) + "天";
        explain += "（最长" + n(w.max_months.value) + "个月" + (before > 0 ? "，此前已享受" + period(before) : "") + "）";
        days = left;
    }
    return {raw(c.rules.name, w.per_month_fen.value * days, per_month, w.per_month_fen.clause, explain, c.rules.fund)};
}

std::vector<Raw> living_allowance_lines(const Ctx& c, const Case& t, std::vector<Issue>& out) {
    const auto& la = c.p.living_allowance;
    if (t.group == Group::none) {
        out.push_back(issue("group_missing", c.rules.clause, "生活费补贴按人员类别确定标准，未注明人员类别", "excluded"));
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
        out.push_back(issue("no_days", c.rules.clause, "未提供培训天数", "excluded"));
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
        if (s.count_form) missing("/participants", "参赛职工人数", c.rules);
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

TraineeOutcome evaluate_trainee(const Ctx& c, const Case& t, const std::vector<Raw>& base, Notes& notes) {
    TraineeOutcome r;
    std::vector<Raw> lines;
    // Notes of assumed conditions go after the issues that decide the amount
    // (a form shows a person's first issue as the reason).
    Assumed assumed;
    if (!trainee_refused(c, t, r.issues) && !conditions_refused(c, t, r.issues, assumed, notes)) {
        if (c.s.scheme == Scheme::work_for_training) lines = work_for_training_lines(c, t, r.issues, assumed, notes);
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
    r.issues.reserve(r.issues.size() + assumed.size);
    for (size_t i = 0; i < assumed.size; i++) {
        r.issues.push_back(*assumed.at[i]);
        if (assumed.shared[i]) r.shared_notes.push_back(assumed.at[i]->code);
    }
    for (const Line& l : r.lines)
        if (l.counted) r.fen += l.fen;
    return r;
}

// A note that every trainee has, with the same text (Notes::get), is a fact
// of the scenario: listed once, before its other notes, and taken out of the
// outcomes, so that the answer does not repeat it per trainee.
void hoist_common_notes(Estimate& e) {
    if (e.outcomes.empty()) return;
    std::vector<Issue> common;
    for (const std::string& code : e.outcomes.front().shared_notes) {
        bool everywhere = true;
        for (const TraineeOutcome& o : e.outcomes)  // every outcome belongs to at least one trainee
            everywhere = everywhere && std::find(o.shared_notes.begin(), o.shared_notes.end(), code) != o.shared_notes.end();
        if (!everywhere) continue;
        auto in = [&code](TraineeOutcome& o) {
            return std::find_if(o.issues.begin(), o.issues.end(), [&](const Issue& i) { return i.code == code; });
        };
        common.push_back(*in(e.outcomes.front()));
        for (TraineeOutcome& o : e.outcomes) o.issues.erase(in(o));
    }
    for (TraineeOutcome& o : e.outcomes) o.shared_notes.clear();
    e.notes.insert(e.notes.begin(), std::make_move_iterator(common.begin()), std::make_move_iterator(common.end()));
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
    if (s.date > p.lapses_after.date)  // 七(五): estimated as before, with a note
        e.notes.push_back(issue("policy_may_have_lapsed", p.lapses_after.clause,
                                "本通知以国家职业技能提升行动截止时间（" + format_date(p.lapses_after.date) +
                                    "）为准同时废止；" + format_date(s.date) +
                                    " 在其后，可能已适用后续政策，本估算仍按本通知计算，请以人社部门答复为准",
                                "note"));
    if (!s.approved_trade.empty())  // 二(三): a trade outside the catalog at a comparable trade's standard
        e.notes.push_back(issue("approved_trade_comparable", p.approved_trade_route.clause,
                                "目录外工种“" + s.approved_trade + "”经市人社局批准，参照附件1工种“" + s.occupation->name +
                                    "”（序号 " + n(s.occupation->number) + "）的补贴标准估算",
                                "note"));
    if (s.scheme == Scheme::work_for_training) {  // 三(一)7: 参保企业
        const Text& insured = p.work_for_training.enterprise_insured;
        if (s.enterprise.insured < 0) {
            e.notes.push_back(issue("enterprise_insured_assumed", insured.clause,
                                    "未提供企业是否参保：按" + insured.value + "估算", "note"));
        } else if (s.enterprise.insured == 0) {
            e.issues.push_back(issue("enterprise_not_insured", insured.clause,
                                     not_met("以工代训补贴限" + insured.value + "，该企业未参保", insured.clause),
                                     "excluded"));
            open = false;
        }
    }
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
        Notes notes;
        seen.reserve(s.trainees.size());
        e.trainees.reserve(s.trainees.size());
        e.outcomes.reserve(s.trainees.size());
        for (size_t i = 0; i < s.trainees.size(); i++) {
            const Trainee& t = s.trainees[i];
            auto [it, fresh] = seen.try_emplace(case_of(c, t), e.outcomes.size());
            size_t o = it->second;
            if (fresh) {
                e.outcomes.push_back(evaluate_trainee(c, it->first, base, notes));
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
    hoist_common_notes(e);
    for (size_t k = 0; k < explains.size(); k++) {
        Line& item = e.items[first_aggregated + k];
        long long same = explains[k].second;
        if (same > 1) item.explain += " × " + n(same) + "人";
        else if (same < 0) item.explain = "各学员合计（逐人明细见参训人员名单）";
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

}  // namespace skillaid
