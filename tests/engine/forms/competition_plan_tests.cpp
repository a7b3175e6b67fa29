// CompetitionPlanModel (附件5 竞赛方案 + 参赛选手信息登记表; engine/forms/competition_plan.h):
// every validation rule with its message and JSON Pointer, the v1 body read and
// written unchanged (plus the empty format-2 parts), the v2 parts (命题人员 /
// 考评人员, 竞赛说明 sub-sections, 参赛选手守则), the scenario, the deadlines, the print view.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "engine/estimate.h"
#include "engine/forms/competition_plan.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const std::string kToday = "2026-03-02";
const char* const kPhoto = "/9j/4AAQSkZJRgAB";  // FF D8 FF E0 ... (a JPEG's first 12 bytes)

json fixture(const char* version = "v1") {
    std::ifstream in(std::string(SKILLAID_FORMS_TEST_DATA_DIR) + "/competition_plan-" + version + ".json");
    BOOST_REQUIRE(in.good());
    std::stringstream s;
    s << in.rdbuf();
    return json::parse(s.str());
}

CompetitionPlanModel from(const json& body, int version = 1) {
    CompetitionPlanModel m;
    m.from_json(body, version);
    return m;
}

// The v2 fixture with its complete first registration only: a plan without errors.
CompetitionPlanModel complete() {
    CompetitionPlanModel m = from(fixture("v2"), 2);
    m.registrations.resize(1);
    return m;
}

Validation validated(const CompetitionPlanModel& m, const json& estimate = nullptr, const std::string& today = kToday) {
    Validation v;
    m.validate(v, today, estimate);
    return v;
}

// The one issue of `field` with its path, label and message.
void expect_issue(const Validation& v, const std::string& field, const std::string& path, const std::string& label,
                  const std::string& message, bool warning = false) {
    const FieldIssue* i = v.find(field);
    BOOST_TEST_REQUIRE(i != nullptr, "no issue at " << field);
    BOOST_TEST(i->path == path);
    BOOST_TEST(i->label == label);
    BOOST_TEST(i->message == message);
    BOOST_TEST(i->warning == warning);
}

size_t count_of(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) n++;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(competition_plan)

BOOST_AUTO_TEST_CASE(v1_body_opens_and_is_written_back_unchanged) {
    const json body = fixture();
    CompetitionPlanModel m = from(body);
    // Written back as format 2: every v1 member as it was, plus the format-2 parts, empty.
    json written = m.to_json();
    BOOST_TEST(written["groups"]["judging"]["setters"] == json::array());
    BOOST_TEST(written["groups"]["judging"]["examiners"] == json::array());
    BOOST_TEST(written["explanation"] == json::parse(R"({"content": "", "method": "", "draw": "", "notes": "",
        "scoring": "", "safety": "", "discipline": "", "violations": "", "appeals": ""})"));
    written["groups"]["judging"].erase("setters");
    written["groups"]["judging"].erase("examiners");
    written.erase("explanation");
    BOOST_TEST(written == body);
    BOOST_TEST(find_form_kind("competition_plan")->format_version == 2);
    BOOST_TEST(m.name == "2026年长春市一汽焊工职业技能竞赛");
    BOOST_TEST(m.title() == "2026年长春市一汽焊工职业技能竞赛");
    BOOST_TEST(m.groups[1].members == "吴刚、郑涛");
    BOOST_TEST(m.standard == 2);  // 三级/高级工
    BOOST_TEST(m.enterprise_type == static_cast<int>(EnterpriseType::state_owned));
    BOOST_TEST(m.participants == 36);
    BOOST_TEST(m.projects_subsidised == 2);
    BOOST_TEST(m.district >= 0);
    BOOST_TEST(m.ownership == 2);
    BOOST_TEST_REQUIRE(m.registrations.size() == 2u);
    const Registration& r = m.registrations[0];
    BOOST_TEST(r.sex == 0);
    BOOST_TEST(r.political == 0);
    BOOST_TEST(r.identity == 1);
    BOOST_TEST(level_id(contestant_levels()[static_cast<size_t>(r.level)]) == "intermediate");
    BOOST_TEST(r.rank == 3);
    BOOST_TEST(r.jpeg.size() == 12u);
    BOOST_TEST(m.registrations[1].level == 0);
    BOOST_TEST(m.registrations[1].jpeg.empty());
}

