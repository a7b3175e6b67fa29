// Issue 14 (forms part): each person's conditions (contract, current
// occupation, claim place and 长春地区户籍, target group) and 以往培训: which
// scheme asks which, the claim requiring them (warnings for a format-1 body),
// the application leaving them optional, the derived scenario carrying only
// what was filled, draft round trips and old drafts, the print appendix.
// The engine's verdict on the new scenario fields is not asserted here (the
// engine reads them in its own branch).
#include <boost/test/unit_test.hpp>

#include "engine/forms/claim.h"
#include "engine/forms/derive.h"
#include "engine/forms/texts.h"
#include "engine/forms/training_application.h"
#include "form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const std::string kToday = "2026-12-02";

int claim_scheme_at(Scheme s) {
    const std::vector<Scheme>& list = claim_schemes();
    for (size_t i = 0; i < list.size(); i++)
        if (list[i] == s) return static_cast<int>(i);
    return -1;
}

// The v1 claim fixture (岗前培训, 3 people), read as `format`.
ClaimModel claim(int format = kClaimFormat, Scheme s = Scheme::pre_job) {
    ClaimModel m;
    m.from_json(test::read_fixture("claim-v1.json"), format);
    m.scheme = claim_scheme_at(s);
    return m;
}

Validation validated(const FormModel& m) {
    Validation v;
    m.validate(v, kToday, json());
    return v;
}

void expect_issue(const Validation& v, const std::string& field, const std::string& label, const std::string& message,
                  bool warning = false) {
    std::string path = "/" + field;
    for (char& c : path)
        if (c == '.') c = '/';
    test::check_issue(v, field, path, message, warning);
    BOOST_TEST(test::issue_at(v, field).label == label, field);
}

