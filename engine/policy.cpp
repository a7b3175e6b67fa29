#include "engine/policy.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "engine/assets.h"
#include "engine/errors.h"

namespace skillaid {

namespace {

constexpr std::array<std::string_view, scheme_count> scheme_ids = {
    "pre_job", "job_transfer", "skill_upgrade", "job_drill", "competition", "apprenticeship", "work_for_training",
    "employment_skills", "entrepreneurship", "labour_preparation", "living_allowance", "poverty_training", "assessment"};
constexpr std::array<std::string_view, level_count> level_ids = {
    "none", "junior", "intermediate", "senior", "technician", "senior_technician", "senior_technician_upgrade"};
constexpr std::array<std::string_view, level_count> level_names = {
    "无等级", "初级工", "中级工", "高级工", "技师", "高级技师", "高级技师岗位技能提升"};
constexpr std::array<std::string_view, group_count> group_ids = {
    "none", "poor_labour", "employment_difficulty", "zero_employment_family", "two_after_rural", "two_after_urban_dibao"};
constexpr std::array<std::string_view, group_count> group_names = {
    "未注明", "贫困劳动力", "就业困难人员", "零就业家庭成员", "两后生(农村户籍)", "两后生(城市低保家庭)"};
constexpr std::array<std::string_view, target_group_count> target_group_ids = {
    "none", "poor_family_child", "poor_labour", "two_after", "rural_migrant", "laid_off",
    "graduate", "offender", "unpensioned", "disabled", "veteran"};
constexpr std::array<std::string_view, target_group_count> target_group_names = {
    "未注明", "贫困家庭子女", "贫困劳动力", "“两后生”", "农村转移就业劳动者", "下岗失业人员",
    "毕业年度及离校2年内未就业高校毕业生", "罪犯和刑满释放人员", "未按月领取城镇职工基本养老金的人员", "残疾人", "退役军人"};
constexpr std::array<std::string_view, claim_place_count> claim_place_ids = {"none", "household", "residence", "training",
                                                                              "employment"};
constexpr std::array<std::string_view, claim_place_count> claim_place_names = {"未注明", "户籍地", "常住地", "培训地",
                                                                                "求职就业地"};
constexpr std::array<std::string_view, enterprise_type_count> enterprise_ids = {"state_owned", "above_scale", "other"};
constexpr std::array<std::string_view, enterprise_type_count> enterprise_names = {"国有企业", "规模以上企业", "其他企业"};
constexpr std::array<std::string_view, 3> class_ids = {"A", "B", "C"};

template <typename E, size_t N>
bool parse_id(const std::array<std::string_view, N>& ids, std::string_view id, E& out) {
    for (size_t i = 0; i < N; i++)
        if (ids[i] == id) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}

// A malformed policy file is a build defect, not user input: std::logic_error.
using json = nlohmann::json;

const json& param(const json& params, const std::string& key) {
    auto it = params.find(key);
    if (it == params.end()) throw std::logic_error("policy parameter missing: " + key);
    return *it;
}

Num num(const json& params, const std::string& key) {
    const json& p = param(params, key);
    return Num{p.at("value").get<long long>(), p.at("clause").get<std::string>()};
}

Text text(const json& params, const std::string& key) {
    const json& p = param(params, key);
    return Text{p.at("value").get<std::string>(), p.at("clause").get<std::string>()};
}

template <size_t N>
std::array<Num, N> nums(const json& params, const std::string& prefix, const std::array<std::string_view, N>& ids,
                        size_t first = 0) {
    std::array<Num, N> out{};
    for (size_t i = first; i < N; i++) out[i] = num(params, prefix + std::string(ids[i]));
    return out;
}

Level level_param(const json& params, const std::string& key) {
    Level l{};
    if (!parse_level(text(params, key).value, l)) throw std::logic_error("policy level unknown: " + key);
    return l;
}

HourlyParams hourly(const json& params, const std::string& scheme) {
    return HourlyParams{num(params, scheme + ".hourly_rate_fen"), nums(params, scheme + ".class_hours.", class_ids)};
}

// A parameter's value as prose: _bp as a percentage ("70%"), _fen in 元 ("500元"), others as is.
std::string parameter_text(const std::string& key, long long value) {
    auto decimal = [](long long hundredths) {
        std::string out = std::to_string(hundredths / 100);
        if (long long rest = hundredths % 100) {
            out += "." + std::string(rest < 10 ? "0" : "") + std::to_string(rest);
            if (out.back() == '0') out.pop_back();
        }
        return out;
    };
    auto ends_with = [&](const char* suffix) {
        const std::string s = suffix;
        return key.size() >= s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0;
    };
    if (ends_with("_bp")) return decimal(value) + "%";
    if (ends_with("_fen")) return decimal(value) + "元";
    return std::to_string(value);
}

// `text` with each "{parameter.name}" replaced by parameter_text (prose that
// quotes a number never drifts from the number the formulas use).
std::string fill_parameters(const std::string& text, const json& params) {
    std::string out;
    size_t at = 0;
    while (true) {
        const size_t open = text.find('{', at);
        if (open == std::string::npos) break;
        const size_t close = text.find('}', open);
        if (close == std::string::npos) throw std::logic_error("policy text: unclosed { in " + text);
        const std::string key = text.substr(open + 1, close - open - 1);
        out += text.substr(at, open - at) + parameter_text(key, num(params, key).value);
        at = close + 1;
    }
    return out + text.substr(at);
}

// {"occupation": "required", "hours": "optional", ...}; anything else is a data error.
SchemeInputs scheme_inputs(const json& j) {
    SchemeInputs in;
    struct Member {
        const char* name;
        Need SchemeInputs::*need;
    };
    static constexpr Member kMembers[] = {
        {"occupation", &SchemeInputs::occupation}, {"level", &SchemeInputs::level},
        {"hours", &SchemeInputs::hours},           {"participants", &SchemeInputs::participants},
        {"enterprise", &SchemeInputs::enterprise}, {"group", &SchemeInputs::group},
        {"days", &SchemeInputs::days},             {"months", &SchemeInputs::months},
        {"unemployment_insurance", &SchemeInputs::unemployment_insurance}};
    for (const auto& [name, value] : j.items()) {
        const Member* m = nullptr;
        for (const Member& k : kMembers)
            if (name == k.name) m = &k;
        const std::string need = value.get<std::string>();
        if (!m || (need != "required" && need != "optional"))
            throw std::logic_error("policy scheme input unknown: " + name + " " + need);
        in.*(m->need) = need == "required" ? Need::required : Need::optional;
    }
    return in;
}

PolicyVersion load_version(const json& v) {
    PolicyVersion p;
    p.id = v.at("id").get<std::string>();
    p.title = v.at("title").get<std::string>();
    p.effective_from = parse_date(v.at("effective_from").get<std::string>(), "/effective_from");
    for (const json& line : v.at("interpretations"))
        p.interpretations.push_back(fill_parameters(line.get<std::string>(), v.at("parameters")));
    const json& schemes = v.at("schemes");
    for (size_t i = 0; i < scheme_count; i++) {
        const json& s = schemes.at(std::string(scheme_ids[i]));
        p.schemes[i] = SchemeRules{s.at("name").get<std::string>(), s.at("clause").get<std::string>(),
                                   s.at("fund").get<std::string>(), s.at("attendance").get<bool>(),
                                   s.at("certificate").get<bool>(), s.at("per_person_limit").get<bool>(),
                                   s.at("business").get<std::string>(), scheme_inputs(s.at("inputs")),
                                   s.at("claim_place").get<bool>(), {}, {}};
    }
    const json& q = v.at("parameters");
    for (Scheme sc : {Scheme::employment_skills, Scheme::entrepreneurship, Scheme::labour_preparation,
                      Scheme::poverty_training}) {
        const json& groups = param(q, std::string(scheme_ids[static_cast<size_t>(sc)]) + ".target_groups");
        SchemeRules& r = p.schemes[static_cast<size_t>(sc)];
        r.target_groups_clause = groups.at("clause").get<std::string>();
        for (const json& g : groups.at("value")) {
            TargetGroup parsed{};
            if (!parse_target_group(g.get<std::string>(), parsed)) throw std::logic_error("policy target group unknown");
            r.target_groups.push_back(parsed);
        }
        if (r.target_groups.empty()) throw std::logic_error("policy target groups empty");
    }
    const json& lapse = param(q, "policy.lapses_after");
    p.lapses_after = {parse_date(lapse.at("value").get<std::string>(), "/policy.lapses_after"),
                      lapse.at("clause").get<std::string>()};
    p.training_place_condition = text(q, "claim_place.training_place_condition");
    p.approved_trade_route = text(q, "approved_trade.route");
    p.pre_job_conditions = {num(q, "pre_job.contract_min_months"), num(q, "pre_job.start_within_months")};
    p.job_transfer_different_category = text(q, "job_transfer.different_category");
    p.attendance_min_bp = num(q, "attendance.min_bp");
    p.attendance_full_bp = num(q, "attendance.full_bp");
    p.max_trainings_per_year = num(q, "per_person.max_trainings_per_year");
    p.same_occupation_level_per_year = num(q, "per_person.same_occupation_level_per_year");
    p.online_max_share_bp = num(q, "online.max_share_bp");
    p.online_rate_bp = num(q, "online.rate_bp");
    p.certificate_condition = text(q, "certificate.condition");
    p.platform_min_concurrent_learners = num(q, "platform.min_concurrent_learners");

    p.pre_job = hourly(q, "pre_job");
    p.job_transfer = hourly(q, "job_transfer");
    p.employment_skills = hourly(q, "employment_skills");

    // Levels 1.. (none has no skill-upgrade parameters).
    p.skill_upgrade.min_hours = nums(q, "skill_upgrade.min_hours.", level_ids, 1);
    p.skill_upgrade.amount_fen = nums(q, "skill_upgrade.amount_fen.", level_ids, 1);
    p.skill_upgrade.urgent_uplift_bp = nums(q, "skill_upgrade.urgent_uplift_bp.", level_ids, 1);
    for (Level l : {Level::technician, Level::senior_technician}) {
        size_t i = static_cast<size_t>(l);
        p.skill_upgrade.talent_reward_fen[i] = num(q, "skill_upgrade.talent_reward_fen." + std::string(level_ids[i]));
    }

    p.job_drill = {num(q, "job_drill.hourly_rate_fen"), num(q, "job_drill.min_hours"),
                   num(q, "job_drill.cap_per_person_fen"), num(q, "job_drill.min_participants")};

    auto& c = p.competition;
    c.per_project_fen = num(q, "competition.per_project_fen");
    c.min_participants = num(q, "competition.min_participants");
    c.per_project_per_year = num(q, "competition.per_project_per_year");
    c.max_projects = nums(q, "competition.max_projects.", enterprise_ids);
    c.top_rank_max = num(q, "competition.promotion.top_rank_max");
    c.next_rank_max = num(q, "competition.promotion.next_rank_max");
    c.top_target = level_param(q, "competition.promotion.top_target");
    c.next_below = level_param(q, "competition.promotion.next_below");
    c.promotion_clause = c.top_rank_max.clause;

    p.apprenticeship = {num(q, "apprenticeship.per_year_fen"), num(q, "apprenticeship.urgent_uplift_bp")};

    auto& w = p.work_for_training;
    w.per_month_fen = num(q, "work_for_training.per_month_fen");
    w.max_months = num(q, "work_for_training.max_months");
    w.days_per_month = num(q, "work_for_training.days_per_month");
    const json& groups = param(q, "work_for_training.groups");
    w.groups_clause = groups.at("clause").get<std::string>();
    for (const json& g : groups.at("value")) {
        Group parsed{};
        if (!parse_group(g.get<std::string>(), parsed)) throw std::logic_error("policy group unknown");
        w.groups.push_back(parsed);
    }
    w.enterprise_insured = text(q, "work_for_training.enterprise_insured");

    p.entrepreneurship = {num(q, "entrepreneurship.once_fen"), num(q, "entrepreneurship.times_per_person")};
    p.labour_preparation = {num(q, "labour_preparation.hourly_rate_fen"),
                            num(q, "labour_preparation.min_hours_per_year"),
                            num(q, "labour_preparation.max_hours_per_year")};

    auto& la = p.living_allowance;
    la.daily_fen = nums(q, "living_allowance.daily_fen.", group_ids, 1);
    la.yearly_cap_fen = nums(q, "living_allowance.yearly_cap_fen.", group_ids, 1);
    la.times_per_year = nums(q, "living_allowance.times_per_year.", group_ids, 1);
    la.excludes_unemployment_insurance = nums(q, "living_allowance.excludes_unemployment_insurance.", group_ids, 1);

    p.poverty_training = {num(q, "poverty_training.hourly_rate_fen"), num(q, "poverty_training.min_hours"),
                          num(q, "poverty_training.max_hours")};
    p.assessment = {nums(q, "assessment.amount_fen.", class_ids), num(q, "assessment.times_per_occupation_level")};
    return p;
}

std::vector<PolicyVersion> load_all() {
    std::vector<PolicyVersion> versions;
    for (std::string_view name : embedded_asset_names()) {
        if (name.substr(0, 7) != "policy/" || name.size() < 5 || name.substr(name.size() - 5) != ".json") continue;
        json doc = json::parse(embedded_asset(name));
        for (const json& v : doc.at("versions")) versions.push_back(load_version(v));
    }
    if (versions.empty()) throw std::logic_error("no policy file embedded");
    std::sort(versions.begin(), versions.end(),
              [](const PolicyVersion& a, const PolicyVersion& b) { return a.effective_from < b.effective_from; });
    return versions;
}

}  // namespace

std::string_view scheme_id(Scheme s) { return scheme_ids[static_cast<size_t>(s)]; }
std::string_view level_id(Level l) { return level_ids[static_cast<size_t>(l)]; }
std::string_view level_name(Level l) { return level_names[static_cast<size_t>(l)]; }
std::string_view group_id(Group g) { return group_ids[static_cast<size_t>(g)]; }
std::string_view group_name(Group g) { return group_names[static_cast<size_t>(g)]; }
std::string_view target_group_id(TargetGroup g) { return target_group_ids[static_cast<size_t>(g)]; }
std::string_view target_group_name(TargetGroup g) { return target_group_names[static_cast<size_t>(g)]; }
std::string_view claim_place_id(ClaimPlace c) { return claim_place_ids[static_cast<size_t>(c)]; }
std::string_view claim_place_name(ClaimPlace c) { return claim_place_names[static_cast<size_t>(c)]; }
std::string_view enterprise_type_id(EnterpriseType t) { return enterprise_ids[static_cast<size_t>(t)]; }
std::string_view enterprise_type_name(EnterpriseType t) { return enterprise_names[static_cast<size_t>(t)]; }
bool parse_scheme(std::string_view id, Scheme& out) { return parse_id(scheme_ids, id, out); }
bool parse_level(std::string_view id, Level& out) { return parse_id(level_ids, id, out); }
bool parse_group(std::string_view id, Group& out) { return id != "none" && parse_id(group_ids, id, out); }
bool parse_target_group(std::string_view id, TargetGroup& out) {
    return id != "none" && parse_id(target_group_ids, id, out);
}
bool parse_claim_place(std::string_view id, ClaimPlace& out) { return id != "none" && parse_id(claim_place_ids, id, out); }
bool parse_enterprise_type(std::string_view id, EnterpriseType& out) { return parse_id(enterprise_ids, id, out); }

int class_index(char cls) { return cls >= 'A' && cls <= 'C' ? cls - 'A' : -1; }

const std::vector<PolicyVersion>& policy_versions() {
    static const std::vector<PolicyVersion> versions = load_all();
    return versions;
}

const PolicyVersion& policy_for(const Date& date, const std::string& path) {
    const auto& versions = policy_versions();
    const PolicyVersion* found = nullptr;
    for (const PolicyVersion& v : versions)
        if (v.effective_from <= date) found = &v;
    if (!found)
        throw InputError("no_policy_in_force",
                         "日期 " + format_date(date) + " 早于最早的政策版本（" + versions.front().id + "，自 " +
                             format_date(versions.front().effective_from) + " 起施行），无适用政策",
                         path);
    return *found;
}

}  // namespace skillaid
