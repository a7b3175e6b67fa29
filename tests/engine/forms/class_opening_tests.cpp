// 开班申请 model (engine/forms/class_opening.h): every validation rule with
// its message and body path, the deadline warning (late; provisional year),
// the body of the current release, scenario, route and print view.
#include <boost/test/unit_test.hpp>

#include "engine/estimate.h"
#include "engine/forms/class_opening.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "tests/engine/forms/form_test_support.h"

using namespace skillaid;
using nlohmann::json;
using test::check_issue;
using test::issue_at;
using test::read_fixture;

namespace {

const std::string kToday = "2026-03-02";

ClassOpeningModel from_fixture() {
    ClassOpeningModel m;
    m.from_json(read_fixture("class_opening-v1.json"), 1);
    return m;
}

Validation validated(const ClassOpeningModel& m, const json& estimate = json()) {
    Validation v;
    m.validate(v, kToday, estimate);
    return v;
}

int scheme_index(Scheme s) {
    std::span<const Scheme> schemes = class_opening_schemes();
    for (size_t i = 0; i < schemes.size(); i++)
        if (schemes[i] == s) return static_cast<int>(i);
    return -1;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(class_opening)

BOOST_AUTO_TEST_CASE(the_current_release_body_opens_unchanged) {
    const json body = read_fixture("class_opening-v1.json");
    ClassOpeningModel m;
    m.from_json(body, 1);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST(m.title() == "长春市汽车职业技能培训学校");
    BOOST_TEST(m.roster.people.size() == 2u);
    BOOST_TEST(m.occupation.number == 84);
    BOOST_TEST(validated(m).error_count() == 0);
}

BOOST_AUTO_TEST_CASE(a_new_form_writes_every_key_with_its_default) {
    ClassOpeningModel m;
    const json j = m.to_json();
    const json expected = {{"institution", ""}, {"credit_code", ""}, {"institution_level", ""}, {"district", ""},
                           {"delivery", ""}, {"platform", ""}, {"scheme", ""}, {"level", ""}, {"occupation", 0},
                           {"occupation_text", ""}, {"date_from", ""}, {"date_to", ""}, {"apply_date", ""},
                           {"hours", {{"offline", 0}, {"online", 0}}}, {"place", ""}, {"roster", json::array()}};
    BOOST_TEST(j == expected);
    ClassOpeningModel back;
    back.from_json(j, 1);
    BOOST_TEST(back.to_json() == expected);
    Profile p{"长春市焊工培训学校"};
    m.prefill(p);
    BOOST_TEST(m.institution == "长春市焊工培训学校");
}

BOOST_AUTO_TEST_CASE(a_bad_body_is_refused_in_chinese) {
    ClassOpeningModel m;
    BOOST_CHECK_EXCEPTION(m.from_json(json::array(), 1), std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == text::roster_bad_body; });
    json body = read_fixture("class_opening-v1.json");
    body["hours"] = "80";
    BOOST_CHECK_THROW(m.from_json(body, 1), std::runtime_error);
    body = read_fixture("class_opening-v1.json");
    body["roster"] = "刘洋";
    BOOST_CHECK_THROW(m.from_json(body, 1), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(unknown_ids_read_as_not_chosen) {
    json body = read_fixture("class_opening-v1.json");
    body["scheme"] = "competition";  // not a class with hours
    body["level"] = "grandmaster";
    body["district"] = "火星区";
    body["occupation"] = 99999;
    ClassOpeningModel m;
    m.from_json(body, 1);
    BOOST_TEST(m.scheme == -1);
    BOOST_TEST(m.level == -1);
    BOOST_TEST(m.district == -1);
    BOOST_TEST(m.occupation.number == 0);
    BOOST_TEST(m.occupation.query == "育婴员");
}

BOOST_AUTO_TEST_CASE(the_schemes_are_those_with_class_hours_in_the_policy_data) {
    std::vector<std::string> ids;
    for (Scheme x : class_opening_schemes()) ids.emplace_back(scheme_id(x));
    const std::vector<std::string> expected = {"pre_job", "job_transfer", "skill_upgrade", "job_drill",
                                               "employment_skills", "labour_preparation", "poverty_training"};
    BOOST_TEST(ids == expected, boost::test_tools::per_element());
    std::span<const Scheme> s = class_opening_schemes();
    for (Scheme x : s) BOOST_TEST(asks(policy_versions().back().rules(x).inputs.hours));
}

BOOST_AUTO_TEST_CASE(an_empty_form_names_every_required_field) {
    ClassOpeningModel m;
    const Validation v = validated(m);
    check_issue(v, "institution", "/institution", "必填");
    check_issue(v, "credit_code", "/credit_code", "必填");
    check_issue(v, "institution_level", "/institution_level", "必填");
    check_issue(v, "district", "/district", "必填");
    check_issue(v, "delivery", "/delivery", "必填");
    check_issue(v, "scheme", "/scheme", "必填");
    check_issue(v, "occupation", "/occupation", "必填");
    check_issue(v, "hours_offline", "/hours/offline", "请填写培训学时");
    check_issue(v, "date_from", "/date_from", "必填");
    check_issue(v, "date_to", "/date_to", "必填");
    check_issue(v, "roster", "/roster", "请至少填写一名参训人员");
    BOOST_TEST(issue_at(v, "occupation").label == "培训工种");
    BOOST_TEST(issue_at(v, "hours_offline").label == "培训学时");
    BOOST_TEST(v.find("platform") == nullptr);
    BOOST_TEST(v.find("place") == nullptr);
    BOOST_TEST(v.find("level") == nullptr);
    BOOST_TEST(v.find("apply_date") == nullptr, "an empty application date is today");
    BOOST_TEST(v.error_count() == 11);
    BOOST_TEST(m.last_deadline().text == "（填写开班日期后计算）");
}

BOOST_AUTO_TEST_CASE(the_credit_code_is_checked) {
    ClassOpeningModel m = from_fixture();
    m.credit_code = "91220102MA00000151";
    check_issue(validated(m), "credit_code", "/credit_code", "第18位校验码应为 Y，现为 1");
    m.credit_code = "9122";
    check_issue(validated(m), "credit_code", "/credit_code", "统一社会信用代码应为18位，现为4位");
}

BOOST_AUTO_TEST_CASE(offline_needs_a_place_online_a_platform_and_online_hours_only) {
    ClassOpeningModel m = from_fixture();
    m.place = "  ";
    check_issue(validated(m), "place", "/place", "必填");
    m.delivery = ClassOpeningModel::delivery_online;
    Validation v = validated(m);
    check_issue(v, "platform", "/platform", "必填");
    BOOST_TEST(v.find("place") == nullptr);
    check_issue(v, "hours_online", "/hours/online",
          "网络线上培训只填线上学时（线上学时不超过总学时50%，见四）；含线下课时请选择线下集中培训");
    BOOST_TEST(issue_at(v, "hours_online").label == "线上学时");
    m.platform = "吉林省职业技能线上培训平台";
    m.hours_offline = 0;
    m.hours_online = 0;
    check_issue(validated(m), "hours_online", "/hours/online", "请填写培训学时");
    m.hours_online = 40;
    v = validated(m);
    BOOST_TEST(v.find("hours_online") == nullptr);
    BOOST_TEST(v.find("platform") == nullptr);
}

BOOST_AUTO_TEST_CASE(the_level_is_asked_when_the_policy_data_asks_for_it) {
    ClassOpeningModel m = from_fixture();
    BOOST_TEST(m.asks_level());
    m.level = -1;
    check_issue(validated(m), "level", "/level", "必填");
    m.scheme = scheme_index(Scheme::employment_skills);
    BOOST_TEST(!m.asks_level());
    BOOST_TEST(validated(m).find("level") == nullptr);
}

BOOST_AUTO_TEST_CASE(a_typed_occupation_must_be_picked_from_the_catalog) {
    ClassOpeningModel m = from_fixture();
    m.occupation.set(0, "育婴");
    check_issue(validated(m), "occupation", "/occupation", "请从附件1目录中选择工种");
}

BOOST_AUTO_TEST_CASE(dates_are_checked_and_in_order) {
    ClassOpeningModel m = from_fixture();
    m.date_to = "2026-03-01";
    check_issue(validated(m), "date_to", "/date_to", "结束日期早于开始日期");
    m.date_to = "2026-02-30";
    check_issue(validated(m), "date_to", "/date_to", "日期“2026-02-30”无效：应为存在的日期，格式 YYYY-MM-DD");
    m.date_to = "2026-04-30";
    m.apply_date = "2026-3-9";
    check_issue(validated(m), "apply_date", "/apply_date", "日期“2026-3-9”无效：应为存在的日期，格式 YYYY-MM-DD");
}

BOOST_AUTO_TEST_CASE(an_application_after_the_5th_working_day_before_the_class_is_a_warning) {
    ClassOpeningModel m = from_fixture();  // first class day 2026-03-16: apply by 2026-03-09
    Validation v = validated(m);
    BOOST_TEST(v.find("apply_date") == nullptr);
    BOOST_TEST(m.last_deadline().text.rfind("2026-03-09 前提交（五(三)2(1)，", 0) == 0, m.last_deadline().text);
    BOOST_TEST(m.last_deadline().warning == "");
    m.apply_date = "2026-03-10";
    v = validated(m);
    const FieldIssue& late = issue_at(v, "apply_date");
    BOOST_TEST(late.warning);
    BOOST_TEST(late.path == "/apply_date");
    BOOST_TEST(late.label == "申请日期");
    BOOST_TEST(late.message.find("已逾期") != std::string::npos, late.message);
    BOOST_TEST(late.message.find("2026-03-09") != std::string::npos, late.message);
    BOOST_TEST(v.error_count() == 0, "late is a warning, not an error");
    BOOST_TEST(m.last_deadline().late);
    BOOST_TEST(m.last_deadline().text.find(late.message) != std::string::npos);
    // No application date: counted against today.
    m.apply_date = "";
    Validation today_late;
    m.validate(today_late, "2026-03-11", json());
    BOOST_TEST(issue_at(today_late, "apply_date").warning);
    BOOST_TEST(m.deadline("2026-03-02").late == false);
    BOOST_TEST(m.deadline("2026-03-11").late == true);
}

BOOST_AUTO_TEST_CASE(a_deadline_in_a_provisional_year_says_so) {
    ClassOpeningModel m = from_fixture();
    m.date_from = "2027-03-15";
    m.date_to = "2027-04-30";
    m.apply_date = "";
    const Validation v = validated(m);
    BOOST_TEST(v.find("date_from") == nullptr, "no calendar error at the first class day");
    const ClassDeadline& d = m.last_deadline();
    BOOST_TEST(d.text.find("（暂定）") != std::string::npos, d.text);
    BOOST_TEST(d.warning.find("2027") != std::string::npos, d.warning);
    BOOST_TEST(d.warning.find("暂定") != std::string::npos, d.warning);
    const std::string html = m.print_html(PrintContext{nullptr, nullptr, kToday});
    BOOST_TEST(html.find(html_escape(d.text + "。" + d.warning)) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_day_outside_the_calendar_is_an_error_at_the_first_class_day) {
    ClassOpeningModel m = from_fixture();
    m.date_from = "2019-03-15";
    m.date_to = "2019-04-30";
    m.apply_date = "2019-03-01";
    const FieldIssue& i = issue_at(validated(m), "date_from");
    BOOST_TEST(!i.warning);
    BOOST_TEST(i.path == "/date_from");
    BOOST_TEST(!i.message.empty());
    BOOST_TEST(m.last_deadline().text == "（填写开班日期后计算）");
}

BOOST_AUTO_TEST_CASE(engine_limits_are_reported_at_the_hours) {
    ClassOpeningModel m = from_fixture();
    json issues = {{"issues", json::array({{{"code", "hours_capped"}, {"message", "补贴学时不超过80学时"},
                                            {"clause", "三(二)1"}, {"effect", "reduced"}},
                                           {{"code", "online_share_exceeded"}, {"message", "线上学时超出"},
                                            {"clause", "四"}, {"effect", "excluded"}},
                                           {{"code", "occupation_without_class"}, {"message", "无类别"},
                                            {"clause", "附件1"}, {"effect", "reduced"}},
                                           {{"code", "other"}, {"message", "-"}}})}};
    Validation v = validated(m, issues);
    check_issue(v, "hours_offline", "/hours/offline", "补贴学时不超过80学时（三(二)1）", true);
    check_issue(v, "hours_online", "/hours/online", "线上学时超出（四）");
    check_issue(v, "occupation", "/occupation", "无类别（附件1）", true);
    BOOST_TEST(issue_at(v, "hours_offline").label == "培训学时");
    m.delivery = ClassOpeningModel::delivery_online;
    m.platform = "平台";
    m.hours_offline = 0;
    issues["issues"].erase(1);
    check_issue(validated(m, issues), "hours_online", "/hours/online", "补贴学时不超过80学时（三(二)1）", true);

    const json error = {{"error", {{"code", "x"}, {"path", "/hours/online"}, {"message", "学时无效"}}}};
    check_issue(validated(m, error), "hours_online", "/hours/online", "学时无效");
    m.delivery = ClassOpeningModel::delivery_offline;
    check_issue(validated(m, error), "hours_offline", "/hours/offline", "学时无效");
    check_issue(validated(m, {{"error", {{"path", "/level"}, {"message", "等级"}}}}), "level", "/level", "等级");
    check_issue(validated(m, {{"error", {{"path", "/scheme"}, {"message", "类型"}}}}), "scheme", "/scheme", "类型");
}

BOOST_AUTO_TEST_CASE(the_engine_caps_the_class_hours) {
    ClassOpeningModel m = from_fixture();
    m.scheme = scheme_index(Scheme::employment_skills);
    m.hours_offline = 100;
    m.hours_online = 0;
    const json estimate = estimate_json(*m.scenario(kToday), parse_date(kToday, "/today"));
    const FieldIssue& i = issue_at(validated(m, estimate), "hours_offline");
    BOOST_TEST(i.message.find("80") != std::string::npos, i.message);
    BOOST_TEST(i.message.find("三(") != std::string::npos, i.message);
}

BOOST_AUTO_TEST_CASE(roster_rows_are_checked_at_their_paths) {
    ClassOpeningModel m = from_fixture();
    m.roster.people[1].id = "220183198506150044";
    m.roster.people[0].name = "";
    const Validation v = validated(m);
    BOOST_TEST(issue_at(v, "roster.1.id").path == "/roster/1/id");
    check_issue(v, "roster.0.name", "/roster/0/name", "必填");
    BOOST_TEST(m.accept_text("paste", "张三\t11010519491231002X\t13900000000\n"));
    BOOST_TEST(m.roster.people.size() == 3u);
    BOOST_TEST(m.roster.people[2].mobile == "13900000000");
}

BOOST_AUTO_TEST_CASE(the_scenario_is_the_class) {
    ClassOpeningModel m = from_fixture();
    const json expected = {{"scheme", "skill_upgrade"}, {"occupation", 84}, {"count", 2}, {"date", "2026-03-16"},
                           {"level", "intermediate"}, {"hours", {{"offline", 80}, {"online", 20}}}};
    BOOST_TEST(*m.scenario(kToday) == expected);
    m.delivery = ClassOpeningModel::delivery_online;
    BOOST_TEST((*m.scenario(kToday))["hours"] == json({{"online", 20}}));
    m.scheme = scheme_index(Scheme::employment_skills);
    m.date_from = "";
    m.roster.people.clear();
    const json s = *m.scenario(kToday);
    BOOST_TEST(!s.contains("level"));
    BOOST_TEST(s["date"] == kToday);
    BOOST_TEST(s["count"] == 1);
    m.scheme = -1;
    BOOST_TEST(!m.scenario(kToday).has_value());
    m = from_fixture();
    m.occupation.set(0);
    BOOST_TEST(!m.scenario(kToday).has_value());
    m = from_fixture();
    m.hours_offline = m.hours_online = 0;
    BOOST_TEST(!m.scenario(kToday).has_value());
}

BOOST_AUTO_TEST_CASE(the_route_is_the_accrediting_bureau_of_the_schemes_business) {
    ClassOpeningModel m = from_fixture();
    std::optional<RouteRequest> r = m.route_request();
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->organisation == "institution");
    BOOST_TEST(r->institution_level == "district");
    BOOST_TEST(r->district == "绿园区");
    BOOST_TEST(r->business == "enterprise_training");
    m.scheme = scheme_index(Scheme::employment_skills);
    BOOST_TEST(m.route_request()->business == "difficulty_groups_training");
    for (Scheme s : class_opening_schemes()) {
        m.scheme = scheme_index(s);
        BOOST_TEST(m.route_request()->business == policy_versions().back().rules(s).business);
    }
    m.scheme = -1;
    BOOST_TEST(m.route_request()->business == "enterprise_training");
    m.district = -1;
    BOOST_TEST(!m.route_request().has_value());
}

BOOST_AUTO_TEST_CASE(the_print_view_has_every_field_the_boxes_and_the_roster) {
    ClassOpeningModel m = from_fixture();
    Route route;
    route.office = "绿园区人力资源和社会保障局";
    route.clause = "附件6";
    const std::string html = m.print_html(PrintContext{nullptr, &route, kToday});
    for (const char* s : {"<title>", "定点培训机构开班申请", "长春市汽车职业技能培训学校", "91220102MA0000015Y", "区县（开发区）认定",
                          "岗位技能提升培训补贴（中级工）", "84 育婴员", "线下集中培训", "2026-03-16", "2026-04-30",
                          "线下 80 学时，线上 20 学时", "培训人数", "绿园区青年路88号", "绿园区", "2026-03-09 前提交",
                          "受理部门", "绿园区人力资源和社会保障局（附件6）", "机构申请承诺", "机构负责人签字：", "单位公章：",
                          "人社部门审核意见", "id=\"bureau-opinion\"", "年　　月　　日", "参训人员名单", "刘洋", "王芳",
                          "220102199003071235"})
        BOOST_TEST(html.find(s) != std::string::npos, "print view has " << s);
    m.apply_date = "";
    m.institution = "<学校>";
    const std::string today = m.print_html(PrintContext{nullptr, nullptr, kToday});
    BOOST_TEST(today.find("<th>申请日期</th><td>2026-03-02</td>") != std::string::npos, "no date: today");
    BOOST_TEST(today.find("&lt;学校&gt;") != std::string::npos);
    BOOST_TEST(today.find("受理部门") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
