// 补贴资金申请 (engine/forms/claim.h): every validation rule with its message
// and path, the v1 bodies opening unchanged, the scenario and route of a
// training and a living-allowance claim, each person's amount from a real
// engine estimate, the print view's sections.
#include <boost/test/unit_test.hpp>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/claim.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"
#include "form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const std::string kToday = "2026-12-02";
const char* const kId1 = "220104198503011018";
const char* const kId2 = "220104198807121021";
const char* const kId3 = "220104199202281035";

ClaimModel from(const json& body) {
    ClaimModel m;
    m.from_json(body, 1);
    return m;
}

int scheme_at(Scheme s) {
    const std::vector<Scheme>& list = claim_schemes();
    for (size_t i = 0; i < list.size(); i++)
        if (list[i] == s) return static_cast<int>(i);
    return -1;
}

Validation validated(const ClaimModel& m, const json& estimate = json()) {
    Validation v;
    m.validate(v, kToday, estimate);
    return v;
}

// The issue at `field`, checked to have this label, message and path.
void expect_issue(const Validation& v, const char* field, const std::string& label, const std::string& message,
                  const std::string& path, bool warning = false) {
    test::check_issue(v, field, path, message, warning);
    BOOST_TEST(test::issue_at(v, field).label == label, field);
}

