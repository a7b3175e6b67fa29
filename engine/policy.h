// Dated policy parameters (OpenFisca style): every number the formulas use is
// read from assets/policy/*.json with the clause it comes from. A version is
// in force from its effective_from date until the next version's.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "engine/date.h"

namespace skillaid {

enum class Scheme {
    pre_job, job_transfer, skill_upgrade, job_drill, competition, apprenticeship, work_for_training,
    employment_skills, entrepreneurship, labour_preparation, living_allowance, poverty_training, assessment,
};
inline constexpr int scheme_count = 13;

// Skill levels in order; `none` only for a competition contestant's current level.
enum class Level { none, junior, intermediate, senior, technician, senior_technician, senior_technician_upgrade };
inline constexpr int level_count = 7;

// Living-allowance groups (三(二)4); `none` = not given.
enum class Group { none, poor_labour, employment_difficulty, zero_employment_family, two_after_rural, two_after_urban_dibao };
inline constexpr int group_count = 6;

// 就业困难群体 of 三(二)1 (`target_group` of a trainee); `none` = not given.
enum class TargetGroup {
    none, poor_family_child, poor_labour, two_after, rural_migrant, laid_off, graduate, offender, unpensioned, disabled, veteran,
};
inline constexpr int target_group_count = 11;

// Where the training subsidy is claimed (二(二)); `none` = not given.
enum class ClaimPlace { none, household, residence, training, employment };
inline constexpr int claim_place_count = 5;

enum class EnterpriseType { state_owned, above_scale, other };
inline constexpr int enterprise_type_count = 3;

// Ids as in the contract ("pre_job", "senior", ...) and Chinese names.
std::string_view scheme_id(Scheme s);
std::string_view level_id(Level l);
std::string_view level_name(Level l);  // 初级工 ...
std::string_view group_id(Group g);
std::string_view group_name(Group g);  // 贫困劳动力 ...
std::string_view target_group_id(TargetGroup g);
std::string_view target_group_name(TargetGroup g);  // 贫困家庭子女 ...
std::string_view claim_place_id(ClaimPlace c);
std::string_view claim_place_name(ClaimPlace c);  // 户籍地 ...
std::string_view enterprise_type_id(EnterpriseType t);
std::string_view enterprise_type_name(EnterpriseType t);
// Parse an id; false when unknown.
bool parse_scheme(std::string_view id, Scheme& out);
bool parse_level(std::string_view id, Level& out);
bool parse_group(std::string_view id, Group& out);
bool parse_target_group(std::string_view id, TargetGroup& out);
bool parse_claim_place(std::string_view id, ClaimPlace& out);
bool parse_enterprise_type(std::string_view id, EnterpriseType& out);

// One parameter: its value and the clause of the notice it comes from.
struct Num {
    long long value = 0;
    std::string clause;
};
struct Text {
    std::string value;
    std::string clause;
};

// Class A/B/C by index 0/1/2.
using ClassNums = std::array<Num, 3>;
int class_index(char cls);  // 'A' -> 0 ..; -1 otherwise

// Whether a scheme takes an input (the data file's "inputs"): `required`
// inputs the engine refuses a scenario without, `optional` ones it uses when given.
enum class Need { no, optional, required };
inline bool asks(Need n) { return n != Need::no; }

// What a form or the quick estimate asks for, per scheme. Scenario fields:
// occupation, level, hours, participants, enterprise; per trainee: group,
// days, months, unemployment_insurance (engine/scenario.h).
struct SchemeInputs {
    Need occupation = Need::no, level = Need::no, hours = Need::no, participants = Need::no, enterprise = Need::no;
    Need group = Need::no, days = Need::no, months = Need::no, unemployment_insurance = Need::no;
    bool per_trainee() const { return asks(group) || asks(days) || asks(months); }
};

// How the general rules apply to a scheme (our reading, in the data file).
struct SchemeRules {
    std::string name;    // 岗前培训补贴
    std::string clause;  // 三(一)1
    std::string fund;    // 专账资金 / 就业补助资金
    bool attendance = false;        // 二(一) attendance scaling
    bool certificate = false;       // paid only with the certificate (二(二))
    bool per_person_limit = false;  // counts toward 二(二) per-year limits
    std::string business;           // routing business of its forms (assets/routing/offices.json)
    SchemeInputs inputs;
    bool claim_place = false;  // 二(二): a 培训地 claim needs 长春地区户籍
    // The groups the scheme is for (三(二)1/2/3/6, parameter "<scheme>.target_groups");
    // empty: no target-group condition.
    std::vector<TargetGroup> target_groups;
    std::string target_groups_clause;
};

struct HourlyParams {
    Num hourly_rate_fen;
    ClassNums class_hours;
};

struct PolicyVersion {
    std::string id;
    std::string title;
    Date effective_from;
    std::vector<std::string> interpretations;
    std::array<SchemeRules, scheme_count> schemes;

    Num attendance_min_bp, attendance_full_bp;
    Num max_trainings_per_year, same_occupation_level_per_year;
    Num online_max_share_bp, online_rate_bp;
    Text certificate_condition;  // 取得证书 (二(二)): what a scheme with SchemeRules::certificate pays on
    Num platform_min_concurrent_learners;  // third-party supervision platforms (四(一), 附件2)
    Text training_place_condition;  // 二(二): who may claim at the 培训地
    Text approved_trade_route;      // 二(三): a trade outside the catalog, at a comparable trade's standard
    struct {
        Date date;  // the notice lapses with the national action (七(五)); later dates get a note
        std::string clause;
    } lapses_after;

    struct {
        Num contract_min_months, start_within_months;  // 三(一)1
    } pre_job_conditions;
    Text job_transfer_different_category;  // 三(一)2

    HourlyParams pre_job, job_transfer, employment_skills;

    struct {
        std::array<Num, level_count> min_hours, amount_fen, urgent_uplift_bp, talent_reward_fen;  // by Level
    } skill_upgrade;
    struct {
        Num hourly_rate_fen, min_hours, cap_per_person_fen, min_participants;
    } job_drill;
    struct {
        Num per_project_fen, min_participants, per_project_per_year;
        std::array<Num, enterprise_type_count> max_projects;
        Num top_rank_max, next_rank_max;
        Level top_target = Level::senior;       // first places promote to this level ...
        Level next_below = Level::intermediate;  // ... the next ones one level up if below this
        std::string promotion_clause;
    } competition;
    struct {
        Num per_year_fen, urgent_uplift_bp;
    } apprenticeship;
    struct {
        Num per_month_fen, max_months, days_per_month;
        std::vector<Group> groups;
        std::string groups_clause;
        Text enterprise_insured;  // 参保企业
    } work_for_training;
    struct {
        Num once_fen, times_per_person;
    } entrepreneurship;
    struct {
        Num hourly_rate_fen, min_hours_per_year, max_hours_per_year;
    } labour_preparation;
    struct {
        std::array<Num, group_count> daily_fen, yearly_cap_fen, times_per_year, excludes_unemployment_insurance;
    } living_allowance;
    struct {
        Num hourly_rate_fen, min_hours, max_hours;
    } poverty_training;
    struct {
        ClassNums amount_fen;
        Num times_per_occupation_level;
    } assessment;

    const SchemeRules& rules(Scheme s) const { return schemes[static_cast<size_t>(s)]; }
};

// Every version of every embedded policy file, by effective_from (loaded once).
const std::vector<PolicyVersion>& policy_versions();

// The version in force on `date`; InputError {"no_policy_in_force", ..., path}
// for a date before the first version.
const PolicyVersion& policy_for(const Date& date, const std::string& path = "/date");

}  // namespace skillaid