// Every condition of a 岗前培训 person filled, and two earlier trainings.
void fill(RosterPerson& p) {
    p.contract_signed = "2026-01-05";
    p.contract_months = 36;
    p.claim_place = 2;  // 培训地
    p.changchun_hukou = 1;
    p.history = {PriorTraining{"2026-05-10", static_cast<int>(Scheme::skill_upgrade), "13", 1, 0, 0},
                 PriorTraining{"2026-02-01", static_cast<int>(Scheme::work_for_training), "", -1, 12, 2}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(conditions)

BOOST_AUTO_TEST_CASE(each_scheme_asks_its_conditions) {
    BOOST_TEST(roster_conditions(Scheme::pre_job) == (cond_contract | cond_claim_place | cond_history));
    BOOST_TEST(roster_conditions(Scheme::job_transfer) == (cond_current_occupation | cond_claim_place | cond_history));
    for (Scheme s : {Scheme::skill_upgrade, Scheme::job_drill, Scheme::apprenticeship})
        BOOST_TEST(roster_conditions(s) == (cond_claim_place | cond_history));
    for (Scheme s : {Scheme::employment_skills, Scheme::entrepreneurship, Scheme::labour_preparation, Scheme::poverty_training})
        BOOST_TEST(roster_conditions(s) == (cond_target_group | cond_claim_place | cond_history));
    BOOST_TEST(roster_conditions(Scheme::work_for_training) == cond_history);
    BOOST_TEST(roster_conditions(Scheme::competition) == 0u);
    BOOST_TEST(roster_conditions(Scheme::assessment) == 0u);
}

BOOST_AUTO_TEST_CASE(an_occupation_is_read_by_name_or_number) {
    BOOST_TEST(occupation_of_text("13")->number == 13);
    BOOST_TEST(occupation_of_text(" 计算机程序设计员 ")->number == 13);
    BOOST_TEST(occupation_of_text("327") == nullptr);
    BOOST_TEST(occupation_of_text("0013") == nullptr);
    BOOST_TEST(occupation_of_text("厨神") == nullptr);
    BOOST_TEST(occupation_of_text("") == nullptr);
}

// ---- Validation ----

BOOST_AUTO_TEST_CASE(a_claim_requires_each_condition_of_its_scheme) {
    const Validation v = validated(claim());
    expect_issue(v, "roster.0.contract_signed", "第1行 劳动合同/派遣协议签订日期", "必填");
    expect_issue(v, "roster.1.contract_months", "第2行 合同期限（月）", "请填写合同期限（月）或选择无固定期限");
    expect_issue(v, "roster.2.claim_place", "第3行 申领地", "必填");
    expect_issue(v, "roster.2.changchun_hukou", "第3行 长春地区户籍", "必填");
    BOOST_TEST(v.error_count() == 12);  // 4 per person
    BOOST_TEST(v.find("roster.0.current_occupation") == nullptr);
    BOOST_TEST(v.find("roster.0.target_group") == nullptr);

    ClaimModel m = claim();
    for (RosterPerson& p : m.roster.people) fill(p);
    m.roster.people[1].contract_months = -1;
    m.roster.people[1].contract_open_ended = true;  // 无固定期限 stands for the term
    BOOST_TEST(validated(m).error_count() == 0);
}

BOOST_AUTO_TEST_CASE(a_format_1_claim_gets_warnings_for_the_conditions) {
    const Validation v = validated(claim(1));
    BOOST_TEST(v.error_count() == 0);
    expect_issue(v, "roster.0.contract_signed", "第1行 劳动合同/派遣协议签订日期", "必填", true);
    expect_issue(v, "roster.0.claim_place", "第1行 申领地", "必填", true);
}

BOOST_AUTO_TEST_CASE(a_job_transfer_claim_asks_the_current_occupation_from_the_catalog) {
    ClaimModel m = claim(kClaimFormat, Scheme::job_transfer);
    Validation v = validated(m);
    expect_issue(v, "roster.0.current_occupation", "第1行 现从事职业（工种）", "必填");
    BOOST_TEST(v.find("roster.0.contract_signed") == nullptr);
    m.roster.people[0].current_occupation = "厨神";
    m.roster.people[1].current_occupation = "184";
    m.roster.people[2].current_occupation = "计算机程序设计员";
    v = validated(m);
    expect_issue(v, "roster.0.current_occupation", "第1行 现从事职业（工种）", "附件1工种目录中没有“厨神”（可填名称或序号1–326）");
    BOOST_TEST(v.find("roster.1.current_occupation") == nullptr);
    BOOST_TEST(v.find("roster.2.current_occupation") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_difficulty_groups_claim_asks_the_target_group) {
    ClaimModel m = claim(kClaimFormat, Scheme::employment_skills);
    expect_issue(validated(m), "roster.1.target_group", "第2行 人员类别", "必填");
    m.roster.people[1].target_group = 2;
    BOOST_TEST(validated(m).find("roster.1.target_group") == nullptr);
}

BOOST_AUTO_TEST_CASE(filled_conditions_and_prior_trainings_are_checked) {
    ClaimModel m = claim();
    RosterPerson& p = m.roster.people[0];
    fill(p);
    p.contract_signed = "2026-02-30";
    p.history = {PriorTraining{}, PriorTraining{"2027-01-01", static_cast<int>(Scheme::pre_job), "厨神", -1, -1, -2}};
    m.roster.people[1].contract_signed = "2026-12-03";  // tomorrow
    const Validation v = validated(m);
    BOOST_TEST(test::issue_at(v, "roster.0.contract_signed").message.find("2026-02-30") != std::string::npos);
    expect_issue(v, "roster.1.contract_signed", "第2行 劳动合同/派遣协议签订日期", "日期不能晚于今天");
    expect_issue(v, "roster.0.history.0.date", "第1行 以往培训1 培训日期", "必填");
    expect_issue(v, "roster.0.history.0.scheme", "第1行 以往培训1 补贴项目", "必填");
    expect_issue(v, "roster.0.history.1.date", "第1行 以往培训2 培训日期", "日期不能晚于今天");
    BOOST_TEST(v.find("roster.0.history.1.scheme") == nullptr);
    expect_issue(v, "roster.0.history.1.occupation", "第1行 以往培训2 职业（工种）",
                 "附件1工种目录中没有“厨神”（可填名称或序号1–326）");
    expect_issue(v, "roster.0.history.1.days", "第1行 以往培训2 天数", "不能为负数");
    expect_issue(v, "roster.0.history.1.months", "第1行 以往培训2 月数", "不能为负数");
}

BOOST_AUTO_TEST_CASE(the_application_leaves_the_conditions_optional) {
    TrainingApplicationModel a;
    a.from_json(test::read_fixture("training_application-v1.json"), 1);
    a.scheme = 0;  // 岗前培训
    BOOST_REQUIRE(training_application_schemes()[0] == Scheme::pre_job);
    const Validation v = validated(a);
    BOOST_TEST(v.find("roster.0.contract_signed") == nullptr);
    BOOST_TEST(v.find("roster.0.claim_place") == nullptr);
    a.roster.people[0].contract_signed = "2026-13-01";  // what is filled is still checked
    BOOST_TEST(validated(a).find("roster.0.contract_signed") != nullptr);
}

// ---- Scenario ----

BOOST_AUTO_TEST_CASE(the_scenario_carries_only_what_was_filled) {
    ClaimModel m = claim();
    json t = m.scenario(kToday).value()["trainees"][0];
    BOOST_TEST(t == json({{"id", "220104198503011018"}, {"attendance", 0.95}, {"certified", true}}));
    fill(m.roster.people[0]);
    m.roster.people[0].history.push_back(PriorTraining{"2026-0", 0, "", -1, 0, 0});  // incomplete: left out
    m.roster.people[1].contract_open_ended = true;
    m.roster.people[1].changchun_hukou = 0;
    const json s = m.scenario(kToday).value();
    t = s["trainees"][0];
    BOOST_TEST(t["contract_signed"] == "2026-01-05");
    BOOST_TEST(t["contract_months"] == 36);
    BOOST_TEST(!t.contains("contract_open_ended"));
    BOOST_TEST(t["claim_place"] == "training");
    BOOST_TEST(t["changchun_hukou"] == true);
    BOOST_TEST(t["history"] == json::parse(R"([{"date":"2026-05-10","scheme":"skill_upgrade","occupation":13,
        "level":"intermediate"},{"date":"2026-02-01","scheme":"work_for_training","days":12,"months":2}])"));
    BOOST_TEST(s["trainees"][1] == json({{"id", "220104198807121021"},
                                         {"attendance", 0.8},
                                         {"certified", true},
                                         {"contract_open_ended", true},
                                         {"changchun_hukou", false}}));
    m.roster.people[0].contract_signed = "2026-02-30";  // invalid: left to validate(), not sent
    BOOST_TEST(!m.scenario(kToday).value()["trainees"][0].contains("contract_signed"));
    m.scheme = claim_scheme_at(Scheme::skill_upgrade);  // no contract asked: none sent
    t = m.scenario(kToday).value()["trainees"][0];
    BOOST_TEST(!t.contains("contract_months"));
    BOOST_TEST(t["claim_place"] == "training");
}

BOOST_AUTO_TEST_CASE(current_occupation_and_target_group_go_to_the_scenario_as_ids) {
    ClaimModel m = claim(kClaimFormat, Scheme::job_transfer);
    m.roster.people[0].current_occupation = "焊工、焊接机械手操作工";
    m.roster.people[1].current_occupation = "厨神";
    json s = m.scenario(kToday).value();
    BOOST_TEST(s["trainees"][0]["current_occupation"] == 184);
    BOOST_TEST(!s["trainees"][1].contains("current_occupation"));
    m.scheme = claim_scheme_at(Scheme::labour_preparation);
    m.roster.people[0].target_group = 2;
    s = m.scenario(kToday).value();
    BOOST_TEST(s["trainees"][0]["target_group"] == "two_after");
    BOOST_TEST(!s["trainees"][0].contains("current_occupation"));
    BOOST_TEST(!s["trainees"][1].contains("target_group"));
}

BOOST_AUTO_TEST_CASE(the_application_scenario_carries_what_was_filled) {
    TrainingApplicationModel a;
    a.from_json(test::read_fixture("training_application-v1.json"), 1);
    a.scheme = 1;  // 转岗转业
    BOOST_REQUIRE(training_application_schemes()[1] == Scheme::job_transfer);
    a.category = 1;  // 劳务派遣人员: still the dispatched flag
    a.roster.people[0].current_occupation = "13";
    const json s = *a.scenario("2026-03-02");
    BOOST_TEST(s["trainees"][0]["current_occupation"] == 13);
    BOOST_TEST(s["trainees"][0]["dispatched"] == true);
    BOOST_TEST(!s["trainees"][1].contains("current_occupation"));
    BOOST_TEST(!s["trainees"][1].contains("claim_place"));
}

// ---- Drafts ----

BOOST_AUTO_TEST_CASE(conditions_round_trip_in_the_draft) {
    ClaimModel m = claim();
    fill(m.roster.people[0]);
    m.roster.people[1].contract_open_ended = true;
    m.roster.people[1].current_occupation = "厨神";  // kept as typed
    m.roster.people[2].target_group = 9;
    m.roster.people[2].changchun_hukou = 0;
    const json body = m.to_json();
    BOOST_TEST(body["roster"][0]["claim_place"] == "training");
    BOOST_TEST(body["roster"][0]["history"][1]["months"] == 2);
    BOOST_TEST(body["roster"][2]["target_group"] == "veteran");
    ClaimModel back;
    back.from_json(body, kClaimFormat);
    BOOST_TEST(back.to_json() == body);
    const RosterPerson& p = back.roster.people[0];
    BOOST_TEST(p.contract_months == 36);
    BOOST_REQUIRE(p.history.size() == 2u);
    BOOST_TEST(p.history[0].scheme == static_cast<int>(Scheme::skill_upgrade));
    BOOST_TEST(p.history[0].level == 1);
    BOOST_TEST(back.roster.people[1].current_occupation == "厨神");
    BOOST_TEST(back.roster.people[2].changchun_hukou == 0);

    TrainingApplicationModel a;  // the application stores its columns' keys and the conditions
    a.from_json(test::read_fixture("training_application-v1.json"), 1);
    a.roster.people[0].claim_place = 1;
    a.roster.people[0].history.push_back(PriorTraining{"2025-06-01", static_cast<int>(Scheme::pre_job), "13", -1, 0, 0});
    TrainingApplicationModel a2;
    a2.from_json(a.to_json(), 1);
    BOOST_TEST(a2.to_json() == a.to_json());
    BOOST_TEST(a2.roster.people[0].claim_place == 1);
    // ... and a claim started from it carries them.
    BOOST_TEST(claim_from_application(a)->roster.people[0].history.size() == 1u);
}

BOOST_AUTO_TEST_CASE(an_old_draft_loads_with_nothing_given) {
    const json old = test::read_fixture("claim-v1.json");
    const ClaimModel m = claim(1);
    for (const RosterPerson& p : m.roster.people) {
        BOOST_TEST(p.contract_signed.empty());
        BOOST_TEST(p.contract_months == -1);
        BOOST_TEST(!p.contract_open_ended);
        BOOST_TEST(p.claim_place == -1);
        BOOST_TEST(p.changchun_hukou == -1);
        BOOST_TEST(p.target_group == -1);
        BOOST_TEST(p.history.empty());
    }
    BOOST_TEST(m.to_json()["roster"] == old["roster"]);  // nothing added to the rows
    // A number for an occupation, and ids this release does not know, still open.
    json body = old;
    body["roster"][0]["current_occupation"] = 13;
    body["roster"][0]["claim_place"] = "moon";
    body["roster"][0]["history"] = json::parse(R"([{"date":"2025-01-02","scheme":"nope","occupation":184}])");
    ClaimModel n;
    n.from_json(body, kClaimFormat);
    BOOST_TEST(n.roster.people[0].current_occupation == "13");
    BOOST_TEST(n.roster.people[0].claim_place == -1);
    BOOST_TEST(n.roster.people[0].history[0].scheme == -1);
    BOOST_TEST(n.roster.people[0].history[0].occupation == "184");
    body["roster"][0]["changchun_hukou"] = "是";  // a wrong type is a bad body, in Chinese
    BOOST_CHECK_EXCEPTION(n.from_json(body, kClaimFormat), std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == text::roster_bad_body; });
}

// ---- Print ----

BOOST_AUTO_TEST_CASE(the_claim_prints_the_conditions_as_an_appendix) {
    ClaimModel m = claim();
    std::string h = m.print_html(PrintContext{});
    BOOST_TEST(h.find("id=\"conditions\"") != std::string::npos);  // always, with its blanks for the clerk
    BOOST_TEST(h.find("附表：参训人员补贴条件") != std::string::npos);
    BOOST_TEST(h.find("<th>合同签订日期及期限</th>") != std::string::npos);
    BOOST_TEST(h.find("<th>申领地</th><th>长春地区户籍</th>") != std::string::npos);
    BOOST_TEST(h.find("<th>人员类别</th>") == std::string::npos);
    BOOST_TEST(h.find("id=\"history\"") == std::string::npos);  // no earlier training known
    fill(m.roster.people[0]);
    m.roster.people[1].contract_open_ended = true;
    h = m.print_html(PrintContext{});
    BOOST_TEST(h.find("<td>2026-01-05，36个月</td>") != std::string::npos);
    BOOST_TEST(h.find("<td>无固定期限</td>") != std::string::npos);
    BOOST_TEST(h.find("<td>培训地</td><td class=\"c\">是</td>") != std::string::npos);
    BOOST_TEST(h.find("id=\"history\"") != std::string::npos);
    BOOST_TEST(h.find("<td>13 计算机程序设计员</td><td>中级工</td>") != std::string::npos);
    BOOST_TEST(h.find("<td class=\"num\">12</td><td class=\"num\">2</td>") != std::string::npos);
    BOOST_TEST(h.find("id=\"roster\"") < h.find("id=\"conditions\""));
}

BOOST_AUTO_TEST_CASE(the_application_prints_the_conditions_only_when_filled) {
    TrainingApplicationModel a;
    a.from_json(test::read_fixture("training_application-v1.json"), 1);
    BOOST_TEST(a.print_html(PrintContext{}).find("id=\"conditions\"") == std::string::npos);
    a.roster.people[1].claim_place = 0;
    const std::string h = a.print_html(PrintContext{});
    BOOST_TEST(h.find("id=\"conditions\"") != std::string::npos);
    BOOST_TEST(h.find("<td>户籍地</td><td class=\"c\"></td>") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