// The engine's answer for the model's scenario (an "error" object as the app keeps it when refused).
json engine_answer(const ClaimModel& m) {
    const std::optional<json> s = m.scenario(kToday);
    BOOST_REQUIRE(s.has_value());
    try {
        return estimate_json(*s, parse_date(kToday, "/today"));
    } catch (const InputError& e) {
        return {{"error", {{"code", e.code}, {"message", e.message}, {"path", e.path}}}};
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(claim)

// ---- Bodies ----

BOOST_AUTO_TEST_CASE(v1_training_claim_opens_unchanged) {
    const json body = test::read_fixture("claim-v1.json");
    const ClaimModel m = from(body);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST(!m.living());
    BOOST_TEST(m.roster.columns == (roster_attendance | roster_certificate));
    BOOST_TEST(m.title() == "长春一汽富维汽车零部件有限公司");
}

BOOST_AUTO_TEST_CASE(v1_living_allowance_claim_opens_unchanged) {
    const json body = test::read_fixture("claim-v1-living.json");
    const ClaimModel m = from(body);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST(m.living());
    BOOST_TEST(m.roster.columns == roster_living);
}

BOOST_AUTO_TEST_CASE(a_new_claim_body_has_every_member_with_its_default) {
    ClaimModel m;
    m.prefill(Profile{"长春市某某有限公司"});
    const json expected = {{"claim_type", "training"}, {"organisation", ""}, {"name", "长春市某某有限公司"},
                           {"credit_code", ""}, {"ownership", ""}, {"institution_level", ""}, {"district", ""},
                           {"scheme", ""}, {"level", ""}, {"occupation", 0}, {"occupation_text", ""},
                           {"hours", {{"offline", 0}, {"online", 0}}}, {"date_from", ""}, {"date_to", ""},
                           {"bank", {{"name", ""}, {"account", ""}}}, {"roster", json::array()}};
    BOOST_TEST(m.to_json() == expected);
    BOOST_TEST(from(expected).to_json() == expected);
}

BOOST_AUTO_TEST_CASE(edited_fields_round_trip) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.scheme = scheme_at(Scheme::skill_upgrade);
    m.level = 2;  // 高级工
    m.hours_online = 20;
    m.organisation = kClaimOrganisationInstitution;
    m.institution_level = 0;
    const json body = m.to_json();
    BOOST_TEST(body["scheme"] == "skill_upgrade");
    BOOST_TEST(body["level"] == "senior");
    BOOST_TEST(body["institution_level"] == "provincial");
    BOOST_TEST(from(body).to_json() == body);
}

BOOST_AUTO_TEST_CASE(unknown_ids_open_as_not_chosen_and_a_typed_occupation_is_kept) {
    json body = test::read_fixture("claim-v1.json");
    body["scheme"] = "competition";  // not a claim's scheme
    body["level"] = "none";
    body["district"] = "某区";
    body["occupation"] = 99999;
    body["occupation_text"] = "自编工种";
    const ClaimModel m = from(body);
    BOOST_TEST(m.scheme == -1);
    BOOST_TEST(m.level == -1);
    BOOST_TEST(m.district == -1);
    BOOST_TEST(m.occupation.number == 0);
    BOOST_TEST(m.occupation.query == "自编工种");
}

BOOST_AUTO_TEST_CASE(a_bad_body_is_refused_in_chinese) {
    ClaimModel m;
    BOOST_CHECK_EXCEPTION(m.from_json(json::array(), 1), std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == "草稿内容不完整或格式错误"; });
    json body = test::read_fixture("claim-v1.json");
    body["roster"] = "张三";
    BOOST_CHECK_EXCEPTION(m.from_json(body, 1), std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == "草稿内容不完整或格式错误"; });
    body["roster"] = json::array();
    body["name"] = 12;
    BOOST_CHECK_THROW(m.from_json(body, 1), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(pasted_rows_go_to_the_roster) {
    ClaimModel m;
    BOOST_TEST(m.accept_text("paste", std::string("张三\t") + kId1 + "\t90\t是\tZS-1\n"));
    BOOST_REQUIRE(m.roster.people.size() == 1u);
    BOOST_TEST(m.roster.people[0].attendance == 90.0);
    BOOST_TEST(m.roster.people[0].certificate == "ZS-1");
    BOOST_TEST(!m.accept_text("photo", "x"));
}

// Issue 14: a roster imported for a 岗前培训 claim brings each person's four
// conditions (签订日期, 合同期限, 申领地, 长春地区户籍) with it.
namespace {

const char* const kId4 = "11010519491231002X";

// The v1 fixture (岗前培训) read as the current format, its roster emptied.
ClaimModel empty_pre_job_claim() {
    ClaimModel m;
    m.from_json(test::read_fixture("claim-v1.json"), kClaimFormat);
    m.roster.people.clear();
    return m;
}

// The person's four conditions are these (-1: not given).
void expect_conditions(const RosterPerson& p, const std::string& signed_on, long long months, bool open_ended, int place,
                       int hukou) {
    BOOST_TEST(p.contract_signed == signed_on, p.name);
    BOOST_TEST(p.contract_months == months, p.name);
    BOOST_TEST(p.contract_open_ended == open_ended, p.name);
    BOOST_TEST(p.claim_place == place, p.name);
    BOOST_TEST(p.changchun_hukou == hukou, p.name);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_imported_csv_fills_the_four_conditions_of_every_row) {
    ClaimModel m = empty_pre_job_claim();
    const std::string csv = std::string("姓名,身份证号,出勤率,取得证书,证书编号,劳动合同签订日期,合同期限（月）,申领地,长春地区户籍\r\n") +
                            "张伟," + kId1 + ",95,是,CC-1,2026-01-05,36,户籍地,是\r\n" +
                            "李娜," + kId2 + ",90,是,CC-2,2025/12/1,无固定期限,培训地,否\r\n" +
                            "王芳," + kId3 + ",100,是,CC-3,2026.2.3,24,求职就业地,1\r\n";
    BOOST_TEST(m.accept_text("roster_csv", csv));
    BOOST_REQUIRE(m.roster.people.size() == 3u);
    const std::vector<RosterPerson>& p = m.roster.people;
    expect_conditions(p[0], "2026-01-05", 36, false, 0, 1);  // 户籍地, 是
    expect_conditions(p[1], "2025-12-01", -1, true, 2, 0);   // 无固定期限, 培训地, 否
    expect_conditions(p[2], "2026-02-03", 24, false, 3, 1);  // 求职就业地
    BOOST_TEST(m.roster.last_import.summary == "导入 3 行，跳过 0 行");
    BOOST_TEST(m.roster.last_import.lines.empty());
    const Validation v = validated(m);
    BOOST_TEST(v.error_count() == 0);
    BOOST_TEST(v.find("roster.0.contract_signed") == nullptr);
    BOOST_TEST(v.find("roster.2.changchun_hukou") == nullptr);
}

// Copied from an HR spreadsheet: its own headings, in its own order, the
// words a sheet uses (2026年1月5日, 3年, 长期, Y/N), a column the roster has not.
BOOST_AUTO_TEST_CASE(a_pasted_spreadsheet_with_chinese_headings_fills_the_conditions) {
    ClaimModel m = empty_pre_job_claim();
    const std::string tsv = std::string("序号\t姓名\t身份证号码\t是否长春户籍\t申领地\t合同签订日期\t合同期限\t出勤率\t证书编号\n") +
                            "1\t张伟\t" + kId1 + "\tY\t常住地\t2026年1月5日\t3年\t95%\tCC-1\n" +
                            "2\t李娜\t" + kId2 + "\tN\t户籍地\t2026/01/06\t长期\t0.9\tCC-2\n";
    BOOST_TEST(m.accept_text("paste", tsv));
    BOOST_REQUIRE(m.roster.people.size() == 2u);
    const std::vector<RosterPerson>& p = m.roster.people;
    BOOST_TEST(p[0].name == "张伟");
    BOOST_TEST(p[0].attendance == 95.0);
    BOOST_TEST(p[0].certificate == "CC-1");
    expect_conditions(p[0], "2026-01-05", 36, false, 1, 1);  // 3年, 常住地, Y
    expect_conditions(p[1], "2026-01-06", -1, true, 0, 0);   // 长期, 户籍地, N
    BOOST_TEST(m.roster.last_import.summary == "粘贴 2 行，跳过 0 行");
    BOOST_TEST(validated(m).error_count() == 0);
}

// A cell that cannot be read never costs its row: the row comes in with its
// other cells, a date as typed, the rest left empty and named in the report;
// the field's validation says what is wrong, as for a value typed in by hand.
BOOST_AUTO_TEST_CASE(a_bad_condition_cell_keeps_its_row_and_the_field_says_why) {
    ClaimModel m = empty_pre_job_claim();
    const std::string csv = std::string("姓名,身份证号,出勤率,取得证书,证书编号,签订日期,合同期限（月）,申领地,长春地区户籍\n") +
                            "张伟," + kId1 + ",95,是,CC-1,2026-02-30,36,户籍地,是\n" +
                            "李娜," + kId2 + ",90,是,CC-2,2026-01-05,三年,户籍地,是\n" +
                            "王芳," + kId3 + ",85,是,CC-3,2026-01-05,36,老家,是\n" +
                            "赵强," + kId4 + ",80,是,CC-4,2026-01-05,36,户籍地,不详\n";
    m.accept_text("roster_csv", csv);
    BOOST_REQUIRE(m.roster.people.size() == 4u);
    const std::vector<RosterPerson>& p = m.roster.people;
    for (size_t i = 0; i < 4; i++) {
        BOOST_TEST(p[i].certificate == "CC-" + std::to_string(i + 1), "row " << i);
        BOOST_TEST(p[i].attendance == 95.0 - 5.0 * static_cast<double>(i), "row " << i);
    }
    expect_conditions(p[0], "2026-02-30", 36, false, 0, 1);  // the impossible date as typed, the rest read
    expect_conditions(p[1], "2026-01-05", -1, false, 0, 1);  // the unreadable cell empty, the rest read
    expect_conditions(p[2], "2026-01-05", 36, false, -1, 1);
    expect_conditions(p[3], "2026-01-05", 36, false, 0, -1);
    const RosterImport& report = m.roster.last_import;
    BOOST_TEST(report.summary == "导入 4 行，跳过 0 行");
    BOOST_REQUIRE(report.lines.size() == 3u);
    BOOST_TEST(report.lines[0] == "第3行：合同期限（月）“三年”无法识别，该项未填");
    BOOST_TEST(report.lines[1] == "第4行：申领地“老家”无法识别，该项未填");
    BOOST_TEST(report.lines[2] == "第5行：长春地区户籍“不详”无法识别，该项未填");
    const Validation v = validated(m);
    BOOST_TEST(test::issue_at(v, "roster.0.contract_signed").message.find("2026-02-30") != std::string::npos);
    BOOST_TEST(test::issue_at(v, "roster.0.contract_signed").label == "第1行 劳动合同/派遣协议签订日期");
    expect_issue(v, "roster.1.contract_months", "第2行 合同期限（月）", text::ro_contract_term_missing, "/roster/1/contract_months");
    expect_issue(v, "roster.2.claim_place", "第3行 申领地", text::required_message, "/roster/2/claim_place");
    expect_issue(v, "roster.3.changchun_hukou", "第4行 长春地区户籍", text::required_message, "/roster/3/changchun_hukou");
    BOOST_TEST(v.error_count() == 4);
}

// The columns are read for the conditions the claimed scheme asks, and only those.
BOOST_AUTO_TEST_CASE(condition_columns_the_scheme_does_not_ask_are_left_alone) {
    ClaimModel m = empty_pre_job_claim();
    m.scheme = scheme_at(Scheme::skill_upgrade);  // 申领地 and 户籍, no contract
    const std::string csv = std::string("姓名,身份证号,出勤率,取得证书,证书编号,签订日期,合同期限（月）,申领地,长春地区户籍\n") +
                            "张伟," + kId1 + ",95,是,CC-1,2026-01-05,36,培训地,否\n";
    m.accept_text("roster_csv", csv);
    BOOST_REQUIRE(m.roster.people.size() == 1u);
    expect_conditions(m.roster.people[0], "", -1, false, 2, 0);
    BOOST_TEST(m.roster.people[0].certificate == "CC-1");
}

// ---- The schemes a claim offers (policy data) ----

BOOST_AUTO_TEST_CASE(the_schemes_come_from_the_policy_data_in_the_order_shown) {
    // tests/web/claim.test.mjs picks schemes by index: this order is the page's.
    std::vector<std::string> ids;
    for (Scheme s : claim_schemes()) ids.emplace_back(scheme_id(s));
    const std::vector<std::string> expected = {"pre_job",           "job_transfer",     "skill_upgrade",
                                               "job_drill",         "apprenticeship",   "employment_skills",
                                               "entrepreneurship",  "labour_preparation", "poverty_training",
                                               "assessment"};
    BOOST_TEST(ids == expected, boost::test_tools::per_element());
    for (Scheme s : claim_schemes()) {
        const SchemeRules& r = policy_versions().back().rules(s);
        BOOST_TEST(r.business != "competition");
        BOOST_TEST(!r.inputs.per_trainee());
    }
}

BOOST_AUTO_TEST_CASE(what_a_claim_asks_for_is_what_the_scheme_asks_for) {
    ClaimModel m;
    BOOST_TEST(!asks(m.inputs().occupation));  // nothing chosen yet
    for (int i = 0; i < static_cast<int>(claim_schemes().size()); i++) {
        m.scheme = i;
        const SchemeInputs want = policy_versions().back().rules(claim_schemes()[static_cast<size_t>(i)]).inputs;
        BOOST_TEST((m.inputs().occupation == want.occupation));
        BOOST_TEST((m.inputs().level == want.level));
        BOOST_TEST((m.inputs().hours == want.hours));
    }
    m.set_type(kClaimTypeLiving);
    BOOST_TEST((m.inputs().group == policy_versions().back().rules(Scheme::living_allowance).inputs.group));
    BOOST_TEST(m.roster.columns == roster_living);
    m.set_type(0);
    BOOST_TEST(m.roster.columns == (roster_attendance | roster_certificate));
}

// ---- Validation ----

BOOST_AUTO_TEST_CASE(a_complete_claim_has_no_errors) {
    const Validation v = validated(from(test::read_fixture("claim-v1.json")));
    BOOST_TEST(v.error_count() == 0);
    const Validation lv = validated(from(test::read_fixture("claim-v1-living.json")));
    BOOST_TEST(lv.error_count() == 0);
}

BOOST_AUTO_TEST_CASE(an_empty_claim_names_every_required_field) {
    const Validation v = validated(ClaimModel());
    expect_issue(v, "organisation", "申请单位类型", "必填", "/organisation");
    expect_issue(v, "name", "申请单位名称", "必填", "/name");
    expect_issue(v, "ownership", "企业性质", "必填", "/ownership");
    expect_issue(v, "district", "所在区县 / 培训地", "必填", "/district");
    expect_issue(v, "scheme", "补贴项目", "必填", "/scheme");
    expect_issue(v, "date_from", "培训开始日期", "必填", "/date_from");
    expect_issue(v, "date_to", "培训结束日期", "必填", "/date_to");
    expect_issue(v, "bank_name", "开户银行", "必填", "/bank/name");
    expect_issue(v, "bank_account", "银行账号", "必填", "/bank/account");
    expect_issue(v, "roster", "参训人员名单", "请至少填写一名参训人员", "/roster");
    BOOST_TEST(v.find("credit_code") == nullptr);  // optional
    BOOST_TEST(v.find("institution_level") == nullptr);
    BOOST_TEST(v.find("occupation") == nullptr);  // no scheme chosen yet
    BOOST_TEST(v.find("level") == nullptr);
    BOOST_TEST(v.error_count() == 10);
}

BOOST_AUTO_TEST_CASE(an_institution_gives_its_level_instead_of_ownership) {
    ClaimModel m;
    m.organisation = kClaimOrganisationInstitution;
    const Validation v = validated(m);
    expect_issue(v, "institution_level", "机构隶属", "必填", "/institution_level");
    BOOST_TEST(v.find("ownership") == nullptr);
}

BOOST_AUTO_TEST_CASE(the_credit_code_is_checked_when_given) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.credit_code = "91220102MA00000151";
    expect_issue(validated(m), "credit_code", "统一社会信用代码", "第18位校验码应为 Y，现为 1", "/credit_code");
    m.credit_code = "9122";
    expect_issue(validated(m), "credit_code", "统一社会信用代码", "统一社会信用代码应为18位，现为4位", "/credit_code");
}

BOOST_AUTO_TEST_CASE(the_bank_account_is_checked) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    // The fixture's account fails Luhn: a warning only (some domestic cards do not follow it).
    expect_issue(validated(m), "bank_account", "银行账号",
                 "按银行卡号校验位规则，卡号最后一位应为 6，现为 5；部分国内银行卡不使用该校验位，仅作提示，请核对卡号",
                 "/bank/account", true);
    m.bank_account = "6222A20200112233445";
    expect_issue(validated(m), "bank_account", "银行账号", "银行卡号第5位“A”不是数字", "/bank/account");
    m.bank_account = "62220202";
    expect_issue(validated(m), "bank_account", "银行账号", "银行卡号应为12–19位数字，现为8位", "/bank/account");
    m.bank_account = "6222020200112233446";
    BOOST_TEST(validated(m).find("bank_account") == nullptr);
}

