// 第三方监管平台申请表 model (engine/forms/platform_application.h): attachment
// 2's items as data, every validation rule with its message and body path,
// the body of the current release, and the print view.
#include <boost/test/unit_test.hpp>

#include "engine/forms/platform_application.h"
#include "engine/forms/texts.h"
#include "tests/engine/forms/form_test_support.h"

using namespace skillaid;
using nlohmann::json;
using test::check_issue;
using test::issue_at;
using test::read_fixture;

namespace {

const std::string kToday = "2026-03-02";

PlatformApplicationModel from_fixture() {
    PlatformApplicationModel m;
    m.from_json(read_fixture("platform_application-v1.json"), 1);
    return m;
}

// Every item of attachment 2 met.
PlatformApplicationModel complete() {
    PlatformApplicationModel m = from_fixture();
    m.qualifications.fill(true);
    m.supervision.fill(true);
    return m;
}

Validation validated(const PlatformApplicationModel& m) {
    Validation v;
    m.validate(v, kToday, json());
    return v;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(platform_application)

BOOST_AUTO_TEST_CASE(the_current_release_body_opens_unchanged) {
    const json body = read_fixture("platform_application-v1.json");
    PlatformApplicationModel m;
    m.from_json(body, 1);
    BOOST_TEST(m.to_json() == body);
    BOOST_TEST(m.title() == "智学职业技能在线");
    BOOST_TEST(m.options[2][1]);   // 人脸识别签到
    BOOST_TEST(!m.options[2][0]);  // 系统签到
    BOOST_TEST(m.supervision[4]);
    BOOST_TEST(!m.supervision[5]);
}

BOOST_AUTO_TEST_CASE(a_new_form_writes_every_key_with_its_default) {
    PlatformApplicationModel m;
    const json expected = {{"company_name", ""}, {"address", ""}, {"credit_code", ""}, {"platform_name", ""},
                           {"platform_url", ""}, {"summary", ""}, {"contact", ""}, {"phone", ""},
                           {"qualifications", {false, false, false, false, false}}, {"concurrent_learners", 0},
                           {"integration", false}, {"supervision", {false, false, false, false}},
                           {"supervision_options", {{"sign_in", json::array()}, {"spot_check", json::array()},
                                                    {"course_supervision", json::array()}, {"statistics", json::array()}}}};
    BOOST_TEST(m.to_json() == expected);
    PlatformApplicationModel back;
    back.from_json(expected, 1);
    BOOST_TEST(back.to_json() == expected);
    m.prefill(Profile{"长春智学科技有限公司"});
    BOOST_TEST(m.title() == "长春智学科技有限公司", "the company until the platform is named");
    // A short or missing list reads as unchecked.
    back.from_json(json::object(), 1);
    BOOST_TEST(back.to_json() == expected);
}

BOOST_AUTO_TEST_CASE(a_bad_body_is_refused_in_chinese) {
    PlatformApplicationModel m;
    BOOST_CHECK_EXCEPTION(m.from_json("x", 1), std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == text::roster_bad_body; });
    json body = read_fixture("platform_application-v1.json");
    body["qualifications"][0] = "是";
    BOOST_CHECK_THROW(m.from_json(body, 1), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(attachment_2_is_one_list) {
    BOOST_TEST(platform_qualifications().size() == 5u);
    BOOST_TEST(platform_supervision().size() == 8u);
    int must = 0, with_options = 0, biometric = 0;
    for (const PlatformItem& i : platform_supervision()) {
        must += i.required ? 1 : 0;
        with_options += i.options_key ? 1 : 0;
        for (const PlatformOption& o : i.options) biometric += o.biometric ? 1 : 0;
    }
    BOOST_TEST(must == 4);
    BOOST_TEST(with_options == 4);
    BOOST_TEST(biometric == 3);
    BOOST_TEST(std::string(platform_integration().clause) == "四(一)3");
    BOOST_TEST(platform_network_heading(policy_versions().back()) ==
               "二、平台及网络资源环境要求：同时在线学习人数不低于 1000 人（附件2 二）");
}

BOOST_AUTO_TEST_CASE(a_complete_form_has_no_issue) {
    const Validation v = validated(complete());
    BOOST_TEST(v.issues.size() == 0u);
}

BOOST_AUTO_TEST_CASE(an_empty_form_names_every_required_field_and_item) {
    PlatformApplicationModel m;
    const Validation v = validated(m);
    check_issue(v, "company_name", "/company_name", "必填");
    check_issue(v, "address", "/address", "必填");
    BOOST_TEST(v.find("credit_code") == nullptr, "the credit code is optional");
    check_issue(v, "platform_name", "/platform_name", "必填");
    check_issue(v, "platform_url", "/platform_url", "必填");
    check_issue(v, "summary", "/summary", "必填");
    check_issue(v, "contact", "/contact", "必填");
    check_issue(v, "phone", "/phone", "必填");
    check_issue(v, "qualification.1", "/qualifications/0", "未满足（四(一)1）");
    check_issue(v, "qualification.2", "/qualifications/1", "未满足（四(一)1）");
    check_issue(v, "qualification.3", "/qualifications/2", "附件2列出的资质，通知正文未作硬性要求：请准备证明材料", true);
    check_issue(v, "qualification.4", "/qualifications/3", "附件2列出的资质，通知正文未作硬性要求：请准备证明材料", true);
    check_issue(v, "qualification.5", "/qualifications/4", "未满足（四(一)1）");
    BOOST_TEST(issue_at(v, "qualification.5").label == "一、资质条件第5项");
    check_issue(v, "concurrent_learners", "/concurrent_learners", "同时在线学习人数 0 低于 1000 人（附件2 二），差 1000 人");
    BOOST_TEST(issue_at(v, "concurrent_learners").label == "同时在线学习人数（附件2 二）");
    check_issue(v, "integration", "/integration", "未满足（四(一)3）");
    BOOST_TEST(issue_at(v, "integration").label == "三、在线平台技术要求");
    check_issue(v, "supervision.1", "/supervision/0", "必达指标未满足：平台不具备此项不能申请");
    check_issue(v, "supervision.2", "/supervision/1", "必达指标未满足：平台不具备此项不能申请");
    check_issue(v, "supervision.3", "/supervision_options/sign_in", "未选择任何方式", true);
    check_issue(v, "supervision.4", "/supervision_options/spot_check", "未选择任何方式", true);
    check_issue(v, "supervision.5", "/supervision/2", "必达指标未满足：平台不具备此项不能申请");
    check_issue(v, "supervision.6", "/supervision/3", "必达指标未满足：平台不具备此项不能申请");
    check_issue(v, "supervision.7", "/supervision_options/course_supervision", "未选择任何方式", true);
    check_issue(v, "supervision.8", "/supervision_options/statistics", "未选择任何方式", true);
    BOOST_TEST(issue_at(v, "supervision.6").label == "四、监管要求（满足请打勾“√”）第6项");
    BOOST_TEST(v.error_count() == 16);
    // The biometrics warning shares supervision.3 with its "no option" warning.
    int biometrics = 0;
    for (const FieldIssue& i : v.issues)
        if (i.message == text::pa_biometrics_few) {
            biometrics++;
            BOOST_TEST(i.field == "supervision.3");
            BOOST_TEST(i.path == "/supervision_options/sign_in");
            BOOST_TEST(i.warning);
        }
    BOOST_TEST(biometrics == 1);
}

BOOST_AUTO_TEST_CASE(the_concurrency_minimum_comes_from_the_policy_data) {
    PlatformApplicationModel m = complete();
    const Num& min = policy_for(parse_date(kToday, "/today"), "/today").platform_min_concurrent_learners;
    m.concurrent_learners = min.value - 1;
    check_issue(validated(m), "concurrent_learners", "/concurrent_learners",
          "同时在线学习人数 999 低于 1000 人（" + min.clause + "），差 1 人");
    m.concurrent_learners = min.value;
    BOOST_TEST(validated(m).find("concurrent_learners") == nullptr);
}

BOOST_AUTO_TEST_CASE(an_item_of_4_with_options_is_met_by_any_option) {
    PlatformApplicationModel m = complete();
    m.options[3].fill(false);  // 随机抽检
    BOOST_TEST(!m.supervision_met(3));
    check_issue(validated(m), "supervision.4", "/supervision_options/spot_check", "未选择任何方式", true);
    m.options[3][1] = true;
    BOOST_TEST(m.supervision_met(3));
    BOOST_TEST(validated(m).find("supervision.4") == nullptr);
    m.supervision[3] = false;  // not an item without options: ignored
    BOOST_TEST(m.supervision_met(3));
}

BOOST_AUTO_TEST_CASE(fewer_than_two_biometric_options_is_a_warning) {
    PlatformApplicationModel m = complete();
    m.options[2].fill(false);
    m.options[2][0] = true;  // 系统签到 only
    m.options[6].fill(false);
    m.options[6][0] = true;  // 人脸验证比对: one biometric
    check_issue(validated(m), "supervision.3", "/supervision_options/sign_in", text::pa_biometrics_few, true);
    m.options[2][4] = true;  // 指纹签到: two
    BOOST_TEST(validated(m).issues.size() == 0u);
}

BOOST_AUTO_TEST_CASE(url_phone_and_credit_code_are_checked) {
    PlatformApplicationModel m = complete();
    const char* const bad_urls[] = {"zhixue.example.cn", "https://zhixue", "https://.example.cn", "https://zhi xue.cn",
                                    "ftp://zhixue.example.cn"};
    for (const char* url : bad_urls) {
        m.url = url;
        check_issue(validated(m), "platform_url", "/platform_url", "网址应以 http:// 或 https:// 开头，后接域名");
    }
    m.url = " http://zhixue.example.cn/apply?x=1 ";
    BOOST_TEST(validated(m).find("platform_url") == nullptr);
    const char* const bad_phones[] = {"0431-89", "431-89871357", "0431-8987135x", "1391234567"};
    for (const char* phone : bad_phones) {
        m.phone = phone;
        check_issue(validated(m), "phone", "/phone", "电话应为手机号或区号-号码（如 0431-89871357）");
    }
    for (const char* phone : {"0431-89871357", "13912345678", "010 12345678"}) {
        m.phone = phone;
        BOOST_TEST(validated(m).find("phone") == nullptr, phone);
    }
    m.credit_code = "91220101MA0000000X";
    const FieldIssue& i = issue_at(validated(m), "credit_code");
    BOOST_TEST(!i.warning);
    BOOST_TEST(i.path == "/credit_code");
}

BOOST_AUTO_TEST_CASE(the_print_view_has_both_attachments) {
    PlatformApplicationModel m = from_fixture();
    const std::string html = m.print_html(PrintContext{nullptr, nullptr, kToday});
    for (const char* s : {"<title>", "网络线上培训第三方监管平台申请表", "企业名称", "长春智学科技有限公司", "长春市朝阳区人民大街100号",
                          "91220102MA0000015Y", "智学职业技能在线", "平台网址及二维码", "https://zhixue.example.cn",
                          "二维码：打印后粘贴或由平台网址生成", "支持直播、录播、人脸识别签到和在线考试。<br>课程与考试全程留痕。",
                          "平台符合标准情况", "王老师　0431-89871357", "企业申请承诺", "1、我单位承诺", "企业负责人签字：", "单位公章：",
                          "人社部门意见", "id=\"bureau-opinion\"", "年　　月　　日", "第三方监管平台资质汇总表（附件2）",
                          "一、资质条件", "软件企业认定证书</td><td class=\"c\">☐", "具备良好社会信用</td><td class=\"c\">☑",
                          "二、平台及网络资源环境要求：同时在线学习人数不低于 1000 人（附件2 二）</th><td class=\"c\">1200",
                          "三、在线平台技术要求", "四、监管要求", "（必达指标）", "☑人脸识别签到", "☐录屏", "☑指纹签到",
                          "☐人工随机抽检", "☑考试数据分析"})
        BOOST_TEST(html.find(s) != std::string::npos, "print view has " << s);
    m.credit_code = "";
    BOOST_TEST(m.print_html(PrintContext{}).find("统一社会信用代码") == std::string::npos, "no credit code row when empty");
}

BOOST_AUTO_TEST_SUITE_END()
