// The pieces every form model uses: text helpers, Validation, the status
// table, and the per-scheme inputs and business read from the policy file.
#include <boost/test/unit_test.hpp>

#include "engine/forms/fields.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/policy.h"
#include "engine/routing.h"

using namespace skillaid;

BOOST_AUTO_TEST_SUITE(form_text)

BOOST_AUTO_TEST_CASE(trims_spaces_tabs_and_line_ends) {
    BOOST_TEST(trimmed("  张三 \t\r\n") == "张三");
    BOOST_TEST(trimmed(" \t ") == "");
    BOOST_TEST(trimmed("") == "");
}

BOOST_AUTO_TEST_CASE(formats_without_a_fixed_buffer) {
    const std::string long_name(5000, 'x');
    const std::string s = format_text("第%d行：%s", 12, long_name.c_str());
    BOOST_TEST(s.size() == std::string("第12行：").size() + 5000);
    BOOST_TEST(s.substr(s.size() - 3) == "xxx");
}

BOOST_AUTO_TEST_CASE(escapes_html) {
    BOOST_TEST(html_escape("<a href=\"x\">&</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    BOOST_TEST(html_lines("一<\n二") == "一&lt;<br>二");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(form_validation)

BOOST_AUTO_TEST_CASE(paths_default_to_the_field_key) {
    Validation v;
    v.error("roster.3.id", "第4行 身份证号", "校验位不正确");
    v.error("bank_account", "账号", "必填", "/bank/account");
    BOOST_TEST(v.issues[0].path == "/roster/3/id");
    BOOST_TEST(v.issues[1].path == "/bank/account");
    BOOST_TEST(path_of_field("a/b~c") == "/a~1b~0c");
}

BOOST_AUTO_TEST_CASE(errors_shadow_warnings_of_the_same_field) {
    Validation v;
    v.warning("credit_code", "统一社会信用代码", "校验位可疑");
    BOOST_TEST(v.find("credit_code")->warning);
    v.error("credit_code", "统一社会信用代码", "长度应为18位");
    BOOST_TEST(!v.find("credit_code")->warning);
    BOOST_TEST(v.error_count() == 1);
    BOOST_TEST(v.warning_count() == 1);
    v.clear();
    BOOST_TEST(v.find("credit_code") == nullptr);
    BOOST_TEST(v.error_count() == 0);
}

BOOST_AUTO_TEST_CASE(date_range_reports_each_field) {
    Validation v;
    Date from{}, to{};
    const std::string a = "2026-03-10", b = "2026-03-01", empty;
    BOOST_TEST(check_date_range(v, {"date_from", "开始", a}, {"date_to", "结束", b, "/dates/to"}, "结束早于开始",
                                from, to));
    BOOST_TEST(v.find("date_to")->message == "结束早于开始");
    BOOST_TEST(v.find("date_to")->path == "/dates/to");
    v.clear();
    BOOST_TEST(!check_date_range(v, {"date_from", "开始", empty}, {"date_to", "结束", std::string("2026-02-30")},
                                 "x", from, to));
    BOOST_TEST(v.find("date_from")->message == text::required_message);
    BOOST_TEST(v.find("date_to") != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(submission_status)

BOOST_AUTO_TEST_CASE(each_label_names_one_state) {
    std::vector<std::string> labels;
    for (const SubmissionStatus& s : submission_statuses()) {
        for (const std::string& l : labels) BOOST_TEST(l != s.label);
        labels.push_back(s.label);
    }
    BOOST_TEST(std::string(submission_status_label("received")) == "已接收");
    BOOST_TEST(std::string(submission_status_label("accepted")) == "已受理");
    BOOST_TEST(std::string(submission_status_label("nonsense")) == text::status_unknown);
}

BOOST_AUTO_TEST_CASE(moves_go_between_known_states) {
    for (const StatusMove& m : status_moves()) {
        BOOST_TEST(find_submission_status(m.from) != nullptr);
        BOOST_TEST(find_submission_status(m.to) != nullptr);
    }
    BOOST_TEST(std::string(find_status_move("pay", "publicized")->to) == "paid");
    BOOST_TEST(find_status_move("pay", "accepted") == nullptr);  // only after the public notice
    BOOST_TEST(find_status_move("delete", "received") == nullptr);
}

// The whole table of issue 15, row by row, and every move it refuses.
BOOST_AUTO_TEST_CASE(the_table_of_moves) {
    struct Row {
        const char *action, *from, *to;
        bool reason, date, voucher, claims;
    };
    const Row expected[] = {
        {"accept", "received", "accepted", false, false, false, false},
        {"return", "received", "returned", true, false, false, false},
        {"return", "accepted", "returned", true, false, false, false},
        {"return", "publicized", "returned", true, false, false, false},
        {"publicize", "accepted", "publicized", false, true, false, true},
        {"pay", "publicized", "paid", false, true, true, true},
    };
    BOOST_TEST(status_moves().size() == std::size(expected));
    int allowed = 0;
    for (const StatusAction& a : status_actions()) {
        for (const SubmissionStatus& from : submission_statuses()) {
            const StatusMove* m = find_status_move(a.id, from.id);
            const Row* row = nullptr;
            for (const Row& r : expected)
                if (std::string(r.action) == a.id && std::string(r.from) == from.id) row = &r;
            BOOST_TEST_CONTEXT(a.id << " from " << from.id) {
                BOOST_TEST((m != nullptr) == (row != nullptr));
                if (!m || !row) continue;
                allowed++;
                BOOST_TEST(std::string(m->to) == row->to);
                BOOST_TEST(m->needs_reason == row->reason);
                BOOST_TEST(m->needs_date == row->date);
                BOOST_TEST(m->needs_voucher == row->voucher);
                BOOST_TEST(m->claims_only == row->claims);
            }
        }
    }
    BOOST_TEST(allowed == 6);
    // Refused: nothing leaves paid or returned; no skipping the notice; no going back.
    for (const char* action : {"accept", "return", "publicize", "pay"}) {
        BOOST_TEST(find_status_move(action, "paid") == nullptr);
        BOOST_TEST(find_status_move(action, "returned") == nullptr);
    }
    BOOST_TEST(find_status_move("publicize", "received") == nullptr);
    BOOST_TEST(find_status_move("pay", "received") == nullptr);
    BOOST_TEST(find_status_move("accept", "accepted") == nullptr);
    BOOST_TEST(find_status_move("accept", "publicized") == nullptr);
    BOOST_TEST(find_status_move("publicize", "publicized") == nullptr);

    BOOST_TEST(std::string(submission_status_label("publicized")) == "公示中");
    BOOST_TEST(std::string(submission_status_label("paid")) == "已拨付");
    BOOST_TEST(std::string(status_action_label("accept")) == "受理");
    BOOST_TEST(std::string(status_action_label("return")) == "退回");
    BOOST_TEST(std::string(status_action_label("publicize")) == "开始公示");
    BOOST_TEST(std::string(status_action_label("pay")) == "记录拨付");
    BOOST_TEST(std::string(status_action_label("approve")) == "");
    BOOST_TEST(status_move_needs_claim("publicize"));
    BOOST_TEST(status_move_needs_claim("pay"));
    BOOST_TEST(!status_move_needs_claim("accept"));
    BOOST_TEST(!status_move_needs_claim("return"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(scheme_inputs)

BOOST_AUTO_TEST_CASE(inputs_match_what_the_engine_requires) {
    const PolicyVersion& p = policy_versions().back();
    BOOST_TEST((p.rules(Scheme::pre_job).inputs.occupation == Need::required));
    BOOST_TEST((p.rules(Scheme::pre_job).inputs.hours == Need::required));
    BOOST_TEST((p.rules(Scheme::skill_upgrade).inputs.level == Need::required));
    BOOST_TEST((p.rules(Scheme::entrepreneurship).inputs.occupation == Need::no));
    BOOST_TEST(p.rules(Scheme::living_allowance).inputs.per_trainee());
    BOOST_TEST(!p.rules(Scheme::pre_job).inputs.per_trainee());
    BOOST_TEST((p.rules(Scheme::competition).inputs.participants == Need::required));
}

BOOST_AUTO_TEST_CASE(every_business_is_a_routing_business) {
    const std::vector<std::string> businesses = routing_businesses();
    for (const PolicyVersion& p : policy_versions())
        for (const SchemeRules& r : p.schemes)
            BOOST_TEST((std::find(businesses.begin(), businesses.end(), r.business) != businesses.end()),
                       r.name << " -> " << r.business);
    BOOST_TEST(policy_versions().back().rules(Scheme::entrepreneurship).business == "difficulty_groups_training");
}

BOOST_AUTO_TEST_CASE(interpretations_quote_the_parameters) {
    const PolicyVersion& p = policy_versions().back();
    for (const std::string& line : p.interpretations) BOOST_TEST(line.find('{') == std::string::npos, line);
    BOOST_TEST(p.interpretations[0].find("低于70%不补贴") != std::string::npos);
    BOOST_TEST(p.interpretations[4].find("500元÷30天") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