BOOST_AUTO_TEST_CASE(dates_must_exist_and_be_in_order) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.date_from = "2026-02-30";
    expect_issue(validated(m), "date_from", "培训开始日期", "日期“2026-02-30”无效：应为存在的日期，格式 YYYY-MM-DD",
                 "/date_from");
    m.date_from = "2026-04-11";
    expect_issue(validated(m), "date_to", "培训结束日期", "结束日期早于开始日期", "/date_to");
}

BOOST_AUTO_TEST_CASE(the_occupation_is_required_when_the_scheme_requires_it) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));  // 岗前培训: occupation required
    m.occupation.set(0);
    expect_issue(validated(m), "occupation", "培训工种", "必填", "/occupation");
    m.occupation.query = "程序";
    expect_issue(validated(m), "occupation", "培训工种", text::cl_occupation_pick, "/occupation");
    // 岗位练兵: optional per the policy data; only a typed name that matches nothing is reported.
    m.scheme = scheme_at(Scheme::job_drill);
    expect_issue(validated(m), "occupation", "培训工种", text::cl_occupation_pick, "/occupation");
    m.occupation.query.clear();
    BOOST_TEST(validated(m).find("occupation") == nullptr);
    // 创业培训 asks for no occupation.
    m.scheme = scheme_at(Scheme::entrepreneurship);
    m.occupation.query = "程序";
    BOOST_TEST(validated(m).find("occupation") == nullptr);
}

