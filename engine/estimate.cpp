// The estimate: each trainee's outcome (attendance 二(一), per-person limits
// 二(二), certificates, 以工代训, 生活费补贴, competitions and promotions), one
// per distinct case, summed into the scenario's lines. The lines that are the
// same for every person come from estimate_schemes.cpp; the JSON answer is
// written by estimate_json.cpp.
#include "engine/estimate.h"

#include <algorithm>
#include <unordered_map>

#include "engine/estimate_parts.h"

namespace skillaid {

using namespace estimate_parts;

namespace {

using json = nlohmann::json;

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
        out.push_back(issue("no_period", c.rules.clause, "未提供以工代训的月数或天数", "excluded"));
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
