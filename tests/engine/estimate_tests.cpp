#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/money.h"
#include "engine/policy.h"

using namespace skillaid;
using json = nlohmann::json;

namespace {

const Date today{2026, 3, 2};

json run(json s) {
    if (!s.contains("date")) s["date"] = "2026-03-02";
    return estimate_json(s, today);
}
long long total(const json& r) { return r.at("total_fen").get<long long>(); }
bool has_issue(const json& r, const std::string& code) {
    for (const auto& i : r.at("issues"))
        if (i.at("code") == code) return true;
    return false;
}
std::string issue_message(const json& r, const std::string& code) {
    for (const auto& i : r.at("issues"))
        if (i.at("code") == code) return i.at("message").get<std::string>();
    return "";
}
void expect_error(const json& s, const std::string& code, const std::string& path) {
    try {
        estimate_json(s, today);
        BOOST_ERROR("no InputError for " << s.dump());
    } catch (const InputError& e) {
        BOOST_TEST(e.code == code, s.dump() << ": code " << e.code);
        BOOST_TEST(e.path == path, s.dump() << ": path " << e.path);
        BOOST_TEST(!e.message.empty());
    }
}
json hourly(const char* scheme, json occupation, long long offline, long long online = 0) {
    return json{{"scheme", scheme}, {"occupation", occupation}, {"hours", {{"offline", offline}, {"online", online}}}};
}
json with_attendance(json s, double a) {
    s["attendance"] = a;
    return s;
}
json history(const char* date, const char* scheme, json occupation = nullptr, const char* level = nullptr) {
    json h = {{"date", date}, {"scheme", scheme}};
    if (!occupation.is_null()) h["occupation"] = occupation;
    if (level) h["level"] = level;
    return h;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(estimate_schemes)

BOOST_AUTO_TEST_CASE(pre_job_class_hours_and_caps) {
    BOOST_TEST(total(run(hourly("pre_job", "计算机程序设计员", 120))) == 120000);           // B 120
    json r = run(hourly("pre_job", 13, 150));
    BOOST_TEST(total(r) == 120000);
    BOOST_TEST(has_issue(r, "hours_capped"));
    BOOST_TEST(total(run(hourly("pre_job", 1, 300))) == 240000);  // A 240
    BOOST_TEST(total(run(hourly("pre_job", 1, 240))) == 240000);
    BOOST_TEST(!has_issue(run(hourly("pre_job", 1, 240)), "hours_capped"));
    BOOST_TEST(total(run(hourly("pre_job", 84, 100))) == 80000);  // C 80
    json cnt = hourly("pre_job", 13, 120);
    cnt["count"] = 30;
    json r30 = run(cnt);
    BOOST_TEST(r30["total"] == 36000);
    BOOST_TEST(r30["items"][0]["explain"] == "10元/学时 × 120学时 × 30人");
    BOOST_TEST(r30["items"][0]["clause"] == "三(一)1");
}

BOOST_AUTO_TEST_CASE(job_transfer_excludes_dispatched_workers) {
    json s = hourly("job_transfer", 13, 100);
    s["trainees"] = json::array({json::object(), {{"dispatched", true}}});
    json r = run(s);
    BOOST_TEST(total(r) == 100000);
    BOOST_TEST(has_issue(r, "dispatched_excluded"));
    BOOST_TEST(r["items"][0]["clause"] == "三(一)2");
}

BOOST_AUTO_TEST_CASE(employment_skills_online_share_and_rate) {
    json r = run(hourly("employment_skills", "育婴员", 40, 40));
    BOOST_TEST(r["total"] == 560);
    BOOST_TEST(r["items"][1]["clause"] == "四");
    BOOST_TEST(r["items"][1]["explain"] == "10元/学时 × 40% × 40学时");
    // 41 online of 81: 50% is 40.5, 40 whole hours count.
    json over = run(hourly("employment_skills", "育婴员", 40, 41));
    BOOST_TEST(total(over) == 56000);
    BOOST_TEST(has_issue(over, "online_share_exceeded"));
    BOOST_TEST(!has_issue(run(hourly("employment_skills", "育婴员", 40, 40)), "online_share_exceeded"));
    // Online only: half the course's total hours count (5 of 10), at 40%.
    json online_only = run(hourly("employment_skills", "育婴员", 0, 10));
    BOOST_TEST(total(online_only) == 5 * 400);
    BOOST_TEST(has_issue(online_only, "online_share_exceeded"));
    json none = run(hourly("employment_skills", "育婴员", 0, 0));
    BOOST_TEST(none["eligible"] == false);
    BOOST_TEST(none["total"] == 0);
    BOOST_TEST(has_issue(none, "nothing_payable"));
}

BOOST_AUTO_TEST_CASE(class_cap_counts_offline_first) {
    // C 80: 60 offline + 60 online -> 60 offline + 20 online paid.
    json r = run(hourly("employment_skills", 84, 60, 60));
    BOOST_TEST(total(r) == 60 * 1000 + 20 * 400);
}

BOOST_AUTO_TEST_CASE(skill_upgrade_levels_hours_and_uplift) {
    json s = {{"scheme", "skill_upgrade"}, {"occupation", 184}, {"level", "senior"}};
    BOOST_TEST(run(s)["total"] == 1300);
    s["occupation"] = 13;  // not urgent
    s["level"] = "junior";
    BOOST_TEST(run(s)["total"] == 500);
    s["level"] = "intermediate";
    s["hours"] = {{"offline", 79}};
    json r79 = run(s);
    BOOST_TEST(r79["eligible"] == false);
    BOOST_TEST(issue_message(r79, "hours_below_minimum").find("差 1 学时") != std::string::npos);
    s["hours"] = {{"offline", 80}};
    BOOST_TEST(run(s)["total"] == 800);
}

BOOST_AUTO_TEST_CASE(technician_reward_is_shown_but_not_counted) {
    json s = {{"scheme", "skill_upgrade"}, {"occupation", 184}, {"level", "technician"}};
    json r = run(s);
    BOOST_TEST(r["total"] == 2000);  // no uplift for technicians
    bool reward = false;
    for (const auto& i : r["items"])
        if (i["kind"] == "reward") {
            reward = true;
            BOOST_TEST(i["amount"] == 2000);
            BOOST_TEST(i["counted_in_total"] == false);
        }
    BOOST_TEST(reward);
    s["level"] = "senior_technician";
    BOOST_TEST(run(s)["total"] == 3000);
    s["level"] = "senior_technician_upgrade";
    json up = run(s);
    BOOST_TEST(up["total"] == 2000);
    BOOST_TEST(up["items"].size() == 1u);
}

BOOST_AUTO_TEST_CASE(job_drill_hours_participants_and_cap) {
    // Contract: a job drill given by its participants alone (no trainees, no count) covers all of them.
    json s = {{"scheme", "job_drill"}, {"hours", {{"offline", 8}}}, {"participants", 30}};
    BOOST_TEST(total(run(s)) == 30 * 8000);
    BOOST_TEST(run(s)["items"][0]["explain"].get<std::string>().find("× 30人") != std::string::npos);
    s["hours"]["offline"] = 7;
    BOOST_TEST(run(s)["eligible"] == false);
    s["hours"]["offline"] = 8;
    s["participants"] = 29;
    json r = run(s);
    BOOST_TEST(r["eligible"] == false);
    BOOST_TEST(issue_message(r, "participants_below_minimum").find("差 1 人") != std::string::npos);
    s.erase("participants");
    s["count"] = 30;  // participants default to the people counted
    BOOST_TEST(total(run(s)) == 30 * 8000);
    s["count"] = 1;
    s["participants"] = 40;
    s["hours"]["offline"] = 40;
    BOOST_TEST(total(run(s)) == 40000);
    BOOST_TEST(!has_issue(run(s), "per_person_cap"));
    s["hours"]["offline"] = 50;
    json capped = run(s);
    BOOST_TEST(total(capped) == 40000);
    BOOST_TEST(has_issue(capped, "per_person_cap"));
}

BOOST_AUTO_TEST_CASE(competition_conditions) {
    json s = {{"scheme", "competition"}, {"participants", 30},
              {"enterprise", {{"type", "other"}, {"competition_projects_subsidised", 4}, {"project_subsidised_this_year", false}}}};
    BOOST_TEST(run(s)["total"] == 30000);
    s["participants"] = 29;
    BOOST_TEST(run(s)["eligible"] == false);
    s["participants"] = 30;
    s["enterprise"]["competition_projects_subsidised"] = 5;
    BOOST_TEST(has_issue(run(s), "project_limit_reached"));
    BOOST_TEST(run(s)["total"] == 0);
    s["enterprise"]["type"] = "state_owned";
    BOOST_TEST(run(s)["total"] == 30000);
    s["enterprise"]["type"] = "above_scale";
    s["enterprise"]["competition_projects_subsidised"] = 10;
    BOOST_TEST(run(s)["eligible"] == false);
    s["enterprise"]["competition_projects_subsidised"] = 0;
    s["enterprise"]["project_subsidised_this_year"] = true;
    json once = run(s);
    BOOST_TEST(once["eligible"] == false);
    BOOST_TEST(has_issue(once, "project_already_subsidised"));
}

BOOST_AUTO_TEST_CASE(competition_promotions) {
    json s = {{"scheme", "competition"},
              {"trainees",
               {{{"rank", 3}, {"current_level", "intermediate"}},
                {{"rank", 5}, {"current_level", "senior"}},
                {{"rank", 6}, {"current_level", "none"}},
                {{"rank", 15}, {"current_level", "junior"}},
                {{"rank", 8}, {"current_level", "intermediate"}},
                {{"rank", 16}}}}};
    for (int i = 0; i < 24; i++) s["trainees"].push_back(json::object());  // 30 contestants
    json r = run(s);
    BOOST_TEST(r["total"] == 30000);
    auto promoted = [&](int i) -> std::string {
        const json& t = r["trainees"][static_cast<size_t>(i)];
        for (const auto& l : r["outcomes"][t["outcome"].get<size_t>()]["items"])
            if (l["kind"] == "promotion") {
                BOOST_TEST(l["counted_in_total"] == false);
                return l["label"].get<std::string>();
            }
        return "";
    };
    BOOST_TEST(promoted(0) == "晋升高级工");
    BOOST_TEST(promoted(1) == "");
    BOOST_TEST(promoted(2) == "晋升初级工");
    BOOST_TEST(promoted(3) == "晋升中级工");
    BOOST_TEST(promoted(4) == "");
    BOOST_TEST(promoted(5) == "");
}

BOOST_AUTO_TEST_CASE(apprenticeship_per_year_and_uplift) {
    json s = {{"scheme", "apprenticeship"}, {"occupation", "保安员"}, {"count", 2}};
    BOOST_TEST(run(s)["total"] == 8000);
    s["occupation"] = 184;
    s["count"] = 1;
    BOOST_TEST(run(s)["total"] == 4600);
}

BOOST_AUTO_TEST_CASE(work_for_training_months_days_and_cap) {
    auto wft = [](json t) { return run({{"scheme", "work_for_training"}, {"trainees", {t}}}); };
    BOOST_TEST(wft({{"months", 3}, {"group", "employment_difficulty"}})["total"] == 1500);
    BOOST_TEST(wft({{"months", 2}, {"days", 15}})["total"] == 1250);
    json one_day = wft({{"days", 1}, {"group", "zero_employment_family"}});
    BOOST_TEST(total(one_day) == 1667);  // 500/30 = 16.666.. rounded half up
    BOOST_TEST(one_day["total"].dump() == "16.67");
    json capped = wft({{"months", 6}, {"days", 10}});
    BOOST_TEST(capped["total"] == 3000);
    BOOST_TEST(has_issue(capped, "months_capped"));
    BOOST_TEST(wft({{"months", 6}})["total"] == 3000);
    BOOST_TEST(!has_issue(wft({{"months", 6}}), "months_capped"));
    BOOST_TEST(wft({{"months", 3}, {"group", "poor_labour"}})["eligible"] == false);
    BOOST_TEST(wft(json::object())["eligible"] == false);
}

BOOST_AUTO_TEST_CASE(entrepreneurship_once) {
    json s = {{"scheme", "entrepreneurship"}, {"count", 1}};
    BOOST_TEST(run(s)["total"] == 1500);
    s.erase("count");
    s["trainees"] = {{{"history", {history("2023-05-01", "entrepreneurship")}}}};
    json r = run(s);
    BOOST_TEST(r["eligible"] == false);
    BOOST_TEST(has_issue(r, "already_received"));
}

BOOST_AUTO_TEST_CASE(labour_preparation_hour_range) {
    auto lp = [](long long h) { return run({{"scheme", "labour_preparation"}, {"hours", {{"offline", h}}}}); };
    json r719 = lp(719);
    BOOST_TEST(r719["eligible"] == false);
    BOOST_TEST(issue_message(r719, "hours_below_minimum").find("差 1 学时") != std::string::npos);
    BOOST_TEST(lp(720)["total"] == 7200);
    BOOST_TEST(lp(1440)["total"] == 14400);
    BOOST_TEST(!has_issue(lp(1440), "hours_capped"));
    BOOST_TEST(lp(1441)["total"] == 14400);
    BOOST_TEST(has_issue(lp(1441), "hours_capped"));
}

BOOST_AUTO_TEST_CASE(living_allowance_groups_and_caps) {
    auto la = [](json t) { return run({{"scheme", "living_allowance"}, {"trainees", {t}}}); };
    BOOST_TEST(la({{"group", "poor_labour"}, {"days", 20}})["total"] == 500);
    BOOST_TEST(has_issue(la({{"group", "poor_labour"}, {"days", 20}}), "yearly_cap_applied"));
    BOOST_TEST(la({{"group", "poor_labour"}, {"days", 10}})["total"] == 300);
    BOOST_TEST(!has_issue(la({{"group", "poor_labour"}, {"days", 10}}), "yearly_cap_applied"));
    BOOST_TEST(la({{"group", "employment_difficulty"}, {"days", 20}})["total"] == 600);
    BOOST_TEST(la({{"group", "zero_employment_family"}, {"days", 40}})["total"] == 900);
    BOOST_TEST(la({{"group", "two_after_rural"}, {"days", 100}})["total"] == 1000);
    BOOST_TEST(la({{"group", "two_after_urban_dibao"}, {"days", 200}})["total"] == 1800);
    json ui = la({{"group", "employment_difficulty"}, {"days", 20}, {"unemployment_insurance", true}});
    BOOST_TEST(ui["eligible"] == false);
    BOOST_TEST(has_issue(ui, "unemployment_insurance_conflict"));
    BOOST_TEST(la({{"group", "poor_labour"}, {"days", 20}, {"unemployment_insurance", true}})["total"] == 500);
    // Once a year for employment_difficulty; last year's does not count.
    json again = la({{"group", "employment_difficulty"}, {"days", 5}, {"history", {history("2026-01-10", "living_allowance")}}});
    BOOST_TEST(has_issue(again, "once_per_year"));
    BOOST_TEST(la({{"group", "employment_difficulty"}, {"days", 5}, {"history", {history("2025-12-10", "living_allowance")}}})["total"] == 150);
    // Earlier days this year use up the poor-labour cap.
    json prior = {{"group", "poor_labour"}, {"days", 10}, {"history", {history("2026-01-10", "living_allowance")}}};
    prior["history"][0]["days"] = 10;
    BOOST_TEST(la(prior)["total"] == 200);
    prior["history"][0]["days"] = 17;
    json used = la(prior);
    BOOST_TEST(used["eligible"] == false);
    BOOST_TEST(has_issue(used, "yearly_cap_reached"));
    BOOST_TEST(la({{"days", 10}})["eligible"] == false);
}

BOOST_AUTO_TEST_CASE(poverty_training_hour_range) {
    auto pt = [](long long h) { return run({{"scheme", "poverty_training"}, {"hours", {{"offline", h}}}}); };
    BOOST_TEST(pt(7)["eligible"] == false);
    BOOST_TEST(pt(8)["total"] == 80);
    BOOST_TEST(pt(120)["total"] == 1200);
    BOOST_TEST(pt(121)["total"] == 1200);
}

BOOST_AUTO_TEST_CASE(assessment_by_class_first_time_only) {
    auto as = [](json occupation, json trainee) {
        return run({{"scheme", "assessment"}, {"occupation", occupation}, {"level", "junior"}, {"trainees", {trainee}}});
    };
    BOOST_TEST(as(1, json::object())["total"] == 110);
    BOOST_TEST(as(13, json::object())["total"] == 100);
    BOOST_TEST(as(84, json::object())["total"] == 90);
    json again = as(13, {{"history", {history("2021-06-01", "assessment", 13, "junior")}}});
    BOOST_TEST(again["eligible"] == false);
    BOOST_TEST(has_issue(again, "not_first_assessment"));
    BOOST_TEST(as(13, {{"history", {history("2021-06-01", "assessment", 13, "intermediate")}}})["total"] == 100);
    BOOST_TEST(as(13, {{"certified", false}})["eligible"] == false);
}

BOOST_AUTO_TEST_CASE(occupations_without_class_cannot_be_estimated_by_hours) {
    for (int number : {64, 95}) {
        json r = run(hourly("pre_job", number, 100));
        BOOST_TEST(r["eligible"] == false);
        BOOST_TEST(has_issue(r, "occupation_without_class"));
        BOOST_TEST(issue_message(r, "occupation_without_class").find("未列类别") != std::string::npos);
    }
    BOOST_TEST(run({{"scheme", "assessment"}, {"occupation", 64}})["eligible"] == false);
    // Schemes that do not need the class still work.
    BOOST_TEST(run({{"scheme", "apprenticeship"}, {"occupation", 64}})["total"] == 4000);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(estimate_rules)

BOOST_AUTO_TEST_CASE(attendance_boundaries) {
    json s = hourly("pre_job", 13, 100);
    json r69 = run(with_attendance(s, 0.69));
    BOOST_TEST(r69["eligible"] == false);
    BOOST_TEST(r69["total"] == 0);
    BOOST_TEST(issue_message(r69, "attendance_below_minimum") == "出勤率 69% 低于 70%，差 1 个百分点，不予补贴");
    BOOST_TEST(total(run(with_attendance(s, 0.70))) == 70000);
    BOOST_TEST(has_issue(run(with_attendance(s, 0.70)), "attendance_partial"));
    BOOST_TEST(total(run(with_attendance(s, 0.89))) == 89000);
    BOOST_TEST(total(run(with_attendance(s, 0.90))) == 100000);
    BOOST_TEST(!has_issue(run(with_attendance(s, 0.90)), "attendance_partial"));
    BOOST_TEST(issue_message(run(with_attendance(s, 0.655)), "attendance_below_minimum").find("差 4.5 个百分点") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(rounding_half_up_per_trainee_line) {
    // 1 hour x 10 yuan x 77.77% = 777.7 fen -> 778; 70.005% -> 700.05 -> 700.
    json s = hourly("pre_job", 13, 1);
    BOOST_TEST(total(run(with_attendance(s, 0.7777))) == 778);
    BOOST_TEST(round_half_up(5, 10) == 1);
    BOOST_TEST(round_half_up(4, 10) == 0);
    BOOST_TEST(round_half_up(15, 10) == 2);
}

BOOST_AUTO_TEST_CASE(amounts_are_integers_when_whole_yuan) {
    BOOST_TEST(yuan_json(36000 * 100).dump() == "36000");
    BOOST_TEST(yuan_json(1667).dump() == "16.67");
    BOOST_TEST(yuan_json(5).dump() == "0.05");
    BOOST_TEST(yuan_json(110).dump() == "1.1");
    BOOST_TEST(percent_text(6550) == "65.5%");
}

BOOST_AUTO_TEST_CASE(uncertified_trainee_is_not_paid) {
    json s = hourly("pre_job", 13, 100);
    s["trainees"] = {{{"certified", false}}};
    json r = run(s);
    BOOST_TEST(r["eligible"] == false);
    BOOST_TEST(has_issue(r, "no_certificate"));
    // The condition and its clause are policy data (certificate.condition, 二(二)), not code.
    const Text& condition = policy_versions().back().certificate_condition;
    BOOST_TEST(condition.clause == "二(二)");
    BOOST_TEST(issue_message(r, "no_certificate") == "第 1 名学员：岗前培训补贴以取得证书为条件，该学员未取得证书");
    for (const auto& i : r.at("issues"))
        if (i.at("code") == "no_certificate") BOOST_TEST(i.at("clause") == condition.clause);
}

BOOST_AUTO_TEST_CASE(per_person_limits_across_calendar_years) {
    auto with_history = [](json h) {
        json s = hourly("pre_job", 13, 100);
        s["trainees"] = {{{"history", h}}};
        return run(s);
    };
    // Two this year: the 3rd is paid; three this year: the 4th is refused.
    json two = {history("2026-01-05", "employment_skills", 84), history("2026-02-05", "job_drill")};
    BOOST_TEST(total(with_history(two)) == 100000);
    json three = two;
    three.push_back(history("2026-02-20", "skill_upgrade", 184, "junior"));
    json fourth = with_history(three);
    BOOST_TEST(fourth["eligible"] == false);
    BOOST_TEST(has_issue(fourth, "yearly_limit_reached"));
    // The same three last year do not count.
    json last_year = {history("2025-01-05", "employment_skills", 84), history("2025-02-05", "job_drill"),
                      history("2025-12-31", "skill_upgrade", 184, "junior")};
    BOOST_TEST(total(with_history(last_year)) == 100000);
    // Schemes outside the limit (living allowance, assessment) do not count.
    json others = {history("2026-01-05", "living_allowance"), history("2026-01-06", "assessment", 13),
                   history("2026-01-07", "competition"), history("2026-01-08", "pre_job", 1)};
    BOOST_TEST(total(with_history(others)) == 100000);
}

BOOST_AUTO_TEST_CASE(same_occupation_and_level_once_a_year) {
    json s = {{"scheme", "skill_upgrade"}, {"occupation", 13}, {"level", "junior"}};
    s["trainees"] = {{{"history", {history("2026-01-05", "skill_upgrade", "计算机程序设计员", "junior")}}}};
    json twice = run(s);
    BOOST_TEST(twice["eligible"] == false);
    BOOST_TEST(has_issue(twice, "same_occupation_level_this_year"));
    s["trainees"][0]["history"][0]["date"] = "2025-12-20";  // consecutive years: fine
    BOOST_TEST(run(s)["total"] == 500);
    s["trainees"][0]["history"][0]["date"] = "2026-01-05";
    s["trainees"][0]["history"][0]["level"] = "intermediate";  // another level: fine
    BOOST_TEST(run(s)["total"] == 500);
}

BOOST_AUTO_TEST_CASE(date_defaults_to_today_and_picks_the_year) {
    json s = {{"scheme", "entrepreneurship"}};
    json r = estimate_json(s, today);
    BOOST_TEST(r["date"] == "2026-03-02");
    BOOST_TEST(r["policy"]["id"] == "长人社联〔2020〕12号");
}

BOOST_AUTO_TEST_CASE(bad_input_is_rejected_with_code_and_path) {
    expect_error(json::array(), "invalid_type", "");
    expect_error(json::object(), "missing_field", "/scheme");
    expect_error({{"scheme", "vacation"}}, "unknown_scheme", "/scheme");
    expect_error({{"scheme", 3}}, "invalid_type", "/scheme");
    expect_error({{"scheme", "pre_job"}, {"foo", 1}}, "unknown_field", "/foo");
    expect_error({{"scheme", "pre_job"}, {"date", "2026-02-30"}}, "invalid_date", "/date");
    expect_error({{"scheme", "pre_job"}, {"date", "2019-12-31"}}, "no_policy_in_force", "/date");
    expect_error(hourly("pre_job", "程序员", 10), "unknown_occupation", "/occupation");
    expect_error(hourly("pre_job", 327, 10), "unknown_occupation", "/occupation");
    expect_error(hourly("pre_job", 0, 10), "unknown_occupation", "/occupation");
    expect_error(hourly("pre_job", true, 10), "invalid_type", "/occupation");
    expect_error(hourly("pre_job", 13, -1), "out_of_range", "/hours/offline");
    expect_error(hourly("pre_job", 13, 10, -5), "out_of_range", "/hours/online");
    expect_error({{"scheme", "pre_job"}, {"occupation", 13}, {"hours", {{"online", 1.5}}}}, "invalid_type", "/hours/online");
    expect_error({{"scheme", "pre_job"}, {"occupation", 13}, {"hours", {{"evening", 1}}}}, "unknown_field", "/hours/evening");
    expect_error({{"scheme", "pre_job"}, {"occupation", 13}, {"hours", 100}}, "invalid_type", "/hours");
    expect_error(with_attendance(hourly("pre_job", 13, 10), 1.5), "out_of_range", "/attendance");
    expect_error(with_attendance(hourly("pre_job", 13, 10), -0.1), "out_of_range", "/attendance");
    json t = hourly("pre_job", 13, 10);
    t["trainees"] = {{{"attendance", "90%"}}};
    expect_error(t, "invalid_type", "/trainees/0/attendance");
    t["trainees"] = {{{"attendence", 0.9}}};
    expect_error(t, "unknown_field", "/trainees/0/attendence");
    t["trainees"] = {json::object(), {{"group", "retired"}}};
    expect_error(t, "unknown_group", "/trainees/1/group");
    t["trainees"] = {{{"history", {{{"date", "2026-13-01"}, {"scheme", "pre_job"}}}}}};
    expect_error(t, "invalid_date", "/trainees/0/history/0/date");
    t["trainees"] = {{{"history", {{{"date", "2026-01-01"}}}}}};
    expect_error(t, "missing_field", "/trainees/0/history/0/scheme");
    t["trainees"] = json::array();
    expect_error(t, "out_of_range", "/trainees");
    t["trainees"] = {json::object()};
    t["count"] = 2;
    expect_error(t, "conflicting_fields", "/count");
    expect_error({{"scheme", "pre_job"}, {"occupation", 13}, {"count", 0}, {"hours", {{"offline", 1}}}}, "out_of_range", "/count");
    expect_error({{"scheme", "pre_job"}, {"hours", {{"offline", 1}}}}, "missing_field", "/occupation");
    expect_error({{"scheme", "employment_skills"}, {"occupation", 84}}, "missing_field", "/hours");
    expect_error({{"scheme", "skill_upgrade"}, {"occupation", 84}}, "missing_field", "/level");
    expect_error({{"scheme", "skill_upgrade"}, {"occupation", 84}, {"level", "master"}}, "unknown_level", "/level");
    expect_error({{"scheme", "competition"}, {"enterprise", {{"type", "private"}}}}, "unknown_enterprise_type", "/enterprise/type");
    expect_error({{"scheme", "competition"}}, "missing_field", "/participants");
}

// 补贴标准: one person's lines before anyone's attendance, from the same rules as the estimate.
BOOST_AUTO_TEST_CASE(standard_is_the_per_person_rate_without_attendance) {
    json s = hourly("pre_job", 13, 100);
    s["date"] = "2026-03-02";
    s["trainees"] = {{{"attendance", 0.85}}, {{"attendance", 0.95}}};
    json standard = standard_json(s, today);
    BOOST_TEST_REQUIRE(standard.size() == 1u);
    BOOST_TEST(standard[0].at("explain") == "10元/学时 × 100学时");
    BOOST_TEST(standard[0].at("amount_fen") == 100000);
    BOOST_TEST(standard[0].at("clause") == run(s).at("items")[0].at("clause"));
    json r = run(s);
    BOOST_TEST(r.at("outcomes")[r.at("trainees")[0].at("outcome").get<size_t>()].at("items")[0].at("explain").get<std::string>().find("出勤率") != std::string::npos);
    BOOST_TEST(standard_json({{"scheme", "living_allowance"}, {"date", "2026-03-02"}, {"trainees", {{{"group", "poor_labour"}, {"days", 10}}}}},
                             today).empty());
    BOOST_CHECK_THROW(standard_json({{"scheme", "pre_job"}, {"occupation", 13}}, today), InputError);  // no hours
}

BOOST_AUTO_TEST_SUITE_END()

// Trainees whose inputs are the same for the rules share one computed outcome
// (estimate.cpp, Case). These check that only truly equal cases are shared.
BOOST_AUTO_TEST_SUITE(estimate_shared_outcomes)

namespace {

// Trainee `i`'s result in `r` without its position: its outcome's items, its
// issues (minus "trainee") with the notes every trainee has (listed once among
// the scenario's issues, without "trainee"), by code, and its amount.
json alone_part(const json& r, size_t i) {
    const json& t = r.at("trainees").at(i);
    json issues = t.at("issues");
    for (auto& is : issues) is.erase("trainee");
    for (const auto& is : r.at("issues"))
        if (!is.contains("trainee") && is.at("code").get<std::string>().ends_with("_assumed")) issues.push_back(is);
    std::sort(issues.begin(), issues.end(), [](const json& a, const json& b) { return a.at("code") < b.at("code"); });
    return {{"items", r.at("outcomes").at(t.at("outcome").get<size_t>()).at("items")}, {"issues", issues},
            {"amount_fen", t.at("amount_fen")}};
}

// Every trainee of `s` gets the same lines and issues as when it is the only one.
void expect_each_as_alone(const json& s) {
    json all = run(s);
    for (size_t i = 0; i < s.at("trainees").size(); i++) {
        json one = s;
        one["trainees"] = json::array({s["trainees"][i]});
        json r = run(one);
        BOOST_TEST(alone_part(all, i) == alone_part(r, 0),
                   s.at("scheme") << " trainee " << i << ": " << all["trainees"][i].dump() << " vs "
                                  << r["trainees"][0].dump());
        BOOST_TEST(all["trainees"][i].at("index") == i);
    }
}

}  // namespace

BOOST_AUTO_TEST_CASE(different_history_is_not_shared) {
    json s = hourly("pre_job", "计算机程序设计员", 100);
    json three = json::array({history("2026-01-05", "pre_job", 1), history("2026-01-06", "job_drill", 2),
                              history("2026-01-07", "employment_skills", 3)});
    json last_year = json::array({history("2025-01-05", "pre_job", 1), history("2025-01-06", "job_drill", 2),
                                  history("2025-01-07", "employment_skills", 3)});
    s["trainees"] = json::array({{{"id", "a"}}, {{"id", "b"}, {"history", three}}, {{"id", "c"}},
                                 {{"id", "d"}, {"history", last_year}},
                                 {{"id", "e"}, {"history", {history("2026-02-01", "pre_job", "计算机程序设计员")}}}});
    json r = run(s);
    BOOST_TEST(r["trainees"][0]["amount_fen"] == 100000);
    BOOST_TEST(r["trainees"][1]["amount_fen"] == 0);
    BOOST_TEST(r["trainees"][1]["issues"][0]["code"] == "yearly_limit_reached");
    BOOST_TEST(r["trainees"][1]["issues"][0]["trainee"] == 1);
    BOOST_TEST(r["trainees"][2]["amount_fen"] == 100000);
    BOOST_TEST(r["trainees"][2]["id"] == "c");
    BOOST_TEST(r["trainees"][3]["amount_fen"] == 100000);  // last year's trainings do not count this year
    BOOST_TEST(r["trainees"][4]["amount_fen"] == 0);       // same occupation and level this year
    BOOST_TEST(r["trainees"][4]["issues"][0]["code"] == "same_occupation_level_this_year");
    BOOST_TEST(total(r) == 300000);
    BOOST_TEST(r["items"][0]["explain"] == "10元/学时 × 100学时 × 3人");
    json issues = json::array();  // the refusals (the others are notes: assumed conditions, 七(五))
    for (const json& i : r["issues"])
        if (i["effect"] == "excluded") issues.push_back(i);
    BOOST_REQUIRE(issues.size() == 2);
    BOOST_TEST(issues[0]["trainee"] == 1);
    BOOST_TEST(issues[0]["message"].get<std::string>().rfind("第 2 名学员（b）：", 0) == 0);
    BOOST_TEST(issues[1]["trainee"] == 4);
    BOOST_TEST(issues[1]["message"].get<std::string>().rfind("第 5 名学员（e）：", 0) == 0);
    estimate_shared_outcomes::expect_each_as_alone(s);
}

BOOST_AUTO_TEST_CASE(every_trainee_as_if_alone) {
    json poor = {{"group", "poor_labour"}, {"days", 30}};
    json poor_paid_before = poor;
    poor_paid_before["history"] = {{{"date", "2026-01-10"}, {"scheme", "living_allowance"}, {"days", 20}}};
    json living = {{"scheme", "living_allowance"},
                   {"trainees", {poor, poor_paid_before, poor, {{"group", "employment_difficulty"}, {"days", 30}},
                                 {{"group", "employment_difficulty"}, {"days", 30}, {"history", poor_paid_before["history"]}}}}};
    expect_each_as_alone(living);

    json assessment = {{"scheme", "assessment"}, {"occupation", "育婴员"}, {"level", "junior"},
                       {"trainees", {json::object(), {{"history", {history("2024-05-01", "assessment", "育婴员", "junior")}}},
                                     {{"history", {history("2024-05-01", "assessment", "育婴员", "senior")}}}, json::object()}}};
    json ra = run(assessment);
    BOOST_TEST(ra["trainees"][0]["amount_fen"].get<long long>() > 0);
    BOOST_TEST(ra["trainees"][1]["amount_fen"] == 0);
    BOOST_TEST(ra["trainees"][2]["amount_fen"] == ra["trainees"][0]["amount_fen"]);
    expect_each_as_alone(assessment);

    json entrepreneurship = {{"scheme", "entrepreneurship"},
                             {"trainees", {json::object(), {{"history", {history("2019-05-01", "entrepreneurship")}}}, json::object()}}};
    json re = run(entrepreneurship);
    BOOST_TEST(re["trainees"][1]["amount_fen"] == 0);
    BOOST_TEST(re["trainees"][2]["amount_fen"] == re["trainees"][0]["amount_fen"]);
    expect_each_as_alone(entrepreneurship);

    json upgrade = {{"scheme", "skill_upgrade"}, {"occupation", "计算机程序设计员"}, {"level", "senior"},
                    {"trainees", {{{"attendance", 0.8}}, {{"attendance", 0.8}, {"certified", false}}, {{"attendance", 0.8}},
                                  {{"attendance", 0.95}}, {{"attendance", 0.9}}, {{"attendance", 0.65}}, {{"attendance", 0.8001}}}}};
    expect_each_as_alone(upgrade);

    json work = {{"scheme", "work_for_training"},
                 {"trainees", {{{"months", 2}}, {{"months", 2}, {"days", 5}}, {{"months", 2}, {"group", "poor_labour"}},
                               {{"months", 7}}, {{"months", 2}}}}};
    expect_each_as_alone(work);

    json competition = {{"scheme", "competition"}, {"participants", 40},
                        {"trainees", {{{"rank", 3}}, {{"rank", 3}, {"current_level", "senior"}}, {{"rank", 8}},
                                      {{"rank", 8}, {"current_level", "intermediate"}}, {{"rank", 3}}}}};
    expect_each_as_alone(competition);
}

BOOST_AUTO_TEST_SUITE_END()

// Issue 14: eligibility conditions (三(一)1, 三(一)2, 二(二), 三(二)1/2/3/6, 三(一)7),
// 以工代训 months across claims, 目录外工种 (二(三)) and the notice's lapse (七(五)).
BOOST_AUTO_TEST_SUITE(estimate_conditions)

namespace {

// `s` with one trainee `t`.
json with_trainee(json s, json t) {
    s["trainees"] = json::array({t});
    return s;
}
const json* find_issue(const json& r, const std::string& code) {
    for (const auto& i : r.at("issues"))
        if (i.at("code") == code) return &i;
    return nullptr;
}
// The issue `code` is there with `effect` and `clause`; a refusal says so in the agreed words.
void expect_issue(const json& r, const std::string& code, const std::string& effect, const std::string& clause) {
    const json* i = find_issue(r, code);
    BOOST_REQUIRE_MESSAGE(i, code << " missing in " << r.at("issues").dump());
    BOOST_TEST((*i)["effect"] == effect, code);
    BOOST_TEST((*i)["clause"] == clause, code);
    const std::string m = (*i)["message"].get<std::string>();
    if (effect == "excluded") {
        BOOST_TEST(m.find("不符合补贴条件：") != std::string::npos, m);
        BOOST_TEST(m.find("（" + clause + "）") != std::string::npos, m);
    }
}
bool any_code_with(const json& r, const std::string& part) {
    for (const auto& i : r.at("issues"))
        if (i.at("code").get<std::string>().find(part) != std::string::npos) return true;
    return false;
}
json pre_job() { return hourly("pre_job", 13, 100); }  // 计算机程序设计员, B: 100 h = 1000 元

}  // namespace

BOOST_AUTO_TEST_CASE(pre_job_contract_term_one_year_or_open_ended) {
    json twelve = run(with_trainee(pre_job(), {{"contract_months", 12}, {"contract_signed", "2025-06-01"}}));
    BOOST_TEST(total(twelve) == 100000);
    BOOST_TEST(!any_code_with(twelve, "contract"));
    json eleven = run(with_trainee(pre_job(), {{"contract_months", 11}, {"contract_signed", "2025-06-01"}}));
    BOOST_TEST(total(eleven) == 0);
    expect_issue(eleven, "contract_too_short", "excluded", "三(一)1");
    BOOST_TEST(issue_message(eleven, "contract_too_short").find("差 1 个月") != std::string::npos);
    BOOST_TEST(total(run(with_trainee(pre_job(), {{"contract_months", 3}, {"contract_open_ended", true}}))) == 100000);
    BOOST_TEST(total(run(with_trainee(pre_job(), {{"contract_months", 3}, {"dispatched", true}}))) == 100000);  // 派遣协议
    json open_no = run(with_trainee(pre_job(), {{"contract_open_ended", false}, {"contract_months", 0}}));
    expect_issue(open_no, "contract_too_short", "excluded", "三(一)1");
    // Absent: assumed, with notes naming what will be asked; the count form too.
    for (json r : {run(with_trainee(pre_job(), json::object())), run(pre_job()),
                   run(with_trainee(pre_job(), {{"contract_open_ended", false}}))}) {
        BOOST_TEST(total(r) == 100000);
        expect_issue(r, "contract_assumed", "note", "三(一)1");
        expect_issue(r, "contract_signed_assumed", "note", "三(一)1");
        BOOST_TEST(issue_message(r, "contract_assumed").find("劳动合同期限") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(pre_job_training_within_a_year_of_signing) {
    auto at = [](const char* date, const char* signed_on) {
        json s = with_trainee(pre_job(), {{"contract_months", 24}, {"contract_signed", signed_on}});
        s["date"] = date;
        return run(s);
    };
    BOOST_TEST(total(at("2026-03-02", "2025-03-02")) == 100000);  // 365 days: the same day a year on is the last
    BOOST_TEST(!has_issue(at("2026-03-02", "2025-03-02"), "training_after_contract_window"));
    json late = at("2026-03-02", "2025-03-01");                   // 366 days
    BOOST_TEST(total(late) == 0);
    expect_issue(late, "training_after_contract_window", "excluded", "三(一)1");
    BOOST_TEST(issue_message(late, "training_after_contract_window").find("超出 1 天") != std::string::npos);
    BOOST_TEST(total(at("2024-03-01", "2023-03-01")) == 100000);  // 366 days across 2024-02-29: still the same day
    BOOST_TEST(total(at("2025-02-28", "2024-02-29")) == 100000);  // no 02-29: the month's last day
    BOOST_TEST(total(at("2025-03-01", "2024-02-29")) == 0);
    BOOST_TEST(total(at("2026-03-02", "2026-03-02")) == 100000);  // the day of signing
    json before = at("2026-03-02", "2026-03-05");
    BOOST_TEST(total(before) == 0);
    expect_issue(before, "training_before_contract", "excluded", "三(一)1");
    BOOST_TEST(issue_message(before, "training_before_contract").find("3 天") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(assumed_notes_follow_the_issues_that_decide_the_amount) {
    // A form shows a person's first issue as its reason: the refusal, not a note.
    // The notes every trainee has are the scenario's, listed once after the trainees' issues.
    json low = run(with_trainee(pre_job(), {{"attendance", 0.6}}));
    const json& issues = low["issues"];
    BOOST_REQUIRE(issues.size() == 4u);  // and 七(五) policy_may_have_lapsed, last
    BOOST_TEST(issues[0]["code"] == "attendance_below_minimum");
    BOOST_TEST(issues[1]["code"] == "contract_assumed");
    BOOST_TEST(issues[2]["code"] == "contract_signed_assumed");
    BOOST_TEST(!issues[1].contains("trainee"));
    BOOST_TEST(low["trainees"][0]["issues"].size() == 1u);
    // A note only some trainees have stays with each of them, after their deciding issue.
    json some = pre_job();
    some["trainees"] = json::array({{{"attendance", 0.6}}, {{"contract_open_ended", true}, {"contract_signed", "2026-02-01"}}});
    const json mixed = run(some);
    const json& first = mixed["trainees"][0]["issues"];
    BOOST_REQUIRE(first.size() == 3u);
    BOOST_TEST(first[0]["code"] == "attendance_below_minimum");
    BOOST_TEST(first[1]["code"] == "contract_assumed");
    BOOST_TEST(first[2]["code"] == "contract_signed_assumed");
    json wft = run({{"scheme", "work_for_training"},
                    {"trainees", {{{"months", 3}, {"history", {{{"date", "2025-01-01"}, {"scheme", "work_for_training"}, {"months", 4}}}}},
                                  {{"months", 1}, {"group", "employment_difficulty"}}}}});
    BOOST_TEST(wft["trainees"][0]["issues"][0]["code"] == "months_capped");
    BOOST_TEST(wft["trainees"][0]["issues"][1]["code"] == "group_assumed");
}

BOOST_AUTO_TEST_CASE(job_transfer_needs_a_different_category) {
    json s = hourly("job_transfer", 13, 100);  // 计算机与应用工程技术人员
    json same = run(with_trainee(s, {{"current_occupation", 14}}));
    BOOST_TEST(total(same) == 0);
    expect_issue(same, "same_occupation_category", "excluded", "三(一)2");
    const std::string m = issue_message(same, "same_occupation_category");
    BOOST_TEST(m.find("计算机程序设计员") != std::string::npos, m);
    BOOST_TEST(m.find("多媒体作品制作员") != std::string::npos, m);
    BOOST_TEST(m.find("计算机与应用工程技术人员") != std::string::npos, m);
    BOOST_TEST(total(run(with_trainee(s, {{"current_occupation", 13}}))) == 0);
    json other = run(with_trainee(s, {{"current_occupation", "焊工、焊接机械手操作工"}}));
    BOOST_TEST(total(other) == 100000);
    BOOST_TEST(!any_code_with(other, "occupation"));
    json absent = run(with_trainee(s, json::object()));
    BOOST_TEST(total(absent) == 100000);
    expect_issue(absent, "current_occupation_assumed", "note", "三(一)2");
    BOOST_TEST(total(run(with_trainee(s, {{"current_occupation", 184}, {"dispatched", true}}))) == 0);
    // Rows 121–122 are 其他农林牧副渔业生产人员 (catalog fix): 120 -> 121 is the same category, 123 -> 121 is not.
    json farm = hourly("job_transfer", 121, 100);
    BOOST_TEST(total(run(with_trainee(farm, {{"current_occupation", 120}}))) == 0);
    BOOST_TEST(total(run(with_trainee(farm, {{"current_occupation", 123}}))) == 100000);
    json bad = with_trainee(s, {{"current_occupation", "宇航员"}});
    expect_error(bad, "unknown_occupation", "/trainees/0/current_occupation");
}

BOOST_AUTO_TEST_CASE(training_place_claims_only_with_changchun_hukou) {
    json s = pre_job();
    auto place = [&](json t) { return run(with_trainee(s, t)); };
    json refused = place({{"claim_place", "training"}, {"changchun_hukou", false}});
    BOOST_TEST(total(refused) == 0);
    expect_issue(refused, "training_place_not_allowed", "excluded", "二(二)");
    BOOST_TEST(total(place({{"claim_place", "training"}, {"changchun_hukou", true}})) == 100000);
    json assumed = place({{"claim_place", "training"}});
    BOOST_TEST(total(assumed) == 100000);
    expect_issue(assumed, "changchun_hukou_assumed", "note", "二(二)");
    for (const char* other : {"household", "residence", "employment"}) {
        json r = place({{"claim_place", other}, {"changchun_hukou", false}});
        BOOST_TEST(total(r) == 100000, other);
        BOOST_TEST(!any_code_with(r, "hukou"), other);
        BOOST_TEST(!has_issue(r, "training_place_not_allowed"), other);
    }
    BOOST_TEST(!any_code_with(place(json::object()), "hukou"));  // no place given: nothing to check
    // Every scheme that pays a person's training on a certificate.
    json t = {{"claim_place", "training"}, {"changchun_hukou", false}};
    for (json sc : {hourly("job_transfer", 13, 100), json{{"scheme", "skill_upgrade"}, {"occupation", 184}, {"level", "junior"}},
                    hourly("employment_skills", 13, 100), json{{"scheme", "entrepreneurship"}},
                    json{{"scheme", "labour_preparation"}, {"hours", {{"offline", 720}}}},
                    json{{"scheme", "poverty_training"}, {"hours", {{"offline", 8}}}}}) {
        json r = run(with_trainee(sc, t));
        BOOST_TEST(total(r) == 0, sc.dump());
        BOOST_TEST(has_issue(r, "training_place_not_allowed"), sc.dump());
    }
    // Not for assessment (鉴定) or the enterprise's schemes.
    json assessment = run(with_trainee({{"scheme", "assessment"}, {"occupation", 13}}, t));
    BOOST_TEST(total(assessment) == 10000);
    expect_error(with_trainee(s, {{"claim_place", "abroad"}}), "unknown_claim_place", "/trainees/0/claim_place");
    expect_error(with_trainee(s, {{"changchun_hukou", "yes"}}), "invalid_type", "/trainees/0/changchun_hukou");
}

BOOST_AUTO_TEST_CASE(target_groups_per_scheme) {
    const char* all[] = {"poor_family_child", "poor_labour", "two_after", "rural_migrant", "laid_off",
                         "graduate",          "offender",    "unpensioned", "disabled",   "veteran"};
    json skills = hourly("employment_skills", 13, 100);
    json start = {{"scheme", "entrepreneurship"}};
    json prep = {{"scheme", "labour_preparation"}, {"hours", {{"offline", 720}}}};
    json poverty = {{"scheme", "poverty_training"}, {"hours", {{"offline", 8}}}};
    for (const char* g : all) {
        json t = {{"target_group", g}};
        BOOST_TEST(total(run(with_trainee(skills, t))) == 100000, g);
        BOOST_TEST(total(run(with_trainee(start, t))) == 150000, g);
        bool two_after = std::string(g) == "two_after", poor = std::string(g) == "poor_labour";
        json p = run(with_trainee(prep, t));
        BOOST_TEST((total(p) == 720000) == two_after, g);
        if (!two_after) expect_issue(p, "target_group_not_eligible", "excluded", "三(二)3");
        json v = run(with_trainee(poverty, t));
        BOOST_TEST((total(v) == 8000) == poor, g);
        if (!poor) expect_issue(v, "target_group_not_eligible", "excluded", "三(二)6");
    }
    BOOST_TEST(issue_message(run(with_trainee(prep, {{"target_group", "veteran"}})), "target_group_not_eligible")
                   .find("该学员为退役军人") != std::string::npos);
    json absent[] = {run(with_trainee(skills, json::object())), run(start), run(prep), run(poverty)};
    const char* clauses[] = {"三(二)1", "三(二)2", "三(二)3", "三(二)6"};
    for (size_t i = 0; i < 4; i++) {
        BOOST_TEST(total(absent[i]) > 0, clauses[i]);
        expect_issue(absent[i], "target_group_assumed", "note", clauses[i]);
    }
    // Other schemes do not check it.
    json other = run(with_trainee(pre_job(), {{"target_group", "veteran"}}));
    BOOST_TEST(total(other) == 100000);
    BOOST_TEST(!any_code_with(other, "target_group"));
    expect_error(with_trainee(skills, {{"target_group", "student"}}), "unknown_target_group", "/trainees/0/target_group");
    expect_error(with_trainee(skills, {{"target_group", "none"}}), "unknown_target_group", "/trainees/0/target_group");
}

BOOST_AUTO_TEST_CASE(work_for_training_insured_enterprise_and_groups) {
    json s = {{"scheme", "work_for_training"}, {"trainees", {{{"months", 2}, {"group", "employment_difficulty"}}}}};
    json insured = s;
    insured["enterprise"] = {{"insured", true}};
    BOOST_TEST(total(run(insured)) == 100000);
    BOOST_TEST(!any_code_with(run(insured), "insured"));
    json not_insured = s;
    not_insured["enterprise"] = {{"insured", false}};
    json r = run(not_insured);
    BOOST_TEST(total(r) == 0);
    BOOST_TEST(r["eligible"] == false);
    expect_issue(r, "enterprise_not_insured", "excluded", "三(一)7");
    json assumed = run(s);
    BOOST_TEST(total(assumed) == 100000);
    expect_issue(assumed, "enterprise_insured_assumed", "note", "三(一)7");
    json zero = run({{"scheme", "work_for_training"}, {"trainees", {{{"months", 2}, {"group", "zero_employment_family"}}}}});
    BOOST_TEST(total(zero) == 100000);
    json no_group = run({{"scheme", "work_for_training"}, {"trainees", {{{"months", 2}}}}});
    BOOST_TEST(total(no_group) == 100000);
    expect_issue(no_group, "group_assumed", "note", "三(一)7");
    json refused = run({{"scheme", "work_for_training"}, {"trainees", {{{"months", 2}, {"group", "poor_labour"}}}}});
    BOOST_TEST(total(refused) == 0);
    expect_issue(refused, "group_not_eligible", "excluded", "三(一)7");
    expect_error({{"scheme", "work_for_training"}, {"enterprise", {{"insured", 1}}}}, "invalid_type", "/enterprise/insured");
}

BOOST_AUTO_TEST_CASE(work_for_training_six_months_count_earlier_claims) {
    auto wft = [](json t) {
        t["group"] = "employment_difficulty";
        return run({{"scheme", "work_for_training"}, {"enterprise", {{"insured", true}}}, {"trainees", {t}}});
    };
    auto months = [](const char* date, long long m, long long d = -1) {
        json h = {{"date", date}, {"scheme", "work_for_training"}};
        if (m >= 0) h["months"] = m;
        if (d >= 0) h["days"] = d;
        return h;
    };
    json four = wft({{"months", 3}, {"history", {months("2025-06-01", 4)}}});
    BOOST_TEST(total(four) == 100000);  // at most 2 more months
    expect_issue(four, "months_capped", "reduced", "三(一)7");
    const json* capped = find_issue(four, "months_capped");
    BOOST_TEST((*capped)["trainee"] == 0);
    const std::string m = (*capped)["message"].get<std::string>();
    BOOST_TEST(m.find("此前已享受 4 个月") != std::string::npos, m);
    BOOST_TEST(m.find("超出的 1 个月") != std::string::npos, m);
    BOOST_TEST(m.find("2025") == std::string::npos, m);  // nothing of the earlier claim but its count
    BOOST_TEST(four["items"][0]["explain"].get<std::string>().find("× 2个月") != std::string::npos);
    BOOST_TEST(total(wft({{"months", 2}, {"history", {months("2025-06-01", 4)}}})) == 100000);
    BOOST_TEST(!has_issue(wft({{"months", 2}, {"history", {months("2025-06-01", 4)}}}), "months_capped"));
    // Across several entries and years, with days (30 days = 1 month).
    json split = wft({{"months", 5}, {"history", {months("2024-03-01", 1), months("2025-03-01", 0, 15)}}});
    BOOST_TEST(total(split) == 225000);  // 6 − 1.5 = 4 months 15 days
    json full = wft({{"months", 1}, {"history", {months("2025-01-01", 6)}}});
    BOOST_TEST(total(full) == 0);
    const json* reached = find_issue(full, "months_limit_reached");  // a limit, said by its rule and counts
    BOOST_REQUIRE(reached);
    BOOST_TEST((*reached)["effect"] == "excluded");
    BOOST_TEST((*reached)["message"] == "第 1 名学员：以工代训每人最长 6 个月，此前已享受 6 个月，不再补贴（三(一)7）");
    BOOST_TEST((*find_issue(full, "months_limit_reached"))["trainee"] == 0);
    // An earlier entry without months or days counts as 0, with a note.
    json unknown = wft({{"months", 2}, {"history", {months("2025-01-01", -1)}}});
    BOOST_TEST(total(unknown) == 100000);
    expect_issue(unknown, "history_months_assumed", "note", "三(一)7");
    // Other schemes' entries do not count; work_for_training does not count toward 二(二).
    BOOST_TEST(total(wft({{"months", 6}, {"history", {{{"date", "2025-01-01"}, {"scheme", "pre_job"}, {"months", 6}}}}})) ==
               300000);
    // Several trainees: each issue goes to its row, and each is as if alone.
    json several = {{"scheme", "work_for_training"},
                    {"trainees",
                     {{{"id", "a"}, {"months", 3}},
                      {{"id", "b"}, {"months", 3}, {"history", {months("2025-06-01", 4)}}},
                      {{"id", "c"}, {"months", 3}, {"history", {months("2025-06-01", 6)}}}}}};
    json r = run(several);
    BOOST_TEST(total(r) == 150000 + 100000);
    int rows = 0;
    for (const auto& i : r["issues"]) {
        if (i["code"] == "months_capped") {
            BOOST_TEST(i["trainee"] == 1);
            BOOST_TEST(i["message"].get<std::string>().rfind("第 2 名学员（b）：", 0) == 0);
            rows++;
        }
        if (i["code"] == "months_limit_reached") {
            BOOST_TEST(i["trainee"] == 2);
            rows++;
        }
    }
    BOOST_TEST(rows == 2);
    estimate_shared_outcomes::expect_each_as_alone(several);
    expect_error({{"scheme", "work_for_training"}, {"trainees", {{{"history", {{{"date", "2025-01-01"}, {"scheme", "work_for_training"}, {"months", -1}}}}}}}},
                 "out_of_range", "/trainees/0/history/0/months");
}

BOOST_AUTO_TEST_CASE(per_person_limit_messages_give_only_the_rule_and_counts) {
    json s = pre_job();
    json three = {history("2026-01-05", "employment_skills", 84), history("2026-02-05", "job_drill"),
                  history("2026-02-20", "skill_upgrade", 184, "junior")};
    s["trainees"] = json::array({{{"id", "x"}}, {{"id", "y"}, {"history", three}}});
    json r = run(s);
    const json* limit = find_issue(r, "yearly_limit_reached");
    BOOST_REQUIRE(limit);
    BOOST_TEST((*limit)["trainee"] == 1);  // to the submitter's row
    BOOST_TEST((*limit)["message"] == "第 2 名学员（y）：2026 年已享受补贴性培训 3 次，达到每人每年 3 次上限，超出 1 次（二(二)）");
    json same = pre_job();
    same["trainees"] = json::array({{{"history", {history("2026-02-01", "pre_job", 13)}}}});
    json once_r = run(same);
    const json* once = find_issue(once_r, "same_occupation_level_this_year");
    BOOST_REQUIRE(once);
    BOOST_TEST((*once)["trainee"] == 0);
    const std::string m = (*once)["message"].get<std::string>();
    BOOST_TEST(m.find("2026-02-01") == std::string::npos, m);  // the earlier training's date is not repeated
    BOOST_TEST(m.find("（二(二)）") != std::string::npos, m);
}

BOOST_AUTO_TEST_CASE(conditions_split_shared_outcomes_only_where_they_apply) {
    json s = pre_job();
    s["trainees"] = json::array({{{"id", "a"}, {"contract_months", 12}},
                                 {{"id", "b"}, {"contract_months", 11}},
                                 {{"id", "c"}, {"contract_signed", "2025-03-01"}},
                                 {{"id", "d"}, {"contract_signed", "2025-03-02"}},
                                 {{"id", "e"}, {"claim_place", "training"}, {"changchun_hukou", false}},
                                 {{"id", "f"}, {"target_group", "veteran"}, {"current_occupation", 14}}});
    json r = run(s);
    BOOST_TEST(total(r) == 300000);  // a, d, f
    estimate_shared_outcomes::expect_each_as_alone(s);
    json t = hourly("job_transfer", 13, 100);
    t["trainees"] = s["trainees"];
    estimate_shared_outcomes::expect_each_as_alone(t);
}

BOOST_AUTO_TEST_CASE(approved_trade_uses_the_comparable_catalog_standard) {
    json s = pre_job();
    s["approved_trade"] = "区块链应用操作员";
    json r = run(s);
    BOOST_TEST(total(r) == total(run(pre_job())));
    expect_issue(r, "approved_trade_comparable", "note", "二(三)");
    const std::string m = issue_message(r, "approved_trade_comparable");
    BOOST_TEST(m.find("区块链应用操作员") != std::string::npos, m);
    BOOST_TEST(m.find("计算机程序设计员") != std::string::npos, m);
    BOOST_TEST(m.find("市人社局") != std::string::npos, m);
    BOOST_TEST(!has_issue(run(pre_job()), "approved_trade_comparable"));
    json no_occupation = {{"scheme", "pre_job"}, {"approved_trade", "区块链应用操作员"}, {"hours", {{"offline", 10}}}};
    expect_error(no_occupation, "missing_field", "/occupation");
    json in_catalog = pre_job();
    in_catalog["approved_trade"] = "多媒体作品制作员";
    expect_error(in_catalog, "conflicting_fields", "/approved_trade");
    json empty = pre_job();
    empty["approved_trade"] = "";
    expect_error(empty, "out_of_range", "/approved_trade");
    json number = pre_job();
    number["approved_trade"] = 5;
    expect_error(number, "invalid_type", "/approved_trade");
    expect_error({{"scheme", "entrepreneurship"}, {"approved_trade", "区块链应用操作员"}}, "conflicting_fields",
                 "/approved_trade");
    // The unknown occupation itself stays an input error, with the route in its message.
    try {
        run(hourly("pre_job", "区块链应用操作员", 10));
        BOOST_ERROR("no InputError");
    } catch (const InputError& e) {
        BOOST_TEST(e.code == "unknown_occupation");
        BOOST_TEST(e.message.find("二(三)") != std::string::npos, e.message);
        BOOST_TEST(e.message.find("市人社局") != std::string::npos, e.message);
    }
}

BOOST_AUTO_TEST_CASE(estimates_after_the_national_action_carry_the_lapse_note) {
    auto on = [](const char* date) {
        json s = with_trainee(pre_job(), {{"contract_months", 12}});
        s["date"] = date;
        s["trainees"][0]["contract_signed"] = date;
        return run(s);
    };
    json last = on("2021-12-31");
    BOOST_TEST(!has_issue(last, "policy_may_have_lapsed"));
    json after = on("2022-01-01");
    expect_issue(after, "policy_may_have_lapsed", "note", "七(五)");
    BOOST_TEST(issue_message(after, "policy_may_have_lapsed").find("2021-12-31") != std::string::npos);
    BOOST_TEST(after["eligible"] == true);
    BOOST_TEST(total(after) == total(last));
    BOOST_TEST(!find_issue(after, "policy_may_have_lapsed")->contains("trainee"));  // the whole scenario's
    json not_eligible = run({{"scheme", "poverty_training"}, {"hours", {{"offline", 7}}}});
    BOOST_TEST(not_eligible["eligible"] == false);
    BOOST_TEST(has_issue(not_eligible, "policy_may_have_lapsed"));
    // Listed after every other issue: the first issue still explains the amount.
    BOOST_TEST(not_eligible["issues"].back()["code"] == "policy_may_have_lapsed");
    BOOST_TEST(not_eligible["issues"][0]["effect"] == "excluded");
    json living = run({{"scheme", "living_allowance"},
                       {"trainees", {{{"group", "employment_difficulty"}, {"days", 10}, {"unemployment_insurance", true}}}}});
    BOOST_TEST(living["issues"][0]["code"] == "unemployment_insurance_conflict");
    BOOST_TEST(living["issues"].back()["code"] == "policy_may_have_lapsed");
    json wft = run({{"scheme", "work_for_training"}, {"trainees", {{{"months", 7}}}}});
    BOOST_TEST(wft["issues"][0]["code"] == "months_capped");
    BOOST_TEST(wft["issues"][wft["issues"].size() - 2]["code"] == "policy_may_have_lapsed");
    BOOST_TEST(wft["issues"].back()["code"] == "enterprise_insured_assumed");
}

BOOST_AUTO_TEST_SUITE_END()