// 二(三): a trade outside attachment 1, approved by the city bureau, is claimed at the standard
// of the catalog trade chosen; the estimate says which; the body keeps it.
BOOST_AUTO_TEST_CASE(an_approved_trade_outside_the_catalog_is_paid_at_the_chosen_trades_standard) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    const long long plain = engine_answer(m)["total_fen"].get<long long>();
    m.approved_trade = " 无人机装调检修工 ";
    const std::optional<json> s = m.scenario(kToday);
    BOOST_REQUIRE(s.has_value());
    BOOST_TEST((*s)["approved_trade"] == "无人机装调检修工");
    BOOST_TEST((*s)["occupation"] == m.occupation.number);
    const json answer = engine_answer(m);
    BOOST_TEST(answer["total_fen"].get<long long>() == plain);
    bool said = false;
    for (const json& i : answer["issues"])
        said |= i["code"] == "approved_trade_comparable" && i["message"].get<std::string>().find("无人机装调检修工") != std::string::npos;
    BOOST_TEST(said);
    BOOST_TEST(validated(m, answer).find("approved_trade") == nullptr);
    ClaimModel back = from(m.to_json());
    BOOST_TEST(back.approved_trade == m.approved_trade);
    BOOST_TEST(m.print_html(PrintContext{}).find("无人机装调检修工") != std::string::npos);
    // Without the comparable catalog trade it cannot be paid.
    m.occupation.set(0);
    expect_issue(validated(m), "occupation", "培训工种", text::cl_approved_trade_needs_occupation, "/occupation");
    // A catalog trade named as if it were outside the catalog: the engine's refusal, at the field.
    m = from(test::read_fixture("claim-v1.json"));
    m.approved_trade = "计算机程序设计员";
    BOOST_TEST(validated(m, engine_answer(m)).find("approved_trade") != nullptr);
}