BOOST_AUTO_TEST_CASE(a_new_plan_has_the_sample_texts_and_round_trips) {
    CompetitionPlanModel m;
    Profile profile;
    profile.org_name = "长春一汽焊装有限公司";
    m.prefill(profile);
    BOOST_TEST(m.title() == "长春一汽焊装有限公司");
    BOOST_TEST(m.groups[0].duties == text::cp_group_default_duties[0]);
    BOOST_TEST(m.requirements == text::cp_requirements_default);
    json body = m.to_json();
    BOOST_TEST(body["standard"] == "");
    BOOST_TEST(body["enterprise"]["type"] == "");
    BOOST_TEST(body["ownership"] == "");
    BOOST_TEST(body["district"] == "");
    BOOST_TEST(body["registrations"] == json::array());
    BOOST_TEST(from(body).to_json() == body);

    m.project = "焊工";
    Registration r = m.new_registration();
    BOOST_TEST(r.workplace == "长春一汽焊装有限公司");
    BOOST_TEST(r.project == "焊工");
    BOOST_TEST(r.level == 0);
    m.registrations.push_back(r);
    json one = m.to_json()["registrations"][0];
    BOOST_TEST(one["current_level"] == "none");
    BOOST_TEST(one["sex"] == "");
    BOOST_TEST(one["political"] == "");
    BOOST_TEST(one["photo_jpeg_base64"] == "");
    BOOST_TEST(one["rank"] == 0);
}

BOOST_AUTO_TEST_CASE(bad_bodies_are_refused_and_damaged_photos_dropped) {
    CompetitionPlanModel m;
    BOOST_CHECK_THROW(m.from_json(json::array(), 1), std::runtime_error);
    json body = fixture();
    body["enterprise"]["participants"] = "many";
    BOOST_CHECK_THROW(m.from_json(body, 1), std::runtime_error);
    body = fixture();
    body["registrations"][0]["photo_jpeg_base64"] = "iVBORw0KGgo=";  // a PNG
    body["registrations"][1]["photo_jpeg_base64"] = "**";            // not base64
    m.from_json(body, 1);
    BOOST_TEST(m.registrations[0].jpeg.empty());
    BOOST_TEST(m.registrations[1].jpeg.empty());
    expect_issue(validated(m), "reg.0.photo", "/registrations/0/photo_jpeg_base64", "选手1 选手相片", "请上传选手相片");
    body["registrations"][0]["current_level"] = "senior_technician_upgrade";  // not a level one holds
    m.from_json(body, 1);
    BOOST_TEST(m.registrations[0].level == 0);
}

BOOST_AUTO_TEST_CASE(a_complete_plan_has_no_issue) {
    Validation v = validated(complete());
    for (const FieldIssue& i : v.issues) BOOST_TEST_MESSAGE(i.field << " " << i.label << " " << i.message);
    BOOST_TEST(v.issues.empty());
}

BOOST_AUTO_TEST_CASE(every_plan_field_is_required) {
    CompetitionPlanModel m;
    m.groups[0].duties.clear();
    m.requirements = " \n";
    Validation v = validated(m);
    const char* required = text::required_message;
    expect_issue(v, "competition_name", "/competition_name", "竞赛名称", required);
    expect_issue(v, "company_name", "/company_name", "组织竞赛企业", required);
    expect_issue(v, "purpose", "/purpose", "竞赛目的", required);
    expect_issue(v, "office.location", "/office/location", "办公室设在", required);
    expect_issue(v, "office.director", "/office/director", "主任", required);
    expect_issue(v, "office.members", "/office/members", "成员", required);
    expect_issue(v, "groups.affairs.leader", "/groups/affairs/leader", "（一）赛务组组长", required);
    expect_issue(v, "groups.affairs.duties", "/groups/affairs/duties", "（一）赛务组工作分工", required);
    expect_issue(v, "groups.supervision.leader", "/groups/supervision/leader", "（四）监督仲裁组组长", required);
    BOOST_TEST(v.find("groups.judging.duties") == nullptr);  // the sample's duties are filled in
    BOOST_TEST(v.find("groups.judging.members") == nullptr);  // members may be empty
    expect_issue(v, "project", "/project", "竞赛项目（职业）", required);
    expect_issue(v, "standard", "/standard", "《国家职业标准》等级", required);
    expect_issue(v, "eligibility", "/eligibility", "参赛资格", required);
    expect_issue(v, "date", "/date", "竞赛时间", required);
    expect_issue(v, "place", "/place", "竞赛地点", required);
    expect_issue(v, "technical", "/technical", "技术要求", required);
    expect_issue(v, "rewards", "/rewards", "奖励内容", "需要列出具体奖励内容（附件5 七）");
    expect_issue(v, "requirements", "/requirements", "竞赛要求", required);
    expect_issue(v, "enterprise_type", "/enterprise/type", "企业类型", required);
    expect_issue(v, "district", "/district", "企业所在区县", required);
    expect_issue(v, "ownership", "/ownership", "企业性质", required);
    // Format 2: the 命题裁判组's two lists and the 竞赛说明 sub-sections the organiser writes.
    expect_issue(v, "groups.judging.setters", "/groups/judging/setters", "命题人员", "请至少填写一名命题人员");
    expect_issue(v, "groups.judging.examiners", "/groups/judging/examiners", "考评人员", "请至少填写一名考评人员");
    expect_issue(v, "explanation.content", "/explanation/content", "竞赛内容", required);
    expect_issue(v, "explanation.method", "/explanation/method", "竞赛方式", required);
    expect_issue(v, "explanation.discipline", "/explanation/discipline", "竞赛纪律", required);
    expect_issue(v, "explanation.violations", "/explanation/violations", "竞赛违纪处理规定", required);
    expect_issue(v, "explanation.appeals", "/explanation/appeals", "申诉与仲裁", required);
    for (const char* optional : {"explanation.draw", "explanation.notes", "explanation.scoring", "explanation.safety"})
        BOOST_TEST(v.find(optional) == nullptr, optional);  // 技术要求's (一) to (四) may stay empty
    BOOST_TEST(v.error_count() == 29);
    BOOST_TEST(v.warning_count() == 0);
}

