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

struct HistoryEntry {  // a subsidised training the person already had
    Date date;
    Scheme scheme = Scheme::pre_job;
    const Occupation* occupation = nullptr;
    bool has_level = false;
    Level level = Level::none;
    long long days = 0;  // living allowance days already paid (optional)
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
    std::vector<HistoryEntry> history;
    long long count = 1;  // identical people this entry stands for (the `count` form)
};

struct Enterprise {
    bool given = false;
    EnterpriseType type = EnterpriseType::other;
    long long projects_subsidised = 0;
    bool project_subsidised_this_year = false;
};

struct Scenario {
    Scheme scheme = Scheme::pre_job;
    Date date;
    const Occupation* occupation = nullptr;
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
