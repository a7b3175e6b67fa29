// The estimate as the contract's JSON (estimate_to_json, estimate_json) and
// one person's standard lines before attendance (standard_json).
#include "engine/estimate_parts.h"

namespace skillaid {

namespace {

using json = nlohmann::json;
using estimate_parts::Ctx;
using estimate_parts::Raw;
using estimate_parts::scheme_lines;

json line_json(const Line& l) {
    json j = {{"label", l.label},      {"amount", yuan_json(l.fen)}, {"amount_fen", l.fen},
              {"clause", l.clause},    {"explain", l.explain},       {"fund", l.fund},
              {"counted_in_total", l.counted}, {"kind", l.kind}};
    return j;
}

json issue_json(const Issue& i, long long trainee) {
    json j = {{"code", i.code}, {"clause", i.clause}, {"message", i.message}, {"effect", i.effect}};
    if (trainee >= 0) j["trainee"] = trainee;
    return j;
}

}  // namespace

json estimate_to_json(const Estimate& e) {
    const SchemeRules& rules = e.policy->rules(e.scheme);
    json j;
    j["eligible"] = e.eligible;
    j["total"] = yuan_json(e.total_fen);
    j["total_fen"] = e.total_fen;
    j["scheme"] = std::string(scheme_id(e.scheme));
    j["scheme_name"] = rules.name;
    j["clause"] = rules.clause;
    j["date"] = format_date(e.date);
    j["policy"] = {{"id", e.policy->id}, {"title", e.policy->title},
                   {"effective_from", format_date(e.policy->effective_from)}};
    json items = json::array();
    for (const Line& l : e.items) items.push_back(line_json(l));
    j["items"] = std::move(items);
    json issues = json::array();
    for (const Issue& i : e.issues) issues.push_back(issue_json(i, i.trainee));
    for (const TraineeResult& t : e.trainees)
        for (const Issue& i : e.outcome(t).issues) {
            json ij = issue_json(i, t.index);
            if (!e.count_form) {
                std::string who = "第 " + std::to_string(t.index + 1) + " 名学员";
                if (!t.id.empty()) who += "（" + t.id + "）";
                ij["message"] = who + "：" + i.message;
            }
            issues.push_back(std::move(ij));
        }
    for (const Issue& i : e.notes) issues.push_back(issue_json(i, -1));
    j["issues"] = std::move(issues);
    // The distinct outcomes, each with its lines once; a trainee names its own
    // ("outcome") and keeps its amount and issues (small: the notes every
    // trainee has are among the scenario's issues).
    json outcomes = json::array();
    for (const TraineeOutcome& o : e.outcomes) {
        json lines = json::array();
        for (const Line& l : o.lines) lines.push_back(line_json(l));
        outcomes.push_back({{"eligible", o.fen > 0}, {"amount", yuan_json(o.fen)}, {"amount_fen", o.fen}, {"items", std::move(lines)}});
    }
    j["outcomes"] = std::move(outcomes);
    json trainees = json::array();
    for (const TraineeResult& t : e.trainees) {
        json tj = {{"index", t.index}, {"count", t.count}, {"outcome", t.outcome}};
        if (!t.id.empty()) tj["id"] = t.id;
        const TraineeOutcome& o = e.outcome(t);
        long long fen = o.fen;
        tj["eligible"] = fen > 0;
        tj["amount"] = yuan_json(fen);
        tj["amount_fen"] = fen;
        json ti = json::array();
        for (const Issue& i : o.issues) ti.push_back(issue_json(i, t.index));
        tj["issues"] = std::move(ti);
        trainees.push_back(std::move(tj));
    }
    j["trainees"] = std::move(trainees);
    j["interpretations"] = e.policy->interpretations;
    return j;
}

json estimate_json(const json& scenario, const Date& today) { return estimate_to_json(estimate(parse_scenario(scenario, today))); }

json standard_json(const json& scenario, const Date& today) {
    Scenario s = parse_scenario(scenario, today);
    const PolicyVersion& p = policy_for(s.date);
    Ctx c{s, p, p.rules(s.scheme)};
    std::vector<Issue> issues;  // the estimate reports them
    json out = json::array();
    for (Raw& r : scheme_lines(c, issues)) {
        r.line.fen = round_half_up(r.num, r.den);
        out.push_back(line_json(r.line));
    }
    return out;
}

}  // namespace skillaid
