// 企业职工培训申请表 (附件4): TrainingApplicationModel (engine/forms/training_application.h).
#include <boost/test/unit_test.hpp>

#include "engine/estimate.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/forms/training_application.h"
#include "engine/validators.h"
#include "tests/engine/forms/form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const std::string kToday = "2026-03-02";
const char* const kId1 = "11010519491231002X";
const char* const kId2 = "220102199003071235";

json fixture() { return test::read_fixture("training_application-v1.json"); }

TrainingApplicationModel filled() {
    TrainingApplicationModel m;
    m.from_json(fixture(), 1);
    return m;
}

json estimate_of(const TrainingApplicationModel& m) {
    return estimate_json(*m.scenario(kToday), parse_date(kToday, "/today"));
}

Validation validated(const TrainingApplicationModel& m, const json& estimate = nullptr) {
    Validation v;
    m.validate(v, kToday, estimate);
    return v;
}

// The issue at `key`: its message, and its path and label checked.
std::string message_at(const Validation& v, const std::string& key, const std::string& path, const std::string& label) {
    const FieldIssue* i = v.find(key);
    BOOST_TEST_REQUIRE(i != nullptr, "no issue at " << key);
    BOOST_TEST(i->path == path);
    BOOST_TEST(i->label == label);
    return i->message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(training_application)

BOOST_AUTO_TEST_CASE(a_v1_draft_opens_unchanged) {
    const json body = fixture();
    TrainingApplicationModel m;
    m.from_json(body, 1);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST(m.company == "长春一汽富维汽车零部件有限公司");
    BOOST_TEST(m.scheme == 2);  // 岗位技能提升培训
    BOOST_TEST(m.level == 1);   // 中级工
    BOOST_TEST(m.occupation.number == 184);
    BOOST_TEST(m.mode == mode_mixed);
    BOOST_TEST(m.category == 1);
    BOOST_TEST(m.district >= 0);
    BOOST_TEST(m.ownership == 2);
    BOOST_REQUIRE(m.roster.people.size() == 3u);
    BOOST_TEST(m.roster.people[1].attendance == 80.5);
    BOOST_TEST(!m.roster.people[1].certified);
    BOOST_TEST(m.title() == m.company);
}

BOOST_AUTO_TEST_CASE(roster_rows_keep_their_five_keys) {
    const json rows = filled().to_json()["roster"];
    for (const json& row : rows) {
        BOOST_TEST(row.size() == 5u);
        for (const char* key : {"name", "id", "mobile", "attendance", "certified"}) BOOST_TEST(row.contains(key));
    }
}

BOOST_AUTO_TEST_CASE(a_new_form_round_trips_and_older_bodies_get_defaults) {
    TrainingApplicationModel fresh;
    fresh.prefill(Profile{"吉林省长客"});
    TrainingApplicationModel back;
    back.from_json(fresh.to_json(), 1);
    BOOST_TEST(back.to_json() == fresh.to_json());
    BOOST_TEST(back.company == "吉林省长客");

    TrainingApplicationModel partial;
    partial.from_json(json{{"company_name", "某公司"}, {"occupation", 99999}, {"occupation_text", "自编工种"}}, 1);
    BOOST_TEST(partial.scheme == -1);
    BOOST_TEST(partial.occupation.number == 0);  // not in the catalog: the text is kept
    BOOST_TEST(partial.occupation.query == "自编工种");
    BOOST_TEST(partial.roster.people.empty());
    BOOST_CHECK_THROW(partial.from_json(json::array(), 1), std::runtime_error);
    BOOST_CHECK_THROW(partial.from_json(json{{"roster", "x"}}, 1), std::runtime_error);
    BOOST_CHECK_THROW(partial.from_json(json{{"hours", {{"offline", "many"}}}}, 1), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(a_filled_form_has_no_issues) {
    const TrainingApplicationModel m = filled();
    const Validation v = validated(m, estimate_of(m));
    for (const FieldIssue& i : v.issues) BOOST_TEST_MESSAGE(i.field << " " << i.message);
    BOOST_TEST(v.error_count() == 0);
}

BOOST_AUTO_TEST_CASE(required_fields) {
    const TrainingApplicationModel m;
    const Validation v = validated(m);
    const std::string required = text::required_message;
    BOOST_TEST(message_at(v, "company_name", "/company_name", text::ta_company) == required);
    BOOST_TEST(message_at(v, "address", "/address", text::ta_address) == required);
    BOOST_TEST(message_at(v, "scheme", "/scheme", text::ta_scheme) == required);
    BOOST_TEST(message_at(v, "occupation", "/occupation", text::ta_occupation) == required);
    BOOST_TEST(message_at(v, "mode", "/mode", text::ta_mode) == required);
    BOOST_TEST(message_at(v, "institution", "/institution", text::ta_institution) == required);
    BOOST_TEST(message_at(v, "hours_offline", "/hours/offline", text::ta_hours) == text::ta_hours_missing);
    BOOST_TEST(message_at(v, "bank_name", "/bank/name", text::ta_bank_name) == required);
    BOOST_TEST(message_at(v, "bank_account", "/bank/account", text::ta_bank_account) == required);
    BOOST_TEST(message_at(v, "category", "/category", text::ta_category) == required);
    BOOST_TEST(message_at(v, "date_from", "/date_from", text::ta_date_from) == required);
    BOOST_TEST(message_at(v, "date_to", "/date_to", text::ta_date_to) == required);
    BOOST_TEST(message_at(v, "district", "/district", text::ta_district) == required);
    BOOST_TEST(message_at(v, "ownership", "/ownership", text::ta_ownership) == required);
    BOOST_TEST(message_at(v, "roster", "/roster", text::roster_heading) == text::roster_empty);
    // Not asked before a scheme and a mode are chosen.
    for (const char* key : {"level", "place", "platform", "credit_code", "hours_online"}) BOOST_TEST(v.find(key) == nullptr);
    BOOST_TEST(v.error_count() == 15);
}

BOOST_AUTO_TEST_CASE(the_level_is_asked_when_the_scheme_needs_it) {
    TrainingApplicationModel m = filled();
    m.level = -1;
    BOOST_TEST(message_at(validated(m), "level", "/level", text::ta_level) == text::required_message);
    m.scheme = 0;  // 岗前培训
    BOOST_TEST(!m.asks_level());
    BOOST_TEST(validated(m).find("level") == nullptr);
    m.level = 1;
    BOOST_TEST(!m.scenario(kToday)->contains("level"));
}

BOOST_AUTO_TEST_CASE(credit_code_is_checked_when_given) {
    TrainingApplicationModel m = filled();
    m.credit_code = "91220102MA00000151";
    BOOST_TEST(message_at(validated(m), "credit_code", "/credit_code", text::ta_credit_code) ==
               check_credit_code(m.credit_code).message);
    BOOST_TEST(check_credit_code(m.credit_code).message == "第18位校验码应为 Y，现为 1");
    m.credit_code = "";
    BOOST_TEST(validated(m).find("credit_code") == nullptr);
}

BOOST_AUTO_TEST_CASE(an_occupation_must_come_from_the_catalog) {
    TrainingApplicationModel m = filled();
    m.occupation.set(0, "不存在的工种");
    BOOST_TEST(message_at(validated(m), "occupation", "/occupation", text::ta_occupation) ==
               "目录中没有“不存在的工种”，请从列表中选择（目录外的工种可参照同类工种补贴标准向市人社局申请，二(三)）");
    BOOST_TEST(!m.scenario(kToday).has_value());
}

BOOST_AUTO_TEST_CASE(hours_place_and_platform_follow_the_mode) {
    TrainingApplicationModel m = filled();
    m.mode = mode_offline;
    BOOST_TEST(message_at(validated(m), "hours_offline", "/hours/offline", text::ta_hours_offline) ==
               text::ta_online_hours_not_online);
    m.place = "";
    m.platform = "";
    m.hours_online = 0;
    Validation v = validated(m);
    BOOST_TEST(message_at(v, "place", "/place", text::ta_place) == text::required_message);
    BOOST_TEST(v.find("platform") == nullptr);
    BOOST_TEST(v.find("hours_offline") == nullptr);

    m.mode = mode_online;
    m.hours_online = 20;
    v = validated(m);
    BOOST_TEST(message_at(v, "hours_online", "/hours/online", text::ta_hours_online) == text::ta_offline_hours_online_only);
    BOOST_TEST(message_at(v, "platform", "/platform", text::ta_platform) == text::required_message);
    BOOST_TEST(v.find("place") == nullptr);
    m.hours_offline = 0;
    m.hours_online = 0;
    BOOST_TEST(message_at(validated(m), "hours_online", "/hours/online", text::ta_hours) == text::ta_hours_missing);
    m.hours_online = -1;
    BOOST_TEST(message_at(validated(m), "hours_online", "/hours/online", text::ta_hours_online) == text::required_message);
}

BOOST_AUTO_TEST_CASE(dates_are_real_and_in_order) {
    TrainingApplicationModel m = filled();
    m.date_to = "2026-02-01";
    BOOST_TEST(message_at(validated(m), "date_to", "/date_to", text::ta_date_to) == text::ta_date_order);
    m.date_from = "2026-02-30";
    const std::string message = message_at(validated(m), "date_from", "/date_from", text::ta_date_from);
    BOOST_TEST(!message.empty());
    BOOST_TEST(message != text::required_message);
}

BOOST_AUTO_TEST_CASE(bank_account_errors_and_warnings) {
    TrainingApplicationModel m = filled();
    m.bank_account = "12";
    BOOST_TEST(message_at(validated(m), "bank_account", "/bank/account", text::ta_bank_account) ==
               "银行卡号应为12–19位数字，现为2位");
    m.bank_account = "6217000010001234560";  // Luhn fails: a warning
    const Validation v = validated(m);
    BOOST_TEST(v.find("bank_account")->warning);
    BOOST_TEST(v.error_count() == 0);
}

BOOST_AUTO_TEST_CASE(engine_answers_are_reported_at_the_hours) {
    const TrainingApplicationModel m = filled();
    const json error = {{"error", {{"code", "x"}, {"message", "线上学时有误"}, {"path", "/hours/online"}}}};
    BOOST_TEST(message_at(validated(m, error), "hours_online", "/hours/online", text::ta_hours) == "线上学时有误");
    const json date_error = {{"error", {{"message", "日期有误"}, {"path", "/date"}}}};
    BOOST_TEST(message_at(validated(m, date_error), "date_from", "/date_from", text::ta_hours) == "日期有误");
    const json other = {{"error", {{"message", "方案有误"}, {"path", "/trainees"}}}};
    BOOST_TEST(message_at(validated(m, other), "scheme", "/scheme", text::ta_hours) == "方案有误");

    const json issues = {{"issues",
                          {{{"code", "online_share_exceeded"}, {"message", "线上学时超过一半"}, {"clause", "四"}, {"effect", "excluded"}},
                           {{"code", "hours_capped"}, {"message", "按类别学时计"}, {"clause", "三(一)1"}, {"effect", "capped"}},
                           {{"code", "hours_below_minimum"}, {"message", "某学员"}, {"trainee", 0}, {"effect", "excluded"}}}}};
    const Validation v = validated(m, issues);
    const FieldIssue* online = v.find("hours_online");
    BOOST_TEST_REQUIRE(online != nullptr);
    BOOST_TEST(online->message == "线上学时超过一半（四）");
    BOOST_TEST(!online->warning);
    const FieldIssue* offline = v.find("hours_offline");
    BOOST_TEST_REQUIRE(offline != nullptr);
    BOOST_TEST(offline->message == "按类别学时计（三(一)1）");  // a trainee's own issue is not the form's
    BOOST_TEST(offline->warning);
}

BOOST_AUTO_TEST_CASE(roster_rows_are_checked) {
    TrainingApplicationModel m = filled();
    m.roster.people[0].name = " ";
    m.roster.people[1].id = "220102199003071234";  // wrong check digit
    m.roster.people[2].id = "11010519491231002x";  // row 1's ID again
    m.roster.people[2].mobile = "1380431";
    m.roster.people[1].attendance = 101;
    const Validation v = validated(m);
    BOOST_TEST(message_at(v, "roster.0.name", "/roster/0/name", "第1行 姓名") == text::required_message);
    BOOST_TEST(message_at(v, "roster.1.id", "/roster/1/id", "第2行 身份证号") == "第18位校验码应为 5，现为 4");
    BOOST_TEST(message_at(v, "roster.2.id", "/roster/2/id", "第3行 身份证号") == "与第1行身份证号重复");
    BOOST_TEST(message_at(v, "roster.2.mobile", "/roster/2/mobile", "第3行 手机") == "手机号应为11位数字，现为7位");
    BOOST_TEST(message_at(v, "roster.1.attendance", "/roster/1/attendance", "第2行 出勤率%") ==
               text::roster_attendance_range);
    m.roster.people[1].attendance = -1;
    BOOST_TEST(validated(m).find("roster.1.attendance") != nullptr);
    m.roster.people[0].id = "";
    BOOST_TEST(message_at(validated(m), "roster.0.id", "/roster/0/id", "第1行 身份证号") == text::required_message);
}

BOOST_AUTO_TEST_CASE(scenario_of_a_filled_form) {
    const TrainingApplicationModel m = filled();
    const json s = *m.scenario(kToday);
    BOOST_TEST(s["scheme"] == "skill_upgrade");
    BOOST_TEST(s["occupation"] == 184);
    BOOST_TEST(s["date"] == "2026-03-16");
    BOOST_TEST(s["level"] == "intermediate");
    BOOST_TEST(s["hours"] == json({{"offline", 100}, {"online", 20}}));
    BOOST_REQUIRE(s["trainees"].size() == 3u);
    BOOST_TEST(s["trainees"][0] ==
               json({{"id", kId1}, {"attendance", 0.95}, {"certified", true}, {"dispatched", true}}));
    BOOST_TEST(s["trainees"][1]["certified"] == false);

    TrainingApplicationModel n = m;
    n.category = 0;
    n.date_from = "";
    n.hours_online = 0;
    n.roster.people[0].id = "";
    const json t = *n.scenario(kToday);
    BOOST_TEST(t["date"] == kToday);
    BOOST_TEST(t["hours"] == json({{"offline", 100}}));
    BOOST_TEST(!t["trainees"][0].contains("dispatched"));
    BOOST_TEST(t["trainees"][0]["id"] == "张伟");  // no ID yet: the name stands in
    n.roster.people.clear();
    BOOST_TEST(!n.scenario(kToday).has_value());
    n = m;
    n.scheme = -1;
    BOOST_TEST(!n.scenario(kToday).has_value());
}

BOOST_AUTO_TEST_CASE(route_request_of_an_enterprise) {
    TrainingApplicationModel m = filled();
    const RouteRequest r = *m.route_request();
    BOOST_TEST(r.organisation == "enterprise");
    BOOST_TEST(r.ownership == "other");
    BOOST_TEST(r.district == "绿园区");
    BOOST_TEST(r.business == "enterprise_training");
    // The business is the chosen scheme's in the policy data: 新型学徒制 goes as apprenticeship.
    TrainingApplicationModel a = m;
    a.scheme = 4;
    BOOST_TEST((training_application_schemes()[4] == Scheme::apprenticeship));
    BOOST_TEST(a.route_request()->business == "apprenticeship");
    BOOST_TEST(route_application(*a.route_request()).office == route_application(r).office);
    a.scheme = -1;  // none chosen yet: the kind's business
    BOOST_TEST(a.route_request()->business == "enterprise_training");
    m.district = -1;
    BOOST_TEST(!m.route_request().has_value());
}

BOOST_AUTO_TEST_CASE(standard_is_the_engines_per_person_rate) {
    TrainingApplicationModel m = filled();
    m.scheme = 0;  // 岗前培训
    m.occupation.set(13);  // 计算机程序设计员 (B)
    m.hours_offline = 80;
    BOOST_TEST(m.standard() == text::ta_standard_pending);
    BOOST_TEST(m.standard_text(nullptr, kToday) == text::ta_standard_pending);
    const json e = estimate_of(m);
    validated(m, e);
    const std::string s = m.standard();
    BOOST_TEST(s.find("岗前培训补贴") == 0u);
    BOOST_TEST(s.find("10元/学时 × 80学时") != std::string::npos);
    BOOST_TEST(s.find("× 20学时") != std::string::npos);
    BOOST_TEST(s.find("出勤率") == std::string::npos);
    BOOST_TEST(s == m.standard_text(&e, kToday));
    validated(m, json{{"error", {{"message", "x"}}}});
    BOOST_TEST(m.standard() == text::ta_standard_pending);
}

BOOST_AUTO_TEST_CASE(commitment_names_the_scheme_once) {
    TrainingApplicationModel m = filled();
    for (int s = 0; s < static_cast<int>(training_application_schemes().size()); s++) {
        m.scheme = s;
        const std::string c = m.commitment();
        BOOST_TEST(c.find("培训培训") == std::string::npos);
        BOOST_TEST(c.find(std::string("开展") + text::ta_schemes[s]) != std::string::npos);
        BOOST_TEST(c.find(m.company + "企业，") == 0u);
    }
    m.scheme = 2;
    BOOST_TEST(m.commitment().find("开展岗位技能提升培训（中级工），") != std::string::npos);
    m.scheme = -1;
    BOOST_TEST(m.commitment().find("开展培训，") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(print_view_has_every_section) {
    TrainingApplicationModel m = filled();
    m.company = std::string(400, 'x') + "有限公司";  // a long name: nothing is cut
    const json e = estimate_of(m);
    const Route route = route_application(*m.route_request());
    PrintContext ctx;
    ctx.estimate = &e;
    ctx.route = &route;
    ctx.today = kToday;
    const std::string h = m.print_html(ctx);
    BOOST_TEST(h.find("<title>企业职工培训申请表 ") != std::string::npos);
    BOOST_TEST(h.find("<h1>企业职工培训申请表</h1>") != std::string::npos);
    for (const std::string& s :
         {m.company, m.address, m.credit_code, std::string("岗位技能提升培训（中级工）"), std::string("184 焊工、焊接机械手操作工"),
          std::string("集中培训＋网络线上"), m.institution, std::string("线下 100 学时，线上 20 学时"), m.place,
          m.bank_name, m.bank_account, m.platform, std::string("派遣工"), std::string("2026-03-16 至 2026-04-30"),
          std::string(text::ta_signature), std::string(text::ta_seal), std::string(text::ta_bureau_opinion),
          std::string(text::estimate_heading), e["items"][0]["clause"].get<std::string>(), std::string(text::route_heading), route.office,std::string("张伟"), std::string(kId2), std::string("80.5"), m.standard_text(&e, kToday)})
        BOOST_TEST(h.find(html_escape(s)) != std::string::npos, "print view holds " << s);
    for (const char* id : {"id=\"bureau-opinion\"", "id=\"estimate\"", "id=\"roster\"", "id=\"commitment\""})
        BOOST_TEST(h.find(id) != std::string::npos, "print view holds " << id);
    const std::string commitment = html_escape(m.commitment());
    BOOST_TEST(h.find(commitment) != std::string::npos);
    BOOST_TEST(commitment.size() > 600u);
    BOOST_TEST(commitment.find("所递交材料真实有效。") != std::string::npos);  // the whole text, to its end
    BOOST_TEST(h.find("培训培训") == std::string::npos);

    const std::string bare = m.print_html(PrintContext{});
    BOOST_TEST(bare.find("id=\"estimate\"") == std::string::npos);
    BOOST_TEST(bare.find(text::ta_standard_pending) != std::string::npos);
    BOOST_TEST(bare.find(text::route_heading) == std::string::npos);
    m.company = "<A&B>";
    BOOST_TEST(m.print_html(PrintContext{}).find("&lt;A&amp;B&gt;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(pasted_and_imported_rows) {
    TrainingApplicationModel m;
    BOOST_TEST(m.accept_text("paste", std::string("张伟\t") + kId1 + "\t13804311234\t95%\t是\r\n李娜\t" + kId2 + "\t\t0.8\t否\r\n"));
    BOOST_REQUIRE(m.roster.people.size() == 2u);
    BOOST_TEST(m.roster.people[1].attendance == 80.0);
    BOOST_TEST(!m.roster.people[1].certified);
    BOOST_TEST(m.roster.last_import.summary == "粘贴 2 行，跳过 0 行");
    BOOST_TEST(m.accept_text("roster_csv", "\xEF\xBB\xBF姓名,身份证号,手机,出勤率,取得证书\r\n王芳,220183198506150043,,abc,是\r\n"
                                           "孙丽,220183198506150043,,90,是\r\n"));
    BOOST_TEST(m.roster.people.size() == 3u);
    BOOST_TEST(m.roster.last_import.summary == "导入 1 行，跳过 1 行");
    BOOST_TEST(m.roster.last_import.lines[0] == "第2行：出勤率“abc”不是数字");
    BOOST_TEST(!m.accept_text("photo", "x"));
    BOOST_TEST(m.to_json()["roster"][2] ==
               json({{"name", "孙丽"}, {"id", "220183198506150043"}, {"mobile", ""}, {"attendance", 90.0}, {"certified", true}}));
}

BOOST_AUTO_TEST_SUITE_END()
