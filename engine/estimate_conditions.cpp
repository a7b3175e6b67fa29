// The eligibility conditions of issue 14 (三(一)1 岗前培训 contract and start,
// 三(一)2 转岗转业, 二(二) 申领地, 三(二) target groups, 以工代训): thresholds
// and group lists from the policy parameters, checked once per distinct Case.
#include "engine/estimate_case.h"

namespace skillaid::estimate_parts {

bool conditions_refused(const Ctx& c, const Case& t, std::vector<Issue>& out, Assumed& assumed, Notes& notes) {
    const Scenario& s = c.s;
    if (s.scheme == Scheme::pre_job) {
        const Num &term = c.p.pre_job_conditions.contract_min_months, &window = c.p.pre_job_conditions.start_within_months;
        // A dispatched worker's 派遣协议 meets the contract condition whatever its term.
        bool term_met = t.dispatched || t.contract_open_ended == 1;
        if (!term_met && t.contract_months < 0) {
            assumed.push_back(notes.get("contract_assumed", [&] {
                return issue("contract_assumed", term.clause,
                             "未提供劳动合同期限（合同期限或无固定期限）：按 " + n(term.value) + " 个月以上或派遣协议估算",
                             "note");
            }));
        } else if (!term_met && t.contract_months < term.value) {
            out.push_back(issue("contract_too_short", term.clause,
                                not_met("岗前培训要求劳动合同期限不少于 " + n(term.value) + " 个月（1年以上）或无固定期限，该学员合同期限 " +
                                            n(t.contract_months) + " 个月，差 " + n(term.value - t.contract_months) +
                                            " 个月",
                                        term.clause),
                                "excluded"));
            return true;
        }
        if (t.signed_state == 0) {
            assumed.push_back(notes.get("contract_signed_assumed", [&] {
                return issue("contract_signed_assumed", window.clause,
                             "未提供劳动合同（派遣协议）签订日期：按培训在签订之日起 " + n(window.value) + " 个月内开始估算",
                             "note");
            }));
        } else if (t.signed_state == 2) {
            out.push_back(issue("training_after_contract_window", window.clause,
                                not_met("岗前培训须在签订劳动合同（派遣协议）之日起 " + n(window.value) +
                                            " 个月内参加，培训开始日已超出 " + n(t.signed_days) + " 天",
                                        window.clause),
                                "excluded"));
            return true;
        } else if (t.signed_state == 3) {
            out.push_back(issue("training_before_contract", window.clause,
                                not_met("岗前培训须在签订劳动合同（派遣协议）之后参加，培训开始日早于签订日 " +
                                            n(t.signed_days) + " 天",
                                        window.clause),
                                "excluded"));
            return true;
        }
    }
    if (s.scheme == Scheme::job_transfer) {
        const Text& rule = c.p.job_transfer_different_category;
        if (!t.current_occupation) {
            assumed.push_back(notes.get("current_occupation_assumed", [&] {
                return issue("current_occupation_assumed", rule.clause,
                             "未提供现岗位工种：按所培训工种与现岗位工种" + rule.value + "估算", "note");
            }));
        } else if (t.current_occupation->category == s.occupation->category) {
            out.push_back(issue("same_occupation_category", rule.clause,
                                not_met("转岗培训的工种须与现岗位工种" + rule.value + "，“" + s.occupation->name +
                                            "”与现岗位工种“" + t.current_occupation->name + "”同属“" +
                                            s.occupation->category + "”",
                                        rule.clause),
                                "excluded"));
            return true;
        }
    }
    if (c.rules.claim_place && t.claim_place == ClaimPlace::training) {
        const Text& rule = c.p.training_place_condition;
        if (t.changchun_hukou < 0) {
            assumed.push_back(notes.get("changchun_hukou_assumed", [&] {
                return issue("changchun_hukou_assumed", rule.clause,
                             "在培训地申领，未提供是否为长春地区户籍：按" + rule.value + "估算", "note");
            }));
        } else if (t.changchun_hukou == 0) {
            out.push_back(issue("training_place_not_allowed", rule.clause,
                                not_met("仅" + rule.value + "的人员可在培训地申领，该学员非长春地区户籍", rule.clause),
                                "excluded"));
            return true;
        }
    }
    if (!c.rules.target_groups.empty()) {
        const auto& groups = c.rules.target_groups;
        auto allowed = [&groups] {
            if (groups.size() == static_cast<size_t>(target_group_count - 1)) return std::string("就业困难群体");
            std::string names;
            for (TargetGroup g : groups) names += (names.empty() ? "" : "、") + std::string(target_group_name(g));
            return names;
        };
        if (t.target_group == TargetGroup::none) {
            assumed.push_back(notes.get("target_group_assumed", [&] {
                return issue("target_group_assumed", c.rules.target_groups_clause, "未提供人员类别：按" + allowed() + "估算",
                             "note");
            }));
        } else if (std::find(groups.begin(), groups.end(), t.target_group) == groups.end()) {
            out.push_back(issue("target_group_not_eligible", c.rules.target_groups_clause,
                                not_met(c.rules.name + "限" + allowed() + "，该学员为" +
                                            std::string(target_group_name(t.target_group)),
                                        c.rules.target_groups_clause),
                                "excluded"));
            return true;
        }
    }
    return false;
}

}  // namespace skillaid::estimate_parts