BOOST_AUTO_TEST_CASE(the_level_is_required_when_the_scheme_requires_it) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.scheme = scheme_at(Scheme::skill_upgrade);
    expect_issue(validated(m), "level", "技能等级", "必填", "/level");
    m.level = 0;
    BOOST_TEST(validated(m).find("level") == nullptr);
    m.level = -1;
    m.scheme = scheme_at(Scheme::assessment);  // optional per the policy data
    BOOST_TEST(validated(m).find("level") == nullptr);
}

BOOST_AUTO_TEST_CASE(roster_rows_are_checked) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.roster.people[0].certificate = " ";
    m.roster.people[1].name = "";
    m.roster.people[2].id = kId1;
    m.roster.people[2].attendance = 120;
    const Validation v = validated(m);
    expect_issue(v, "roster.0.certificate", "第1行 证书编号", "已取得证书，请填写证书编号", "/roster/0/certificate");
    expect_issue(v, "roster.1.name", "第2行 姓名", "必填", "/roster/1/name");
    expect_issue(v, "roster.2.id", "第3行 身份证号", "与第1行身份证号重复", "/roster/2/id");
    expect_issue(v, "roster.2.attendance", "第3行 出勤率%", "出勤率应在 0 到 100 之间", "/roster/2/attendance");
    m.roster.people[0].certified = false;  // no certificate: no number needed
    m.roster.people[1].id = "22010419880712102";
    const Validation w = validated(m);
    BOOST_TEST(w.find("roster.0.certificate") == nullptr);
    expect_issue(w, "roster.1.id", "第2行 身份证号", "身份证号应为18位，现为17位", "/roster/1/id");
}

