// The one view of an engine estimate (estimate_json's answer), drawn by the
// draft editor and 快速测算: the total and whether anything is payable, every
// line with its clause, fund and arithmetic, every issue with its clause
// (red when it excludes, grey when it notes or reduces), the people nothing is
// paid for, and the policy version. Nothing is recomputed per frame: the
// callers run the engine on change, summarize its answer then, and pass both.
//
// Hooks, under `prefix` ("estimate" in the editor, "qe" in 快速测算):
// <p>.total_fen ("" on an error), <p>.eligible (true|false), <p>.error (the
// engine's input error, "" when none), <p>.item.N (line label), <p>.line.N
// (label|amount_fen|clause|explain), <p>.issues (the first issue's message),
// <p>.issue.N ("· message（clause）"), <p>.excluded (people excluded, "0").
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace skillaid::ui {

// What the view draws that takes a pass over every trainee.
struct EstimateSummary {
    long long excluded_people = 0;  // trainees an issue excludes (each counted `count` times)
    std::string excluded_line;      // "不予补贴的人员：第 2、5 名（共 2 人）", "" when none
};
EstimateSummary summarize_estimate(const nlohmann::json& estimate);

void draw_estimate(const nlohmann::json& estimate, const EstimateSummary& summary, const char* prefix);

}  // namespace skillaid::ui
