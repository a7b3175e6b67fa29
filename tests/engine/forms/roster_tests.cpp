// RosterModel: the people list every form with people shares (engine/forms/roster.h).
#include <boost/test/unit_test.hpp>

#include "engine/forms/roster.h"
#include "engine/forms/texts.h"
#include "engine/scenario.h"

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

// Issue 16: the roster takes no more people than an estimate may list (kMaxTrainees).
BOOST_AUTO_TEST_CASE(rows_beyond_the_engines_limit_are_skipped) {
    RosterModel r = roster(0);
    std::string text;
    for (long long i = 0; i <= kMaxTrainees; i++) text += "学员" + std::to_string(i) + "\t" + kId1 + "\n";
    r.add_rows(text, '\t');
    BOOST_TEST(r.people.size() == static_cast<size_t>(kMaxTrainees));
    BOOST_REQUIRE(r.last_import.lines.size() == 1u);
    BOOST_TEST(r.last_import.lines[0].find(std::to_string(kMaxTrainees)) != std::string::npos, r.last_import.lines[0]);
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

BOOST_AUTO_TEST_CASE(json_rows_write_every_key_or_the_columns_keys) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.people = {person("张三", kId1, "13912345678", "C1", 95, false)};
    const json all = r.to_json();  // what claim and class_opening store
    BOOST_TEST(all[0].size() == 9u);
    for (const char* key : {"name", "id", "mobile", "attendance", "certified", "certificate", "group", "days",
                            "unemployment_insurance"})
        BOOST_TEST(all[0].contains(key));
    BOOST_TEST(r.to_json(r.columns)[0] ==
               json({{"name", "张三"}, {"id", kId1}, {"mobile", "13912345678"}, {"attendance", 95.0}, {"certified", false}}));
    BOOST_TEST(r.to_json(roster_living)[0] ==
               json({{"name", "张三"}, {"id", kId1}, {"group", ""}, {"days", 0}, {"unemployment_insurance", false}}));
    BOOST_TEST(r.to_json(roster_certificate)[0] == json({{"name", "张三"}, {"id", kId1}, {"certificate", "C1"}}));
    RosterModel back = roster(roster_mobile | roster_attendance);
    back.from_json(r.to_json(r.columns));
    BOOST_TEST(back.to_json(back.columns) == r.to_json(r.columns));
}

BOOST_AUTO_TEST_CASE(headers_name_the_shown_columns) {
    BOOST_TEST((roster(roster_mobile | roster_attendance).headers() ==
                std::vector<std::string>{"姓名", "身份证号", "手机", "出勤率%", "取得证书"}));
    BOOST_TEST((roster(roster_living).headers() == std::vector<std::string>{"姓名", "身份证号", "人员类别", "天数", "领失业金"}));
}

BOOST_AUTO_TEST_CASE(attendance_and_certificate_cells) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    const std::string rows[][2] = {{"95", "是"}, {"95%", "否"}, {"0.95", "Y"}, {"100", "N"}, {"0", "1"}, {"1.0", "0"},
                                   {"", ""}};
    std::string text;
    for (const auto& row : rows) text += std::string("某人\t") + kId1 + "\t\t" + row[0] + "\t" + row[1] + "\n";
    r.add_rows(text, '\t');
    BOOST_REQUIRE(r.people.size() == 7u);
    const double attendance[] = {95, 95, 95, 100, 0, 100, 100};
    const bool certified[] = {true, false, true, false, true, false, true};
    for (size_t i = 0; i < 7; i++) {
        BOOST_TEST(r.people[i].attendance == attendance[i], "row " << i);
        BOOST_TEST(r.people[i].certified == certified[i], "row " << i);
    }
}

