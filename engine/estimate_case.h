// Internal to the estimate (like estimate_parts.h): a trainee's Case, the
// "_assumed" notes, and the eligibility conditions of issue 14, which
// estimate_conditions.cpp checks and estimate.cpp calls per distinct case.
#pragma once
#include <array>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/catalog.h"
#include "engine/estimate_parts.h"

namespace skillaid::estimate_parts {

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
    // Issue 14's conditions, each copied only for the scheme that checks it (so
    // that they do not split the cases of the others).
    long long contract_months = -1;  // pre_job: -1 not given
    int contract_open_ended = -1;    // pre_job
    int signed_state = 0;            // pre_job: 0 not given, 1 within the window, 2 after it, 3 before signing
    long long signed_days = 0;       // ... days after the window's last day, or before signing
    const Occupation* current_occupation = nullptr;  // job_transfer
    ClaimPlace claim_place = ClaimPlace::none;       // schemes with SchemeRules::claim_place
    int changchun_hukou = -1;
    TargetGroup target_group = TargetGroup::none;  // schemes with target_groups
    long long work_days_before = 0;      // work_for_training: 以工代训 days in history (months × days_per_month + days)
    long long work_history_unknown = 0;  // ... history entries without months or days

    bool operator==(const Case&) const = default;
};

// The "_assumed" notes: most do not depend on the trainee and are built once per
// estimate (`get`); `add` keeps one that does. A deque keeps them in place.
struct Notes {
    std::deque<std::pair<std::string_view, Issue>> built;
    template <typename Make>
    const Issue& get(std::string_view code, Make make) {
        for (const auto& [k, i] : built)
            if (k == code) return i;
        built.emplace_back(code, make());
        return built.back().second;
    }
    const Issue& add(Issue i) {
        built.emplace_back(std::string_view(), std::move(i));
        return built.back().second;
    }
};

// A trainee's assumed notes (at most one per condition), pointing into Notes;
// `shared`: built by Notes::get, the same text for every trainee that has it.
struct Assumed {
    std::array<const Issue*, 8> at{};
    std::array<bool, 8> shared{};
    size_t size = 0;
    void push_back(const Issue& i, bool same_for_all = true) {
        shared[size] = same_for_all;
        at[size++] = &i;
    }
};

// "不符合补贴条件：what（clause）": a condition given and not met.
inline std::string not_met(const std::string& what, const std::string& clause) {
    return "不符合补贴条件：" + what + "（" + clause + "）";
}

// Issue 14's eligibility conditions (三(一)1, 三(一)2, 二(二), 三(二)1/2/3/6): a
// condition whose field is absent is assumed met (a note in `assumed`, naming
// the form field that will be asked); one given and not met excludes the
// trainee (in `out`).
bool conditions_refused(const Ctx& c, const Case& t, std::vector<Issue>& out, Assumed& assumed, Notes& notes);

}  // namespace skillaid::estimate_parts
