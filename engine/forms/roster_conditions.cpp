// A roster's eligibility conditions (issue 14): which a scheme asks
// (roster_conditions), their checks per row (validate_conditions) and their
// print appendix (html_conditions). Their JSON is read and written with the
// rest of the row in roster.cpp.
#include "engine/forms/roster.h"

#include "engine/errors.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

const std::vector<Group>& roster_groups() {
    static const std::vector<Group> groups = {Group::poor_labour, Group::employment_difficulty,
                                              Group::zero_employment_family, Group::two_after_rural,
                                              Group::two_after_urban_dibao};
    return groups;
}

unsigned roster_conditions(Scheme s) {
    const unsigned training = cond_claim_place | cond_history;
    switch (s) {
        case Scheme::pre_job: return cond_contract | training;
        case Scheme::job_transfer: return cond_current_occupation | training;
        case Scheme::skill_upgrade:
        case Scheme::job_drill:
        case Scheme::apprenticeship: return training;
        case Scheme::employment_skills:
        case Scheme::entrepreneurship:
        case Scheme::labour_preparation:
        case Scheme::poverty_training: return cond_target_group | training;
        case Scheme::work_for_training:
        case Scheme::living_allowance: return cond_history;
        default: return 0;
    }
}

static std::string scheme_title(int scheme) {
    return scheme >= 0 && scheme < scheme_count ? policy_versions().back().rules(static_cast<Scheme>(scheme)).name : "";
}

void RosterModel::validate_conditions(Validation& v, const Date& today, unsigned conditions, bool required,
                                      bool required_warns) const {
    for (size_t i = 0; i < people.size() && conditions; i++) {
        const RosterPerson& p = people[i];
        const std::string key = "roster." + std::to_string(i) + ".";
        const int row = static_cast<int>(i) + 1;
        auto where = [&](const std::string& column) { return format_text(text::roster_row_format, row, column.c_str()); };
        auto missing = [&](const char* field, const char* label, const char* message = text::required_message) {
            if (!required) return;  // before enrolling: the estimate assumes the condition
            if (required_warns) v.warning(key + field, where(label), message);
            else v.error(key + field, where(label), message);
        };
        // A filled date: exists, not after today.
        auto check_day = [&](const std::string& k, const std::string& label, const std::string& value) {
            Date d{};
            try {
                d = parse_date(trimmed(value), "");
            } catch (const InputError& e) {
                v.error(k, label, e.message);
                return;
            }
            if (today < d) v.error(k, label, text::ro_date_future);
        };
        auto check_occupation = [&](const std::string& k, const std::string& label, const std::string& value) {
            if (!occupation_of_text(value)) v.error(k, label, format_text(text::ro_occupation_unknown_format, trimmed(value).c_str()));
        };
        if (conditions & cond_contract) {
            if (trimmed(p.contract_signed).empty()) missing("contract_signed", text::ro_contract_signed);
            else check_day(key + "contract_signed", where(text::ro_contract_signed), p.contract_signed);
            if (p.contract_months < -1)
                v.error(key + "contract_months", where(text::ro_contract_months), text::ro_months_negative);
            else if (p.contract_months < 0 && !p.contract_open_ended)
                missing("contract_months", text::ro_contract_months, text::ro_contract_term_missing);
        }
        if (conditions & cond_current_occupation) {
            if (trimmed(p.current_occupation).empty()) missing("current_occupation", text::ro_current_occupation);
            else check_occupation(key + "current_occupation", where(text::ro_current_occupation), p.current_occupation);
        }
        if (conditions & cond_claim_place) {
            if (p.claim_place < 0) missing("claim_place", text::ro_claim_place);
            if (p.changchun_hukou < 0) missing("changchun_hukou", text::ro_changchun_hukou);
        }
        if ((conditions & cond_target_group) && p.target_group < 0) missing("target_group", text::ro_target_group);
        if (!(conditions & cond_history)) continue;
        for (size_t j = 0; j < p.history.size(); j++) {
            const PriorTraining& t = p.history[j];
            const std::string hk = key + "history." + std::to_string(j) + ".";
            const std::string item = format_text(text::ro_history_item_format, static_cast<int>(j) + 1) + " ";
            auto label = [&](const char* field) { return where(item + field); };
            if (trimmed(t.date).empty()) v.error(hk + "date", label(text::ro_history_date), text::required_message);
            else check_day(hk + "date", label(text::ro_history_date), t.date);
            if (t.scheme < 0) v.error(hk + "scheme", label(text::ro_history_scheme), text::required_message);
            if (!trimmed(t.occupation).empty()) check_occupation(hk + "occupation", label(text::ro_history_occupation), t.occupation);
            if (t.days < 0) v.error(hk + "days", label(text::ro_history_days), text::ro_months_negative);
            if (t.months < 0) v.error(hk + "months", label(text::ro_history_months), text::ro_months_negative);
        }
    }
}