BOOST_AUTO_TEST_CASE(numbers_may_not_be_negative) {
    CompetitionPlanModel m = complete();
    m.participants = -1;
    m.projects_subsidised = -2;
    m.registrations[0].rank = -3;
    Validation v = validated(m);
    expect_issue(v, "participants", "/enterprise/participants", "参赛职工人数", "不能为负数");
    expect_issue(v, "projects_subsidised", "/enterprise/projects_subsidised", "本年已享受补贴项目数", "不能为负数");
    expect_issue(v, "reg.0.rank", "/registrations/0/rank", "选手1 竞赛名次（赛后）", "不能为负数");
    BOOST_TEST(v.error_count() == 3);
}

BOOST_AUTO_TEST_CASE(a_date_that_is_not_a_date) {
    CompetitionPlanModel m = complete();
    m.date = "2026-02-30";
    expect_issue(validated(m), "date", "/date", "竞赛时间", "日期“2026-02-30”无效：应为存在的日期，格式 YYYY-MM-DD");
    BOOST_TEST(m.deadlines().lines.empty());
}

BOOST_AUTO_TEST_CASE(a_late_plan_is_a_warning_quoting_the_deadline_data) {
    CompetitionPlanModel m = complete();
    m.date = "2026-03-12";  // due 2026-02-25, 赛前15天
    Validation v = validated(m);
    expect_issue(v, "date", "/date", "竞赛时间",
                 "今天（2026-03-02）已晚于竞赛申请截止日 2026-02-25（赛前15天，五(三)2(1)③），晚 5 天：请尽快向人社部门提交申请",
                 true);
    BOOST_TEST(v.error_count() == 0);
    m.date = "2026-03-17";  // due 2026-03-02: on time
    BOOST_TEST(validated(m).issues.empty());
}

BOOST_AUTO_TEST_CASE(deadlines_before_and_after_the_competition) {
    CompetitionPlanModel m = complete();
    CompetitionDeadlines d = m.deadlines();
    BOOST_TEST_REQUIRE(d.lines.size() == 2u);
    BOOST_TEST(d.lines[0] == "竞赛申请截止：2026-04-05（赛前15天（自然日），五(三)2(1)③）；该日为法定节假日，建议在此前的工作日办理");  // 清明
    BOOST_TEST(d.lines[1] == "竞赛材料提交截止：2026-04-30（赛后10天内（自然日），五(三)3(1)）");
    BOOST_TEST(d.warning == "");
    BOOST_TEST(m.shown_deadlines().lines.empty());  // until validated
    validated(m);
    BOOST_TEST(m.shown_deadlines().lines == d.lines);
    m.date = "";
    validated(m);
    BOOST_TEST(m.shown_deadlines().lines.empty());
}

