// Engine checks compiled with Emscripten and run under node (ctest's emulator):
// the same answers as the native Boost.Test suites on a few key cases.
// Exits 1 on the first failed check.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/catalog.h"
#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/money.h"
#include "engine/policy.h"

using json = nlohmann::json;
using namespace skillaid;

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    if (!ok) failures++;
}

json run(const char* text) { return estimate_json(json::parse(text), Date{2026, 3, 2}); }

std::string error_code(const char* text) {
    try {
        run(text);
    } catch (const InputError& e) {
        return e.code + " " + e.path;
    }
    return "no error";
}

}  // namespace

int main() {
    check(occupations().size() == 326, "catalog has 326 rows");
    check(find_occupation("茶叶加主工") == find_occupation(100), "printed typo finds row 100");
    check(policy_for(Date{2026, 3, 2}).pre_job.hourly_rate_fen.value == 1000, "policy: 10 yuan per hour");
    check(run(R"({"scheme":"pre_job","date":"2026-03-02","occupation":"计算机程序设计员","hours":{"offline":120},"count":30})")["total"] == 36000,
          "example 01: 36000");
    check(run(R"({"scheme":"employment_skills","date":"2026-03-02","occupation":"育婴员","hours":{"offline":40,"online":40}})")["total"] == 560,
          "example 02: 560");
    check(run(R"({"scheme":"skill_upgrade","occupation":184,"level":"senior"})")["total"] == 1300, "example 03: 1300");
    check(run(R"({"scheme":"living_allowance","trainees":[{"group":"poor_labour","days":20}]})")["total"] == 500, "example 04: 500");
    check(run(R"({"scheme":"labour_preparation","hours":{"offline":600}})")["eligible"] == false, "example 05: not eligible");
    check(run(R"({"scheme":"apprenticeship","occupation":"保安员","count":2})")["total"] == 8000, "example 06: 8000");
    check(run(R"({"scheme":"pre_job","occupation":13,"hours":{"offline":100},"attendance":0.69})")["eligible"] == false,
          "attendance 69% refused");
    check(run(R"({"scheme":"pre_job","occupation":13,"hours":{"offline":1},"attendance":0.7777})")["total_fen"] == 778,
          "rounding half up per line");
    check(run(R"({"scheme":"work_for_training","trainees":[{"days":1}]})")["total"].dump() == "16.67",
          "yuan printed as 16.67");
    check(yuan_json(3600000).dump() == "36000", "whole yuan printed as integer");
    check(error_code(R"({"scheme":"pre_job","occupation":"宇航员"})") == "unknown_occupation /occupation", "unknown occupation");
    check(error_code(R"({"scheme":"pre_job","date":"2026-02-29"})") == "invalid_date /date", "bad date");
    std::printf("%d failure(s)\n", failures);
    return failures == 0 ? 0 : 1;
}