BOOST_AUTO_TEST_CASE(a_header_row_is_recognised_or_not) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.add_rows(std::string("手机,出勤率%,姓名,取得证书,身份证号\n13912345678,80,张三,否,") + kId1 + "\n", ',');
    BOOST_REQUIRE(r.people.size() == 1u);
    BOOST_TEST(r.people[0].name == "张三");
    BOOST_TEST(r.people[0].mobile == "13912345678");
    BOOST_TEST(r.people[0].attendance == 80.0);
    BOOST_TEST(!r.people[0].certified);
    RosterModel plain = roster(roster_mobile | roster_attendance);
    plain.add_rows(std::string("张三,") + kId1 + ",13912345678,80,否\n", ',');  // no header: the first row is a person
    BOOST_REQUIRE(plain.people.size() == 1u);
    BOOST_TEST(plain.people[0].mobile == "13912345678");
}

BOOST_AUTO_TEST_CASE(skipped_rows_are_reported_with_their_line) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.add_rows(std::string("姓名,身份证号,手机,出勤率,取得证书\n,,13900000000,90,是\n\n错行,") + kId2 + ",,abc,是\n张三," + kId1 +
                   ",,90,是\n",
               ',');
    BOOST_TEST(r.people.size() == 1u);
    BOOST_REQUIRE(r.last_import.lines.size() == 2u);
    BOOST_TEST(r.last_import.lines[0] == "第2行：姓名和身份证号都为空");  // line numbers count the header
    BOOST_TEST(r.last_import.lines[1] == "第4行：出勤率“abc”不是数字");
    BOOST_TEST(r.last_import.summary == "导入 1 行，跳过 2 行");
    BOOST_TEST(r.last_import.added == 1);
    BOOST_TEST(r.last_import.skipped == 2);
}

BOOST_AUTO_TEST_CASE(sort_by_each_column_and_search_then_sort) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    r.people = {person("b", kId2, "139", "", 80, true), person("a", kId3, "137", "", 95, false),
                person("c", kId1, "138", "", 70, true)};
    BOOST_TEST((r.view("", RosterSort::name, false) == std::vector<int>{1, 0, 2}));
    BOOST_TEST((r.view("", RosterSort::name, true) == std::vector<int>{2, 0, 1}));
    BOOST_TEST((r.view("", RosterSort::id, false) == std::vector<int>{2, 0, 1}));
    BOOST_TEST((r.view("", RosterSort::mobile, false) == std::vector<int>{1, 2, 0}));
    BOOST_TEST((r.view("", RosterSort::certified, false) == std::vector<int>{1, 0, 2}));  // stable among equals
    BOOST_TEST((r.view("13", RosterSort::attendance, true) == std::vector<int>{1, 0, 2}));
    BOOST_TEST((r.view("a", RosterSort::name, false) == std::vector<int>{1}));
}

BOOST_AUTO_TEST_CASE(csv_export_and_import_keep_a_thousand_rows) {
    RosterModel r = roster(roster_mobile | roster_attendance);
    for (int i = 0; i < 1000; i++) r.people.push_back(person("人" + std::to_string(i), kId1, "139", "", 90 + i % 11, i % 2));
    RosterModel back = roster(roster_mobile | roster_attendance);
    back.accept_text("roster_csv", "\xEF\xBB\xBF" + r.csv());
    BOOST_TEST(back.last_import.summary == "导入 1000 行，跳过 0 行");
    BOOST_TEST(back.to_json(back.columns) == r.to_json(r.columns));
}

// ---- The conditions' columns (issue 14): 签订日期, 合同期限, 申领地, 长春地区户籍 ----

BOOST_AUTO_TEST_CASE(headers_add_the_columns_of_the_conditions) {
    const RosterModel r = roster(roster_attendance | roster_certificate);
    BOOST_TEST((r.headers(cond_contract | cond_claim_place | cond_history) ==
                std::vector<std::string>{"姓名", "身份证号", "出勤率%", "取得证书", "证书编号", "劳动合同/派遣协议签订日期",
                                         "合同期限（月）", "申领地", "长春地区户籍"}));
    BOOST_TEST((r.headers(cond_claim_place) ==
                std::vector<std::string>{"姓名", "身份证号", "出勤率%", "取得证书", "证书编号", "申领地", "长春地区户籍"}));
    BOOST_TEST(r.headers(cond_current_occupation | cond_target_group | cond_history) == r.headers());
}

