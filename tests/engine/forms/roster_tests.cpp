// RosterModel: the people list every form with people shares (engine/forms/roster.h).
#include <boost/test/unit_test.hpp>

#include "engine/forms/roster.h"
#include "engine/forms/texts.h"

using namespace skillaid;
using nlohmann::json;

namespace {

const Date kToday{2026, 12, 2};
const char* const kId1 = "11010519491231002X";
const char* const kId2 = "220102199003071235";
const char* const kId3 = "220183198506150043";

RosterPerson person(std::string name, std::string id, std::string mobile = "", std::string certificate = "",
                    double attendance = 100.0, bool certified = true) {
    RosterPerson p;
    p.name = std::move(name);
    p.id = std::move(id);
    p.mobile = std::move(mobile);
    p.certificate = std::move(certificate);
    p.attendance = attendance;
    p.certified = certified;
    return p;
}

RosterModel roster(unsigned columns) {
    RosterModel r;
    r.columns = columns;
    return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(roster_model)

BOOST_AUTO_TEST_CASE(pasted_rows_fill_the_default_columns) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    BOOST_TEST(r.accept_text("paste", std::string("张三\t") + kId1 + "\t13912345678\t95%\t是\r\n李四\t" + kId2 +
                                          "\t\t0.8\t否\n"));
    BOOST_REQUIRE(r.people.size() == 2u);
    BOOST_TEST(r.people[0].name == "张三");
    BOOST_TEST(r.people[0].mobile == "13912345678");
    BOOST_TEST(r.people[0].attendance == 95.0);
    BOOST_TEST(r.people[1].attendance == 80.0);
    BOOST_TEST(!r.people[1].certified);
    BOOST_TEST(r.last_import.summary == "粘贴 2 行，跳过 0 行");
}

BOOST_AUTO_TEST_CASE(a_header_row_names_columns_in_any_order) {
    RosterModel r = roster(roster_attendance | roster_certificate);
    const std::string csv = std::string("\xEF\xBB\xBF") + "证书编号,身份证号,姓名,出勤率\r\n" +
                            "\"C-01, 2026\"," + kId1 + ",\"王\"\"五\",90\r\n";
    BOOST_TEST(r.accept_text("roster_csv", csv));
    BOOST_REQUIRE(r.people.size() == 1u);
    BOOST_TEST(r.people[0].name == "王\"五");
    BOOST_TEST(r.people[0].id == kId1);
    BOOST_TEST(r.people[0].certificate == "C-01, 2026");
    BOOST_TEST(r.people[0].attendance == 90.0);
    BOOST_TEST(r.last_import.summary == "导入 1 行，跳过 0 行");
}

BOOST_AUTO_TEST_CASE(unusable_rows_are_skipped_with_their_line) {
    RosterModel r = roster(roster_attendance | roster_living);
    r.add_rows(std::string("\t\t\n赵六\t") + kId1 + "\t九成\n钱七\t" + kId2 + "\t100\t是\t贫困劳动力\t十\n孙八\t" + kId3 +
                   "\t100\t是\t贫困劳动力\t12\t否\n",
               '\t');
    BOOST_REQUIRE(r.people.size() == 1u);
    BOOST_TEST(r.people[0].name == "孙八");
    BOOST_TEST(r.people[0].days == 12);
    BOOST_TEST(r.people[0].group == 0);
    BOOST_REQUIRE(r.last_import.lines.size() == 2u);
    BOOST_TEST(r.last_import.lines[0] == "第2行：出勤率“九成”不是数字");
    BOOST_TEST(r.last_import.lines[1] == "第3行：天数“十”不是整数");
    BOOST_TEST(r.last_import.summary == "粘贴 1 行，跳过 2 行");
}

BOOST_AUTO_TEST_CASE(validation_names_each_row_and_column) {
    RosterModel r = roster(roster_mobile | roster_attendance | roster_certificate);
    BOOST_TEST(r.people.empty());
    Validation empty;
    r.validate(empty, kToday);
    BOOST_TEST(empty.find("roster")->message == text::roster_empty);

    r.people = {person("张三", kId1, "13912345678", "C1"), person("", "220102199003071234", "12", ""), person("王五", "11010519491231002x", "", "")};
    r.people[1].attendance = 120;
    Validation v;
    r.validate(v, kToday);
    BOOST_TEST(v.find("roster.0.id") == nullptr);
    BOOST_TEST(v.find("roster.1.name")->message == text::required_message);
    BOOST_TEST(v.find("roster.1.name")->label == "第2行 姓名");
    BOOST_TEST(v.find("roster.1.name")->path == "/roster/1/name");
    BOOST_TEST(v.find("roster.1.id") != nullptr);  // bad check digit
    BOOST_TEST(v.find("roster.1.mobile") != nullptr);
    BOOST_TEST(v.find("roster.1.attendance")->message == text::roster_attendance_range);
    BOOST_TEST(v.find("roster.1.certificate")->message == text::ro_certificate_missing);
    BOOST_TEST(v.find("roster.2.id")->message == "与第1行身份证号重复");  // lowercase x is the same person
}

BOOST_AUTO_TEST_CASE(living_allowance_rows_need_group_and_days) {
    RosterModel r = roster(roster_living);
    r.people = {person("张三", kId1)};
    Validation v;
    r.validate(v, kToday, "people");
    BOOST_TEST(v.find("people.0.group")->path == "/people/0/group");
    BOOST_TEST(v.find("people.0.days")->message == text::ro_days_missing);
}

BOOST_AUTO_TEST_CASE(json_round_trip_and_old_rows) {
    RosterModel r = roster(roster_living);
    r.people = {person("张三", kId1, "139", "C1", 85.5, false)};
    r.people[0].group = 2;
    r.people[0].days = 14;
    r.people[0].unemployment_insurance = true;
    const json j = r.to_json();
    RosterModel back = roster(roster_living);
    back.from_json(j);
    BOOST_TEST(back.to_json() == j);
    // A row written before the living-allowance columns existed.
    back.from_json(json::parse(R"([{"name":"李四","id":"x","mobile":"","attendance":70,"certified":true}])"));
    BOOST_TEST(back.people[0].group == -1);
    BOOST_TEST(back.people[0].days == 0);
    BOOST_TEST(back.people[0].attendance == 70.0);
    BOOST_CHECK_THROW(back.from_json(json::object()), json::exception);
}

BOOST_AUTO_TEST_CASE(csv_export_reads_back) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.people = {person("张,三", kId1, "13912345678", "", 95, true), person("李\"四", kId2, "", "", 70, false)};
    const std::string csv = r.csv();
    BOOST_TEST(csv.substr(0, csv.find("\r\n")) == "姓名,身份证号,手机,出勤率%,取得证书");
    RosterModel back = roster(roster_mobile | roster_attendance);
    back.accept_text("roster_csv", csv);
    BOOST_REQUIRE(back.people.size() == 2u);
    BOOST_TEST(back.people[0].name == "张,三");
    BOOST_TEST(back.people[1].name == "李\"四");
    BOOST_TEST(!back.people[1].certified);
    BOOST_TEST(back.to_json() == r.to_json());
}