BOOST_AUTO_TEST_CASE(a_provisional_2027_date_carries_the_warning) {
    CompetitionPlanModel m = complete();
    m.date = "2027-01-16";  // due 2027-01-01, a day off of provisional 2027
    CompetitionDeadlines d = m.deadlines();
    BOOST_TEST_REQUIRE(d.lines.size() == 2u);
    BOOST_TEST(d.lines[0].find("2027-01-01") != std::string::npos);
    BOOST_TEST(d.lines[1].find("2027-01-26") != std::string::npos);
    BOOST_TEST(d.warning.find("2027") != std::string::npos);
    PrintContext ctx;
    BOOST_TEST(m.print_html(ctx).find(html_escape(d.warning)) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_engine_reasons_are_warnings_at_their_field) {
    CompetitionPlanModel m = complete();
    m.participants = 29;
    json estimate = estimate_json(*m.scenario(kToday), Date{2026, 3, 2});
    Validation v = validated(m, estimate);
    expect_issue(v, "participants", "/enterprise/participants", "补贴测算信息（三(一)5）",
                 "职业技能竞赛每个项目参加人数 29 少于 30 人，差 1 人（三(一)5）", true);
    BOOST_TEST(v.error_count() == 0);

    m.participants = 30;
    m.enterprise_type = static_cast<int>(EnterpriseType::other);
    m.projects_subsidised = 5;
    v = validated(m, estimate_json(*m.scenario(kToday), Date{2026, 3, 2}));
    expect_issue(v, "projects_subsidised", "/enterprise/projects_subsidised", "补贴测算信息（三(一)5）",
                 "其他企业享受补贴的项目不超过 5 个，已享受 5 个（三(一)5）", true);

    m.projects_subsidised = 0;
    m.project_subsidised = true;
    v = validated(m, estimate_json(*m.scenario(kToday), Date{2026, 3, 2}));
    expect_issue(v, "project_subsidised", "/enterprise/project_subsidised_this_year", "补贴测算信息（三(一)5）",
                 "同一企业同一项目每年只能享受 1 次，本年该项目已享受（三(一)5）", true);

    v = validated(m, json{{"error", {{"code", "x"}, {"message", "参赛职工人数有误"}}}});
    expect_issue(v, "participants", "/enterprise/participants", "参赛职工人数", "参赛职工人数有误");
}

BOOST_AUTO_TEST_CASE(every_registration_field_is_required) {
    CompetitionPlanModel m = complete();
    m.registrations.push_back(Registration{});
    Validation v = validated(m);
    const char* required = text::required_message;
    expect_issue(v, "reg.1.name", "/registrations/1/name", "选手2 姓名", required);
    expect_issue(v, "reg.1.sex", "/registrations/1/sex", "选手2 性别", required);
    expect_issue(v, "reg.1.political", "/registrations/1/political", "选手2 政治面貌", required);
    expect_issue(v, "reg.1.education", "/registrations/1/education", "选手2 文化程度", required);
    expect_issue(v, "reg.1.ethnicity", "/registrations/1/ethnicity", "选手2 民族", required);
    expect_issue(v, "reg.1.workplace", "/registrations/1/workplace", "选手2 工作单位", required);
    expect_issue(v, "reg.1.project", "/registrations/1/project", "选手2 报名项目", required);
    expect_issue(v, "reg.1.identity", "/registrations/1/identity", "选手2 选手身份", required);
    expect_issue(v, "reg.1.address", "/registrations/1/address", "选手2 通讯地址", required);
    expect_issue(v, "reg.1.social_security", "/registrations/1/social_security", "选手2 个人社保编号", required);
    expect_issue(v, "reg.1.photo", "/registrations/1/photo_jpeg_base64", "选手2 选手相片", "请上传选手相片");
    expect_issue(v, "reg.1.id", "/registrations/1/id", "选手2 身份证号", required);
    expect_issue(v, "reg.1.birth_date", "/registrations/1/birth_date", "选手2 出生日期", required);
    expect_issue(v, "reg.1.mobile", "/registrations/1/mobile", "选手2 手机", required);
    BOOST_TEST(v.error_count() == 14);  // e-mail and rank are optional
    BOOST_TEST(v.find("reg.0.name") == nullptr);
}

BOOST_AUTO_TEST_CASE(resident_id_birth_date_and_sex_agree) {
    CompetitionPlanModel m = complete();
    Registration& r = m.registrations[0];
    r.id = "220102199003071234";
    expect_issue(validated(m), "reg.0.id", "/registrations/0/id", "选手1 身份证号", "第18位校验码应为 5，现为 4");
    r.id = "220102199003071235";
    r.birth_date = "1990-03-08";
    r.sex = 1;
    Validation v = validated(m);
    expect_issue(v, "reg.0.birth_date", "/registrations/0/birth_date", "选手1 出生日期",
                 "与身份证号不符：身份证号的出生日期为 1990-03-07");
    expect_issue(v, "reg.0.sex", "/registrations/0/sex", "选手1 性别", "与身份证号不符：身份证号为男性");
    r.birth_date = "1990-3-7";
    expect_issue(validated(m), "reg.0.birth_date", "/registrations/0/birth_date", "选手1 出生日期",
                 "日期“1990-3-7”无效：应为存在的日期，格式 YYYY-MM-DD");
}

BOOST_AUTO_TEST_CASE(a_valid_id_fills_an_empty_birth_date_and_sex) {
    Registration r;
    r.id = " 220102199003071235 ";
    r.fill_from_id();
    BOOST_TEST(r.birth_date == "1990-03-07");
    BOOST_TEST(r.sex == 0);
    r.birth_date = "1990-01-01";
    r.sex = 1;
    r.fill_from_id();  // what was typed stays (validation reports the mismatch)
    BOOST_TEST(r.birth_date == "1990-01-01");
    BOOST_TEST(r.sex == 1);
    Registration bad;
    bad.id = "22010219900307";
    bad.fill_from_id();
    BOOST_TEST(bad.birth_date == "");
    BOOST_TEST(bad.sex == -1);
}

BOOST_AUTO_TEST_CASE(mobile_and_email_formats) {
    CompetitionPlanModel m = complete();
    m.registrations[0].mobile = "1380431123";
    m.registrations[0].email = "liming.example.com";
    Validation v = validated(m);
    expect_issue(v, "reg.0.mobile", "/registrations/0/mobile", "选手1 手机", "手机号应为11位数字，现为10位");
    expect_issue(v, "reg.0.email", "/registrations/0/email", "选手1 电子邮箱", "电子邮箱格式不正确（应如 name@example.com）");
    for (const char* bad : {"@example.com", "a@b@c.com", "a b@example.com", "a@example.", "a@.com"}) {
        m.registrations[0].email = bad;
        BOOST_TEST(validated(m).find("reg.0.email") != nullptr, bad);
    }
    m.registrations[0].email = "";
    m.registrations[0].mobile = "+86 138 0431 1234";
    BOOST_TEST(validated(m).issues.empty());
}

BOOST_AUTO_TEST_CASE(duplicate_contestant_ids_are_not_checked) {
    // As today: two registrations of one person are each valid (the bureau reads the list).
    CompetitionPlanModel m = complete();
    m.registrations.push_back(m.registrations[0]);
    BOOST_TEST(validated(m).issues.empty());
}

BOOST_AUTO_TEST_CASE(photos_must_be_jpeg_of_at_most_1m) {
    std::vector<uint8_t> jpeg;
    BOOST_TEST_REQUIRE(photo::base64_decode(kPhoto, jpeg));
    BOOST_TEST(photo::check_jpeg(jpeg) == "");
    BOOST_TEST(photo::base64_encode(jpeg) == kPhoto);
    BOOST_TEST(photo::base64_encode(std::vector<uint8_t>{0xFF, 0xD8}) == "/9g=");
    BOOST_TEST(photo::check_jpeg(std::vector<uint8_t>{0x89, 'P', 'N', 'G'}) ==
               "照片须为 JPG 格式（附件5 备注），所选文件不是 JPG");
    std::vector<uint8_t> big(photo::kMaxBytes + 1, 0);
    big[0] = 0xFF, big[1] = 0xD8, big[2] = 0xFF;
    BOOST_TEST(photo::check_jpeg(big) == "照片 1.00 MB，超过 1M 的限制（附件5 备注），请压缩后再选");
    big.pop_back();
    BOOST_TEST(photo::check_jpeg(big) == "");
    std::vector<uint8_t> out;
    BOOST_TEST(!photo::base64_decode("ab$c", out));
}

BOOST_AUTO_TEST_CASE(scenario_of_the_competition_scheme) {
    CompetitionPlanModel m = complete();
    json s = *m.scenario(kToday);
    BOOST_TEST(s == json::parse(R"({"scheme": "competition", "date": "2026-04-20", "participants": 36,
        "enterprise": {"type": "state_owned", "competition_projects_subsidised": 2, "project_subsidised_this_year": false},
        "trainees": [{"id": "李明", "rank": 3, "current_level": "intermediate"}]})"));
    json e = estimate_json(s, Date{2026, 3, 2});
    BOOST_TEST(e.value("total_fen", 0LL) == 3000000);

    m.registrations[0].name = "";
    m.date = "";
    m.enterprise_type = -1;
    s = *m.scenario(kToday);
    BOOST_TEST(s["date"] == kToday);
    BOOST_TEST(!s.contains("enterprise"));
    BOOST_TEST(s["trainees"][0]["id"] == "选手1");

    m.participants = 0;  // promotions are shown before the head count is known
    BOOST_TEST(m.scenario(kToday).has_value());
    BOOST_TEST(m.scenario(kToday)->at("participants") == 0);
    m.registrations[0].rank = 0;
    BOOST_TEST(!m.scenario(kToday).has_value());
}

BOOST_AUTO_TEST_CASE(route_request_of_the_competition_business) {
    CompetitionPlanModel m = complete();
    std::optional<RouteRequest> r = m.route_request();
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->business == "competition");
    BOOST_TEST(r->organisation == "enterprise");
    BOOST_TEST(r->ownership == "other");
    BOOST_TEST(r->district == "朝阳区");
    m.ownership = -1;
    BOOST_TEST(!m.route_request().has_value());
}