BOOST_AUTO_TEST_CASE(csv_export_with_the_conditions_reads_back) {
    const unsigned conditions = cond_contract | cond_claim_place | cond_history;
    RosterModel r = roster(roster_attendance | roster_certificate);
    r.people = {person("张三", kId1, "", "C-1", 95), person("李四", kId2, "", "C-2", 80, false), person("王五", kId3)};
    r.people[0].contract_signed = "2026-01-05";
    r.people[0].contract_months = 36;
    r.people[0].claim_place = 3;
    r.people[0].changchun_hukou = 1;
    r.people[1].contract_signed = "2025-11-30";
    r.people[1].contract_open_ended = true;
    r.people[1].claim_place = 0;
    r.people[1].changchun_hukou = 0;  // 王五: nothing given
    const std::string csv = r.csv(conditions);
    BOOST_TEST(csv.substr(0, csv.find("\r\n")) ==
               "姓名,身份证号,出勤率%,取得证书,证书编号,劳动合同/派遣协议签订日期,合同期限（月）,申领地,长春地区户籍");
    BOOST_TEST(csv.find("张三," + std::string(kId1) + ",95,是,C-1,2026-01-05,36,求职就业地,是\r\n") != std::string::npos, csv);
    BOOST_TEST(csv.find("李四," + std::string(kId2) + ",80,否,C-2,2025-11-30,无固定期限,户籍地,否\r\n") != std::string::npos, csv);
    RosterModel back = roster(r.columns);
    back.accept_text("roster_csv", csv, conditions);
    BOOST_TEST(back.last_import.summary == "导入 3 行，跳过 0 行");
    BOOST_TEST(back.last_import.lines.empty());
    BOOST_TEST(back.to_json() == r.to_json());
    BOOST_TEST(back.csv(conditions) == csv);
    // Without the conditions the export is the older one, and reads back the same way.
    BOOST_TEST(r.csv().substr(0, r.csv().find("\r\n")) == "姓名,身份证号,出勤率%,取得证书,证书编号");
}

BOOST_AUTO_TEST_CASE(rows_without_a_header_take_the_conditions_after_the_columns) {
    RosterModel r = roster(roster_attendance | roster_certificate);
    r.add_rows(std::string("张三\t") + kId1 + "\t95\t是\tC-1\t2026-01-05\t无固定期限\t户籍地\t是\n" +  // values with the words 期限, 户籍
                   "李四\t" + kId2 + "\t80\t是\tC-2\n",  // the conditions' cells left out
               '\t', cond_contract | cond_claim_place);
    BOOST_REQUIRE(r.people.size() == 2u);  // the first row is a person, not a header
    BOOST_TEST(r.people[0].name == "张三");
    BOOST_TEST(r.people[0].contract_signed == "2026-01-05");
    BOOST_TEST(r.people[0].contract_open_ended);
    BOOST_TEST(r.people[0].claim_place == 0);
    BOOST_TEST(r.people[0].changchun_hukou == 1);
    BOOST_TEST(r.people[1].contract_signed == "");
    BOOST_TEST(r.people[1].contract_months == -1);
    BOOST_TEST(r.people[1].claim_place == -1);
    BOOST_TEST(r.people[1].changchun_hukou == -1);
    BOOST_TEST(r.last_import.lines.empty());
}

