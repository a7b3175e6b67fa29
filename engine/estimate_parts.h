// Internal to the engine's estimate (not part of its API): what the three
// files of the estimate share. estimate_schemes.cpp holds the formulas of the
// lines that are the same for every person of a scenario (hours, class hours,
// levels, minimums); estimate.cpp evaluates each trainee and sums the result;
// estimate_json.cpp writes the answer (docs/engine.md).
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/money.h"

namespace skillaid::estimate_parts {

using json = nlohmann::json;
inline constexpr long long full_bp = 10000;  // 100% in basis points (a unit, not a policy number)

// A line before rounding: amount = num / den fen, rounded once (half up) at the end.
struct Raw {
    Line line;
    long long num = 0;
    long long den = 1;
};

inline std::string n(long long v) { return std::to_string(v); }

// One string from its pieces, allocated once (no temporaries): cat({"a", s, "b"}).
inline std::string cat(std::initializer_list<std::string_view> pieces) {
    size_t size = 0;
    for (std::string_view p : pieces) size += p.size();
    std::string out;
    out.reserve(size);
    for (std::string_view p : pieces) out.append(p);
    return out;
}
inline std::string yuan(const Num& fen) { return yuan_text(fen.value); }
inline std::string points(long long bp) {  // percentage points without the sign: 500 -> "5"
    std::string t = percent_text(bp);
    t.pop_back();
    return t;
}

inline Raw raw(std::string label, long long num, long long den, std::string clause, std::string explain, const std::string& fund) {
    Raw r;
    r.line = Line{std::move(label), 0, std::move(clause), std::move(explain), fund, true, "subsidy"};
    r.num = num;
    r.den = den;
    return r;
}

inline Issue issue(std::string code, std::string clause, std::string message, std::string effect) {
    return Issue{std::move(code), std::move(clause), std::move(message), std::move(effect), -1};
}

// Everything one scheme's formulas need.
struct Ctx {
    const Scenario& s;
    const PolicyVersion& p;
    const SchemeRules& rules;
};

[[noreturn]] inline void missing(const std::string& path, const std::string& what, const SchemeRules& r) {
    throw InputError("missing_field", r.name + "（" + r.clause + "）需要" + what, path);
}

// People in the scenario: the sum of the trainees' counts.
long long people(const Scenario& s);
// True (and an "excluded" issue) when `participants` is below `min`; `what` names the group.
bool too_few(const Num& min, long long participants, const std::string& what, std::vector<Issue>& issues);
// Per-person lines that do not depend on the person (computed once per scenario):
// empty, with the reasons in `issues`, when the scenario's conditions are not met.
std::vector<Raw> scheme_lines(const Ctx& c, std::vector<Issue>& issues);

}  // namespace skillaid::estimate_parts
