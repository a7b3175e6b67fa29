// The estimate: a scenario (engine/scenario.h) in, the amounts the notice
// allows out, each line with its clause and its arithmetic in Chinese.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/date.h"
#include "engine/policy.h"
#include "engine/scenario.h"

namespace skillaid {

struct Line {
    std::string label;
    long long fen = 0;
    std::string clause;
    std::string explain;
    std::string fund;
    bool counted = true;  // false: not paid from these funds (talent reward, promotion), not in `total`
    std::string kind = "subsidy";  // "subsidy" | "adjustment" | "reward" | "promotion"
};

struct Issue {
    std::string code;
    std::string clause;
    std::string message;
    std::string effect;  // "excluded" (nothing paid) | "reduced" | "note"
    long long trainee = -1;  // index into Scenario::trainees, -1 = whole scenario (see TraineeOutcome)
};

// A trainee's lines and issues. Trainees whose inputs are the same for the
// rules (everything but id and count, their history reduced to what the rules
// count) share one outcome, computed once; its issues have trainee == -1 and
// belong to each TraineeResult that points to it.
struct TraineeOutcome {
    std::vector<Line> lines;  // per person
    std::vector<Issue> issues;  // a note every trainee has is in Estimate::notes instead
    long long fen = 0;  // counted total per person
    std::vector<std::string> shared_notes;  // while estimating: codes of its notes whose text is the same for all
};

struct TraineeResult {
    long long index = 0;
    std::string id;
    long long count = 1;  // people this entry stands for (the `count` form)
    size_t outcome = 0;   // index into Estimate::outcomes
};

struct Estimate {
    const PolicyVersion* policy = nullptr;
    Scheme scheme = Scheme::pre_job;
    Date date;
    bool eligible = false;
    long long total_fen = 0;
    std::vector<Line> items;  // lines summed over trainees
    std::vector<Issue> issues;  // scenario-wide; each trainee's own are in its outcome
    // Scenario-wide notes that decide nothing (七(五) lapse, 二(三) approved trade,
    // assumed 参保企业, an assumed condition that every trainee has): listed after
    // every other issue, so that the first issue is still the one that explains
    // the amount.
    std::vector<Issue> notes;
    std::vector<TraineeResult> trainees;
    std::vector<TraineeOutcome> outcomes;  // distinct per-trainee results, in first-seen order
    bool count_form = true;  // trainee issues are not prefixed with "第 N 名学员" in the JSON

    const TraineeOutcome& outcome(const TraineeResult& t) const { return outcomes[t.outcome]; }
};

// The typed entry points (UI and server may call these).
Estimate estimate(const Scenario& scenario);
nlohmann::json estimate_to_json(const Estimate& e);

// Contract entry point: JSON scenario -> JSON result. Throws InputError.
nlohmann::json estimate_json(const nlohmann::json& scenario, const Date& today);

// The scheme's standard for one person (a form's 补贴标准): the lines, as in
// estimate_json's "items" (label, amount, clause, explain, ...), that one
// trainee with full attendance gets before their own certificate, history or
// attendance count, e.g. "10元/学时 × 100学时". Empty when the scheme pays by
// each person's own facts (以工代训, 生活费) or per project (竞赛), and when the
// scenario's own conditions are not met. Not part of estimate_json's answer (the
// contract output is unchanged). Throws InputError as estimate_json does.
nlohmann::json standard_json(const nlohmann::json& scenario, const Date& today);

}  // namespace skillaid