BOOST_AUTO_TEST_CASE(print_view_has_the_plan_and_each_registration_form) {
    CompetitionPlanModel m = from(fixture());
    json estimate = estimate_json(*m.scenario(kToday), Date{2026, 3, 2});
    PrintContext ctx;
    ctx.estimate = &estimate;
    ctx.today = kToday;
    std::string h = m.print_html(ctx);
    BOOST_TEST(h.find("<title>职业技能竞赛方案 2026年长春市一汽焊工职业技能竞赛</title>") != std::string::npos);
    BOOST_TEST(h.find("<h1>2026年长春市一汽焊工职业技能竞赛</h1>") != std::string::npos);
    for (const char* section : {"一、竞赛目的", "二、组织机构", "三、竞赛标准", "四、参赛资格", "五、竞赛时间和地点",
                                "六、竞赛说明", "七、竞赛奖励", "八、竞赛要求", "补贴测算信息（三(一)5）"})
        BOOST_TEST(h.find(std::string("<h2>") + section + "</h2>") != std::string::npos, section);
    for (const char* group : {"（一）赛务组", "（二）命题裁判组", "（三）保障组", "（四）监督仲裁组"})
        BOOST_TEST(h.find(std::string("<h3>") + group + "</h3>") != std::string::npos, group);
    BOOST_TEST(h.find("办公室设在公司工会二楼") != std::string::npos);
    BOOST_TEST(h.find("<p>2、负责评分。</p>") != std::string::npos);  // duties numbered, one a line
    BOOST_TEST(h.find("焊工 《国家职业标准》三级/高级工") != std::string::npos);
    BOOST_TEST(h.find("2026-04-20，如有变动，另行通知。") != std::string::npos);
    BOOST_TEST(h.find("竞赛申请截止：2026-04-05") != std::string::npos);
    BOOST_TEST(h.find("合计：") != std::string::npos);  // the estimate rows
    BOOST_TEST(h.find("晋升高级工") != std::string::npos);
    // One 登记表 per registration, with the filler's seal line, the photo itself and the identity boxes.
    BOOST_TEST(count_of(h, "<div class=\"page registration\"><h1>长春市职业技能竞赛参赛选手信息登记表</h1>") == 2u);
    BOOST_TEST(count_of(h, "填报单位（公章）：长春一汽焊装有限公司") == 2u);
    BOOST_TEST(h.find(std::string("src=\"data:image/jpeg;base64,") + kPhoto + "\"") != std::string::npos);
    BOOST_TEST(h.find("民营企业职工☐　国企职工☑　规上企业职工☐") != std::string::npos);
    BOOST_TEST(h.find("焊工 中级工（中级工）") != std::string::npos);
    BOOST_TEST(h.find("220102199003071235") != std::string::npos);
    BOOST_TEST(h.find("个人社保编号") != std::string::npos);
    BOOST_TEST(h.find("近期免冠照片，JPG 格式，不超过 1M") != std::string::npos);
    BOOST_TEST(h.substr(h.size() - 14) == "</body></html>");

    m.name = "";
    m.standard = 5;  // no 国家职业标准
    m.office_location = "";
    m.date = "";
    Route route;
    route.office = "朝阳区";
    route.clause = "五(一)";
    ctx.estimate = nullptr;
    ctx.route = &route;
    h = m.print_html(ctx);
    BOOST_TEST(h.find("<h1>职业技能竞赛方案</h1>") != std::string::npos);
    BOOST_TEST(h.find("焊工 没有国家职业标准，按行业标准") != std::string::npos);
    BOOST_TEST(h.find("办公室设在××") != std::string::npos);
    BOOST_TEST(h.find("××年××月××日，如有变动") != std::string::npos);
    BOOST_TEST(h.find("报送：朝阳区（五(一)）") != std::string::npos);
    BOOST_TEST(h.find("合计：") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(v2_lists_and_explanation_round_trip) {
    const json body = fixture("v2");
    CompetitionPlanModel m = from(body, 2);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST_REQUIRE(m.staff[0].size() == 2u);
    BOOST_TEST(m.staff[0][1].name == "郑涛");
    BOOST_TEST(m.staff[0][1].unit == "长春职业技术学院");
    BOOST_TEST(m.staff[0][1].title == "副教授");
    BOOST_TEST(m.staff[0][1].qualification == "焊工 二级/技师");
    BOOST_TEST_REQUIRE(m.staff[1].size() == 1u);
    BOOST_TEST(m.staff[1][0].name == "王磊");
    BOOST_TEST(m.explanation[7] == "违反竞赛纪律者，视情节给予警告、扣减成绩直至取消竞赛成绩。");  // 竞赛违纪处理规定

    CompetitionPlanModel edited = m;  // an added row and an edited sub-section survive a save and a reload
    edited.staff[1].push_back(CompetitionStaff{"刘洋", "一汽技师学院", "", ""});
    edited.explanation[8] = "书面申诉";
    CompetitionPlanModel back = from(edited.to_json(), 2);
    BOOST_TEST_REQUIRE(back.staff[1].size() == 2u);
    BOOST_TEST(back.staff[1][1].unit == "一汽技师学院");
    BOOST_TEST(back.explanation[8] == "书面申诉");
    BOOST_TEST(back.to_json() == edited.to_json());

    json bad = body;  // a wrong type inside the new parts is a bad body, as elsewhere
    bad["groups"]["judging"]["setters"][0]["name"] = 7;
    CompetitionPlanModel refused;
    BOOST_CHECK_THROW(refused.from_json(bad, 2), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(a_v1_body_misses_the_v2_parts_as_warnings_only) {
    // Queued by an older release: the server still accepts it; the app points at what is missing.
    Validation v = validated([] {
        CompetitionPlanModel m = from(fixture());
        m.registrations.resize(1);
        return m;
    }());
    BOOST_TEST(v.error_count() == 0);
    BOOST_TEST(v.warning_count() == 7);
    expect_issue(v, "groups.judging.setters", "/groups/judging/setters", "命题人员", "请至少填写一名命题人员", true);
    expect_issue(v, "explanation.violations", "/explanation/violations", "竞赛违纪处理规定", text::required_message, true);
    // The same plan saved by this release (format 2) must have them.
    CompetitionPlanModel saved = from(from(fixture()).to_json(), 2);
    saved.registrations.resize(1);
    Validation v2 = validated(saved);
    BOOST_TEST(v2.error_count() == 7);
    BOOST_TEST(v2.warning_count() == 0);
}

BOOST_AUTO_TEST_CASE(staff_rows_need_a_name_and_a_unit) {
    CompetitionPlanModel m = complete();
    m.staff[0].push_back(CompetitionStaff{});
    m.staff[1][0].unit = " ";
    m.staff[1][0].title = "";
    m.staff[1][0].qualification = "";
    Validation v = validated(m);
    const char* required = text::required_message;
    expect_issue(v, "groups.judging.setters.2.name", "/groups/judging/setters/2/name", "命题人员3 姓名", required);
    expect_issue(v, "groups.judging.setters.2.unit", "/groups/judging/setters/2/unit", "命题人员3 单位", required);
    expect_issue(v, "groups.judging.examiners.0.unit", "/groups/judging/examiners/0/unit", "考评人员1 单位", required);
    BOOST_TEST(v.find("groups.judging.examiners.0.title") == nullptr);  // 职务/职称 and 职业资格/等级 are optional
    BOOST_TEST(v.find("groups.judging.examiners.0.qualification") == nullptr);
    BOOST_TEST(v.error_count() == 3);
    m.explanation[7] = "\n ";
    expect_issue(validated(m), "explanation.violations", "/explanation/violations", "竞赛违纪处理规定", required);
}

BOOST_AUTO_TEST_CASE(the_contestant_rules_are_the_attachments_five) {
    const ContestantRules& r = contestant_rules();
    BOOST_TEST(r.title == "参赛选手守则");
    BOOST_TEST(r.note == "供参考");
    BOOST_TEST(r.source.find("长人社联〔2020〕12号") != std::string::npos);
    BOOST_TEST(r.source.find("附件5") != std::string::npos);
    BOOST_TEST_REQUIRE(r.rules.size() == 5u);
    BOOST_TEST(r.rules[0] == "一、参赛选手应在规定时间到达赛场，佩带参赛证，携带身份证等证件，参加检录。");
    BOOST_TEST(r.rules[4].rfind("五、参赛选手要讲道德、讲文明、讲礼貌", 0) == 0);
    BOOST_TEST(r.rules[4].find("并报请组委会取消其竞赛成绩。") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(print_view_has_the_lists_the_explanation_and_the_rules) {
    CompetitionPlanModel m = from(fixture("v2"), 2);
    std::string h = m.print_html(PrintContext{});
    // The two lists inside (二)命题裁判组, before its duties, each a table with a header row in <thead>.
    size_t judging = h.find("<h3>（二）命题裁判组</h3>"), support = h.find("<h3>（三）保障组</h3>");
    size_t setters = h.find("<table class=\"list\" id=\"setters\"><thead><tr>");
    size_t examiners = h.find("<table class=\"list\" id=\"examiners\"><thead><tr>");
    BOOST_TEST_REQUIRE(setters != std::string::npos);
    BOOST_TEST_REQUIRE(examiners != std::string::npos);
    BOOST_TEST((judging < setters && setters < examiners && examiners < support));
    BOOST_TEST(h.find("<p>命题人员：</p>") != std::string::npos);
    BOOST_TEST(h.find("<p>考评人员：</p>") != std::string::npos);
    BOOST_TEST(count_of(h, "<th class=\"auto\">序号</th><th class=\"auto\">姓名</th><th class=\"auto\">单位</th>"
                           "<th class=\"auto\">职务/职称</th><th class=\"auto\">职业资格/等级</th></tr></thead>") == 2u);
    BOOST_TEST(h.find("<tr><td>2</td><td>郑涛</td><td>长春职业技术学院</td><td>副教授</td><td>焊工 二级/技师</td></tr>") !=
               std::string::npos);
    BOOST_TEST(h.find("<tr><td>1</td><td>王磊</td><td>长春市职业技能鉴定中心</td>") != std::string::npos);
    // 六、竞赛说明 with the attachment's sub-sections in its order; 三、技术要求 holds the plan's own text.
    size_t at = h.find("<h2>六、竞赛说明</h2>");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    for (const char* heading : {"<h3>一、竞赛内容</h3>", "<h3>二、竞赛方式</h3>", "<h3>三、技术要求</h3><p>理论考试占30%，实际操作占70%。</p>",
                                "<h4>（一）抽签办法</h4>", "<h4>（二）比赛须知</h4>", "<h4>（三）成绩评定方法</h4>",
                                "<h4>（四）安全操作规程</h4>", "<h3>四、竞赛纪律</h3>",
                                "<h3>五、竞赛违纪处理规定</h3><p>违反竞赛纪律者，视情节给予警告、扣减成绩直至取消竞赛成绩。</p>",
                                "<h3>六、申诉与仲裁</h3>"}) {
        size_t next = h.find(heading, at);
        BOOST_TEST(next != std::string::npos, heading);
        if (next != std::string::npos) at = next;
    }
    BOOST_TEST(at < h.find("<h2>七、竞赛奖励</h2>"));
    // The 守则 after 八、竞赛要求 (which tells contestants to keep it): all five rules, whole.
    size_t rules = h.find("<div id=\"contestant-rules\"><h2>参赛选手守则</h2>");
    BOOST_TEST_REQUIRE(rules != std::string::npos);
    BOOST_TEST(h.find("<h2>八、竞赛要求</h2>") < rules);
    for (const std::string& rule : contestant_rules().rules)
        BOOST_TEST(h.find("<p>" + html_escape(rule) + "</p>", rules) != std::string::npos, rule);

    m.staff[1].clear();  // an empty list prints a blank row to fill in by hand
    h = m.print_html(PrintContext{});
    BOOST_TEST(h.find("<tbody><tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr></tbody>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_registry_creates_the_model) {
    const FormKind* kind = find_form_kind("competition_plan");
    BOOST_TEST_REQUIRE(kind != nullptr);
    std::unique_ptr<FormModel> m = kind->create();
    BOOST_TEST(dynamic_cast<CompetitionPlanModel*>(m.get()) != nullptr);
    std::vector<DraftEvent> events = kind->deadline_events(fixture());
    BOOST_TEST_REQUIRE(events.size() == 1u);
    BOOST_TEST(events[0].date == "2026-04-20");
}

BOOST_AUTO_TEST_SUITE_END()