BOOST_AUTO_TEST_CASE(condition_cells_in_the_forms_a_sheet_writes) {
    struct Row {
        const char *signed_on, *term, *place, *hukou;
        const char* day;
        long long months;
        bool open_ended;
        int place_index, hukou_value;
    };
    const Row rows[] = {
        {"2026-03-02", "36", "户籍地", "是", "2026-03-02", 36, false, 0, 1},
        {"2026/3/2", "36个月", "常住地", "否", "2026-03-02", 36, false, 1, 0},
        {"2026.3.2", "24月", "培训地", "Y", "2026-03-02", 24, false, 2, 1},
        {"2026年3月2日", "3年", "求职就业地", "n", "2026-03-02", 36, false, 3, 0},
        {"2026-3-2", "无固定期限", "户籍地", "1", "2026-03-02", -1, true, 0, 1},
        {"2026/03/02", "无固定", "户籍地", "0", "2026-03-02", -1, true, 0, 0},
        {" 2026-03-02 ", "长期", "户籍地", "TRUE", "2026-03-02", -1, true, 0, 1},
        {"2026/2/29", "0", "户籍地", "false", "2026/2/29", 0, false, 0, 0},  // no such day: kept as typed
        {"", "", "", "", "", -1, false, -1, -1},                            // not given
    };
    std::string text = "姓名,身份证号,合同签订日期,合同期限,申领地,长春地区户籍\n";
    for (const Row& row : rows)
        text += std::string("某人,") + kId1 + "," + row.signed_on + "," + row.term + "," + row.place + "," + row.hukou + "\n";
    RosterModel r = roster(0);
    r.add_rows(text, ',', cond_contract | cond_claim_place);
    BOOST_REQUIRE(r.people.size() == std::size(rows));
    BOOST_TEST(r.last_import.lines.empty());
    for (size_t i = 0; i < std::size(rows); i++) {
        const RosterPerson& p = r.people[i];
        BOOST_TEST(p.contract_signed == rows[i].day, "row " << i);
        BOOST_TEST(p.contract_months == rows[i].months, "row " << i);
        BOOST_TEST(p.contract_open_ended == rows[i].open_ended, "row " << i);
        BOOST_TEST(p.claim_place == rows[i].place_index, "row " << i);
        BOOST_TEST(p.changchun_hukou == rows[i].hukou_value, "row " << i);
    }
}

BOOST_AUTO_TEST_CASE(older_column_words_keep_their_columns_beside_the_conditions) {
    // 证书有效期限 names 证书 (取得证书), not 期限; 证书编号 is still the number.
    RosterModel r = roster(roster_attendance | roster_certificate);
    r.add_rows(std::string("姓名,身份证号,证书有效期限,证书编号,合同期限（月）\n张三,") + kId1 + ",否,C-1,12\n", ',', cond_contract);
    BOOST_REQUIRE(r.people.size() == 1u);
    BOOST_TEST(!r.people[0].certified);
    BOOST_TEST(r.people[0].certificate == "C-1");
    BOOST_TEST(r.people[0].contract_months == 12);
}

// A form that asks no conditions (开班申请) reads such a sheet as before: the
// people come in, the conditions' columns are ignored and nothing of them is stored.
BOOST_AUTO_TEST_CASE(a_sheet_with_the_conditions_into_a_form_without_them) {
    RosterModel r = roster(roster_mobile);
    r.accept_text("roster_csv", std::string("姓名,身份证号,手机,签订日期,合同期限（月）,申领地,长春地区户籍\n张三,") + kId1 +
                                    ",13912345678,2026-01-05,36,户籍地,是\n李四," + kId2 + ",,2026-02-30,三年,老家,不详\n");
    BOOST_REQUIRE(r.people.size() == 2u);
    BOOST_TEST(r.people[0].mobile == "13912345678");
    BOOST_TEST(r.last_import.summary == "导入 2 行，跳过 0 行");
    BOOST_TEST(r.last_import.lines.empty());
    for (const json& row : r.to_json())
        for (const char* key : {"contract_signed", "contract_months", "contract_open_ended", "claim_place", "changchun_hukou"})
            BOOST_TEST(!row.contains(key), key);
    Validation v;
    r.validate(v, kToday);
    BOOST_TEST(v.error_count() == 0);
}

BOOST_AUTO_TEST_CASE(yes_and_no_cells_in_any_case) {
    RosterModel r = roster(roster_attendance);
    std::string text;
    for (const std::string c : {"FALSE", "No", "否", "无", "TRUE", "yes", "是", "其他"}) text += "某人\t" + (kId1 + ("\t100\t" + c)) + "\n";
    r.add_rows(text, '\t');
    BOOST_REQUIRE(r.people.size() == 8u);
    const bool certified[] = {false, false, false, false, true, true, true, true};  // an unknown word: yes, as before
    for (size_t i = 0; i < 8; i++) BOOST_TEST(r.people[i].certified == certified[i], "row " << i);
}

BOOST_AUTO_TEST_SUITE_END()