BOOST_AUTO_TEST_CASE(a_living_allowance_claim_checks_group_and_days_not_the_scheme) {
    ClaimModel m = from(test::read_fixture("claim-v1-living.json"));
    m.roster.people[0].group = -1;
    m.roster.people[1].days = 0;
    m.roster.people[1].certified = true;
    const Validation v = validated(m);
    expect_issue(v, "roster.0.group", "第1行 人员类别", "必填", "/roster/0/group");
    expect_issue(v, "roster.1.days", "第2行 天数", "请填写培训天数", "/roster/1/days");
    BOOST_TEST(v.find("roster.1.certificate") == nullptr);
    BOOST_TEST(v.find("scheme") == nullptr);
    BOOST_TEST(v.find("occupation") == nullptr);
    BOOST_TEST(v.error_count() == 2);
}

// ---- Scenario, route, results ----

BOOST_AUTO_TEST_CASE(a_training_claim_gives_the_scenario_of_its_scheme) {
    const ClaimModel m = from(test::read_fixture("claim-v1.json"));
    const json expected = {{"scheme", "pre_job"},
                           {"date", "2026-03-02"},
                           {"occupation", 13},
                           {"hours", {{"offline", 100}}},
                           {"trainees", {{{"id", kId1}, {"attendance", 0.95}, {"certified", true}},
                                         {{"id", kId2}, {"attendance", 0.8}, {"certified", true}},
                                         {{"id", kId3}, {"attendance", 0.6}, {"certified", true}}}}};
    BOOST_TEST(m.scenario(kToday).value() == expected);
}

BOOST_AUTO_TEST_CASE(the_scenario_follows_what_the_scheme_asks_for) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.date_from = "";
    BOOST_TEST(m.scenario(kToday).value()["date"] == kToday);
    m.scheme = scheme_at(Scheme::skill_upgrade);
    m.level = 1;
    m.hours_online = 10;
    json s = m.scenario(kToday).value();
    BOOST_TEST(s["level"] == "intermediate");
    BOOST_TEST(s["hours"] == json({{"offline", 100}, {"online", 10}}));
    m.scheme = scheme_at(Scheme::apprenticeship);  // no level, no hours
    s = m.scenario(kToday).value();
    BOOST_TEST(!s.contains("level"));
    BOOST_TEST(!s.contains("hours"));
    BOOST_TEST(s["occupation"] == 13);
    m.scheme = scheme_at(Scheme::job_drill);  // occupation optional
    m.occupation.set(0);
    s = m.scenario(kToday).value();
    BOOST_TEST(!s.contains("occupation"));
    m.scheme = scheme_at(Scheme::pre_job);  // occupation required: nothing to estimate yet
    BOOST_TEST(!m.scenario(kToday).has_value());
    m.scheme = -1;
    BOOST_TEST(!m.scenario(kToday).has_value());
    ClaimModel empty = from(test::read_fixture("claim-v1.json"));
    empty.roster.people.clear();
    BOOST_TEST(!empty.scenario(kToday).has_value());
}

