// The estimate's input (contract "estimate: the scenario") as C++ types, and
// its strict reading from JSON. Every rejection is an InputError with a JSON
// Pointer to the offending value.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/policy.h"

namespace skillaid {

// Trainees one scenario may list (the `trainees` form; `count` is not bound by
// it): the engine's benchmark claim (issue 3, tools/bench-engine.sh) has
// 10,000, a class rarely more than a few hundred, and the app's roster takes
// no more (engine/forms/roster.cpp). Beyond it the scenario is refused with
// InputError "too_many_trainees" at "/trainees" (the server answers 413).
inline constexpr long long kMaxTrainees = 10000;

struct HistoryEntry {  // a subsidised training the person already had
    Date date;
    Scheme scheme = Scheme::pre_job;
    const Occupation* occupation = nullptr;
    bool has_level = false;
    Level level = Level::none;
    long long days = 0;    // living-allowance days, or 以工代训 days beyond `months`, already paid (optional)
    long long months = 0;  // 以工代训 months already paid (optional)
    bool has_period = false;  // `months` or `days` given
};

struct Trainee {
    std::string id;
    long long attendance_bp = 10000;  // attendance rate in basis points
    bool certified = true;
    Group group = Group::none;
    long long days = 0;
    long long months = 0;
    bool unemployment_insurance = false;
    bool dispatched = false;  // 劳务派遣人员 (excluded from job_transfer)
    long long rank = 0;       // competition rank, 0 = none
    Level current_level = Level::none;
    // Conditions of issue 14 (absent: assumed met, with an "_assumed" note).
    bool has_contract_signed = false;
    Date contract_signed;             // 岗前培训: labour contract / dispatch agreement signed (三(一)1)
    long long contract_months = -1;   // its term in months, -1 = not given
    int contract_open_ended = -1;     // 无固定期限: -1 not given, 0 no, 1 yes
    const Occupation* current_occupation = nullptr;  // 转岗转业: the current job (三(一)2)
    ClaimPlace claim_place = ClaimPlace::none;       // 二(二)
    int changchun_hukou = -1;                        // 长春地区户籍: -1 not given, 0 no, 1 yes
    TargetGroup target_group = TargetGroup::none;    // 三(二)1 就业困难群体
    std::vector<HistoryEntry> history;
    long long count = 1;  // identical people this entry stands for (the `count` form)
};

struct Enterprise {
    bool given = false;
    EnterpriseType type = EnterpriseType::other;
    long long projects_subsidised = 0;
    bool project_subsidised_this_year = false;
    int insured = -1;  // 参保企业 (以工代训, 三(一)7): -1 not given, 0 no, 1 yes
};

struct Scenario {
    Scheme scheme = Scheme::pre_job;
    Date date;
    const Occupation* occupation = nullptr;
    // A trade outside the catalog approved by the city bureau (二(三)); `occupation`
    // is then the comparable catalog trade whose standard applies. Empty = none.
    std::string approved_trade;
    bool has_level = false;
    Level level = Level::none;
    bool has_hours = false;
    long long offline_hours = 0, online_hours = 0;
    bool count_form = true;  // `count` (or nothing) rather than `trainees`
    std::vector<Trainee> trainees;
    long long participants = -1;  // -1 = not given
    Enterprise enterprise;
};

// Reads and checks a scenario; `today` is the default date.
Scenario parse_scenario(const nlohmann::json& j, const Date& today);

}  // namespace skillaid