std::string RosterModel::html_conditions(unsigned conditions, bool always) const {
    const bool contract = conditions & cond_contract, current = conditions & cond_current_occupation,
               place = conditions & cond_claim_place, target = conditions & cond_target_group;
    bool filled = false, any_history = false;
    for (const RosterPerson& p : people) {
        filled |= (contract && (!p.contract_signed.empty() || p.contract_months >= 0 || p.contract_open_ended)) ||
                  (current && !p.current_occupation.empty()) || (place && (p.claim_place >= 0 || p.changchun_hukou >= 0)) ||
                  (target && p.target_group >= 0);
        any_history |= !p.history.empty();
    }
    std::string h;
    if ((contract || current || place || target) && (always || filled)) {
        h += "<h2>" + html_escape(text::ro_appendix_heading) + "</h2><table class=\"list\" id=\"conditions\"><thead><tr>" +
             html_th(text::roster_col_no) + html_th(text::roster_col_name) + html_th(text::roster_col_id);
        if (contract) h += html_th(text::ro_col_contract);
        if (current) h += html_th(text::ro_current_occupation);
        if (place) h += html_th(text::ro_claim_place) + html_th(text::ro_changchun_hukou);
        if (target) h += html_th(text::ro_target_group);
        h += "</tr></thead><tbody>";
        for (size_t i = 0; i < people.size(); i++) {
            const RosterPerson& p = people[i];
            h += "<tr>" + html_td(std::to_string(i + 1), "c") + html_td(p.name, "nowrap") + html_td(p.id, "id");
            if (contract) {
                std::string term = p.contract_open_ended ? std::string(text::ro_open_ended_print)
                                   : p.contract_months >= 0 ? format_text(text::ro_months_print_format, p.contract_months)
                                                            : std::string();
                const std::string day = trimmed(p.contract_signed);
                h += html_td(day + (day.empty() || term.empty() ? "" : "，") + term);
            }
            if (current) {
                const Occupation* o = occupation_of_text(p.current_occupation);
                h += html_td(o ? std::to_string(o->number) + " " + o->name : p.current_occupation);
            }
            if (place)
                h += html_td(p.claim_place >= 0 ? text::ro_claim_places[p.claim_place] : "") +
                     html_td(p.changchun_hukou >= 0 ? text::ro_yes_no[p.changchun_hukou] : "", "c");
            if (target) h += html_td(p.target_group >= 0 ? text::ro_target_groups[p.target_group] : "");
            h += "</tr>";
        }
        h += "</tbody></table>";
    }
    if ((conditions & cond_history) && any_history) {
        h += "<h2>" + html_escape(text::ro_appendix_history_heading) + "</h2><table class=\"list\" id=\"history\"><thead><tr>" +
             html_th(text::roster_col_no) + html_th(text::roster_col_name) + html_th(text::ro_history_date) + html_th(text::ro_history_scheme) +
             html_th(text::ro_history_occupation) + html_th(text::ro_history_level) + html_th(text::ro_history_days) +
             html_th(text::ro_history_months) + "</tr></thead><tbody>";
        for (size_t i = 0; i < people.size(); i++)
            for (const PriorTraining& t : people[i].history) {
                const Occupation* o = occupation_of_text(t.occupation);
                h += "<tr>" + html_td(std::to_string(i + 1), "c") + html_td(people[i].name, "nowrap") + html_td(t.date, "nowrap") +
                     html_td(scheme_title(t.scheme)) + html_td(o ? std::to_string(o->number) + " " + o->name : t.occupation) +
                     html_td(t.level >= 0 ? std::string(level_name(training_levels()[static_cast<size_t>(t.level)])) : "") +
                     html_td(t.days > 0 ? std::to_string(t.days) : "", "num") + html_td(t.months > 0 ? std::to_string(t.months) : "", "num") +
                     "</tr>";
            }
        h += "</tbody></table>";
    }
    return h;
}

}  // namespace skillaid