BOOST_AUTO_TEST_CASE(a_living_allowance_claim_gives_each_persons_group_and_days) {
    const ClaimModel m = from(test::read_fixture("claim-v1-living.json"));
    const json expected = {
        {"scheme", "living_allowance"},
        {"date", "2026-03-02"},
        {"trainees",
         {{{"id", "220102197509152041"}, {"group", "employment_difficulty"}, {"days", 40}},
          {{"id", "220106196811203058"}, {"group", "employment_difficulty"}, {"days", 30}, {"unemployment_insurance", true}}}}};
    BOOST_TEST(m.scenario(kToday).value() == expected);
}

BOOST_AUTO_TEST_CASE(the_route_request_takes_the_business_from_the_policy_data) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    std::optional<RouteRequest> r = m.route_request();
    BOOST_REQUIRE(r.has_value());
    BOOST_TEST(r->organisation == "enterprise");
    BOOST_TEST(r->ownership == "other");
    BOOST_TEST(r->district == "绿园区");
    BOOST_TEST(r->business == "enterprise_training");
    m.scheme = scheme_at(Scheme::apprenticeship);
    BOOST_TEST(m.route_request()->business == "apprenticeship");
    m.scheme = scheme_at(Scheme::entrepreneurship);
    BOOST_TEST(m.route_request()->business == policy_versions().back().rules(Scheme::entrepreneurship).business);
    m.scheme = -1;
    BOOST_TEST(!m.route_request().has_value());  // the business is not known without the scheme

    const ClaimModel l = from(test::read_fixture("claim-v1-living.json"));
    r = l.route_request();
    BOOST_REQUIRE(r.has_value());
    BOOST_TEST(r->organisation == "institution");
    BOOST_TEST(r->institution_level == "city");
    BOOST_TEST(r->business == "difficulty_groups_training");
    BOOST_TEST(route_application(*r).office.size() > 0u);
    ClaimModel no_district = l;
    no_district.district = -1;
    BOOST_TEST(!no_district.route_request().has_value());
}

BOOST_AUTO_TEST_CASE(each_persons_amount_is_the_engines) {
    const ClaimModel m = from(test::read_fixture("claim-v1.json"));
    const json e = engine_answer(m);
    BOOST_REQUIRE(!e.contains("error"));
    const Validation v = validated(m, e);
    BOOST_TEST(v.error_count() == 0);
    BOOST_REQUIRE(m.results().size() == 3u);
    for (size_t i = 0; i < 3; i++) {
        const json& t = e["trainees"][i];
        BOOST_TEST_CONTEXT("person " << i) {
            const std::string amount = yuan_text(t["amount_fen"].get<long long>());
            BOOST_TEST(m.results()[i].excluded == !t["eligible"].get<bool>());
            BOOST_TEST(m.results()[i].amount == (t["eligible"].get<bool>() ? amount : amount + " 不予补贴"));
        }
    }
    BOOST_TEST(!m.results()[0].excluded);
    BOOST_TEST(m.results()[2].excluded);  // 60% attendance
    const json& issue = e["trainees"][2]["issues"][0];
    BOOST_TEST(m.results()[2].note == issue["message"].get<std::string>() + "（" + issue["clause"].get<std::string>() + "）");
    BOOST_TEST(m.results()[2].note.find("70%") != std::string::npos);
    BOOST_TEST(m.total() == yuan_text(e["total_fen"].get<long long>()) + "（岗前培训补贴，三(一)1）");
}