BOOST_AUTO_TEST_CASE(search_and_sort) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.people = {person("乙", kId2, "139", "", 80), person("甲", kId1, "138", "", 95), person("丙", kId3, "137", "", 70)};
    BOOST_TEST((r.view("", RosterSort::none, false) == std::vector<int>{0, 1, 2}));
    BOOST_TEST((r.view("138", RosterSort::none, false) == std::vector<int>{1}));
    BOOST_TEST((r.view("", RosterSort::attendance, false) == std::vector<int>{2, 0, 1}));
    BOOST_TEST((r.view("", RosterSort::attendance, true) == std::vector<int>{1, 0, 2}));
}

BOOST_AUTO_TEST_CASE(scenario_trainees_follow_the_columns) {
    RosterModel r = roster(roster_attendance);
    r.people = {person("张三", " 11010519491231002X ", "", "", 85, false), person("无证号", "")};
    const json t = r.scenario_trainees();
    BOOST_TEST(t[0]["id"] == kId1);
    BOOST_TEST(t[0]["attendance"] == 0.85);
    BOOST_TEST(t[0]["certified"] == false);
    BOOST_TEST(t[1]["id"] == "无证号");
    r.columns = roster_living;
    r.people[0].group = 1;
    r.people[0].days = 5;
    const json l = r.scenario_trainees();
    BOOST_TEST(l[0]["group"] == "employment_difficulty");
    BOOST_TEST(l[0]["days"] == 5);
    BOOST_TEST(!l[0].contains("attendance"));
}

BOOST_AUTO_TEST_CASE(print_table_has_the_shown_columns) {
    RosterModel r = roster(roster_mobile);
    r.people = {person("<张三>", kId1, "13912345678")};
    const std::string h = r.html_table(nullptr);
    BOOST_TEST(h.find("&lt;张三&gt;") != std::string::npos);
    BOOST_TEST(h.find(text::roster_col_mobile) != std::string::npos);
    BOOST_TEST(h.find(text::roster_col_attendance) == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