BOOST_AUTO_TEST_CASE(a_living_allowance_persons_amount_is_the_engines) {
    const ClaimModel m = from(test::read_fixture("claim-v1-living.json"));
    const json e = engine_answer(m);
    BOOST_REQUIRE(!e.contains("error"));
    validated(m, e);
    BOOST_REQUIRE(m.results().size() == 2u);
    BOOST_TEST(m.results()[0].amount == yuan_text(e["trainees"][0]["amount_fen"].get<long long>()));
    BOOST_TEST(m.results()[1].note.find("失业保险金") != std::string::npos);
    BOOST_TEST(m.total().find("生活费补贴，三(二)4") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_engine_refusal_is_shown_at_the_field_it_concerns) {
    ClaimModel m = from(test::read_fixture("claim-v1.json"));
    m.hours_offline = 0;  // 岗前培训 requires hours
    const json e = engine_answer(m);
    BOOST_REQUIRE(e.contains("error"));
    const Validation v = validated(m, e);
    expect_issue(v, "hours_offline", "申请金额合计", e["error"]["message"].get<std::string>(), "/hours");
    BOOST_TEST(m.total() == "（填写后由测算得出）");
    BOOST_TEST(m.results()[0].amount == "");
    // A refusal elsewhere goes to the scheme.
    const Validation w = validated(m, json{{"error", {{"message", "某错误"}, {"path", "/scheme"}}}});
    expect_issue(w, "scheme", "申请金额合计", "某错误", "/scheme");
}

// ---- Print ----

BOOST_AUTO_TEST_CASE(the_print_view_of_a_training_claim_has_every_section) {
    const ClaimModel m = from(test::read_fixture("claim-v1.json"));
    const json e = engine_answer(m);
    validated(m, e);
    const Route route = route_application(*m.route_request());
    PrintContext ctx;
    ctx.route = &route;
    ctx.today = kToday;
    const std::string h = m.print_html(ctx);
    auto has = [&](const std::string& s) {
        BOOST_TEST_CONTEXT(s) { BOOST_TEST(h.find(s) != std::string::npos); }
    };
    has("<title>职业培训补贴资金申请 长春一汽富维汽车零部件有限公司</title>");
    has("<h1>职业培训补贴资金申请</h1>");
    has("<th>申请单位名称</th><td>长春一汽富维汽车零部件有限公司</td><th>统一社会信用代码</th><td>91220102MA0000015Y</td>");
    has("<th>申请单位类型</th><td>企业</td><th>企业性质</th><td>其他企业</td>");
    has("<th>补贴项目</th><td>岗前培训补贴</td><th>培训工种</th><td>13 计算机程序设计员</td>");
    has("<td colspan=\"3\">线下 100 学时，线上 0 学时</td>");
    has("<th>培训开始日期</th><td>2026-03-02</td><th>培训结束日期</th><td>2026-04-10</td>");
    has("工商银行长春绿园支行，银行账号：6222020200112233445");
    has("<th>培训人数</th><td>3</td><th>申请金额合计</th><td>" + html_escape(m.total()) + "</td>");
    has("<th>报送部门</th><td colspan=\"3\">" + html_escape(route.office + "（" + route.clause + "）") + "</td>");
    has("生活费补贴人员符合三(二)4规定的条件");
    has("单位负责人签字：");
    has("单位公章：");
    has("人社部门审核意见");
    has("<h2>参训人员名单</h2>");
    has("<td class=\"id\">CC2026-0002</td>");
    for (size_t i = 0; i < 3; i++) has("<td class=\"num\">" + html_escape(m.results()[i].amount) + "</td>");
    has("不予补贴");
}

BOOST_AUTO_TEST_CASE(the_print_view_of_a_living_allowance_claim) {
    ClaimModel m = from(test::read_fixture("claim-v1-living.json"));
    validated(m, engine_answer(m));
    const std::string h = m.print_html(PrintContext{});
    BOOST_TEST(h.find("<h1>生活费补贴资金申请</h1>") != std::string::npos);
    BOOST_TEST(h.find("<th>申请单位类型</th><td>培训机构</td><th>机构隶属</th><td>市属</td>") != std::string::npos);
    BOOST_TEST(h.find("补贴项目") == std::string::npos);  // no scheme, occupation or hours rows
    BOOST_TEST(h.find("<td>就业困难人员</td><td class=\"num\">40</td><td class=\"c\">否</td>") != std::string::npos);
    BOOST_TEST(h.find("<td class=\"num\">" + m.results()[0].amount + "</td>") != std::string::npos);
    BOOST_TEST(h.find("报送部门") == std::string::npos);  // no route given
    BOOST_TEST(h.find("单位公章：") != std::string::npos);
    m.name = "<某>";
    BOOST_TEST(m.print_html(PrintContext{}).find("&lt;某&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
