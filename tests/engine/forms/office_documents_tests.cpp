// The office documents of issue 15 (engine/forms/office_documents.{h,cpp}):
// masking by UTF-8 character, the public-notice list of a real claim (the
// example of docs/examples/claim.json with the engine's own estimate), CSV
// quoting and the formula guard, the year's summary and the queue export.
#include <boost/test/unit_test.hpp>

#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/estimate.h"
#include "engine/forms/office_documents.h"
#include "engine/forms/status.h"
#include "engine/forms/texts.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

bool has(const std::string& h, const std::string& s) { return h.find(s) != std::string::npos; }

// The lines of a CSV text; fails when a line ends without CR or the text starts with a BOM.
std::vector<std::string> csv_lines(const std::string& csv) {
    BOOST_TEST(csv.rfind("\xEF\xBB\xBF", 0) != 0, "no BOM");
    BOOST_TEST((csv.size() >= 2 && csv.substr(csv.size() - 2) == "\r\n"), "ends with CRLF");
    std::vector<std::string> lines;
    size_t from = 0;
    for (size_t nl = csv.find('\n'); nl != std::string::npos; nl = csv.find('\n', from)) {
        BOOST_TEST((nl > from && csv[nl - 1] == '\r'), "CRLF at " << nl);
        lines.push_back(csv.substr(from, nl - 1 - from));
        from = nl + 1;
    }
    return lines;
}

// docs/examples/claim.json as the server stores it: the detail of GET
// /api/v1/submissions/{id} with the engine's estimate of its scenario.
json claim_detail() {
    const json example = test::read_fixture("../../../../docs/examples/claim.json");
    const json estimate = estimate_json(example["scenario"], parse_date("2026-04-20", "/today"));
    return {{"id", "0f8fad5b-d9cb-469f-a165-70867728950e"},
            {"receipt", "CC-20260420-000001"},
            {"kind", "claim"},
            {"business", example["business"]},
            {"status", "accepted"},
            {"organisation", {{"uscc", example["organisation"]["uscc"]}, {"name", example["organisation"]["name"]}}},
            {"office", "绿园区"},
            {"total_fen", estimate["total_fen"]},
            {"submitted",
             {{"organisation", example["organisation"]},
              {"scenario", example["scenario"]},
              {"client_estimate", example["client_estimate"]},
              {"form", example["form"]}}},
            {"server_estimate", estimate}};
}

// A report of GET /api/v1/reports/summary for the city: two offices, three rows.
json totals(long long count, long long received, long long paid, long long claimed_fen, long long paid_fen,
            long long overdue_count, long long overdue_fen) {
    return {{"count", count},
            {"counts", {{"received", received}, {"accepted", count - received - paid}, {"returned", 0}, {"publicized", 0}, {"paid", paid}}},
            {"claimed_fen", claimed_fen},
            {"accepted_fen", claimed_fen},
            {"paid_fen", paid_fen},
            {"overdue_count", overdue_count},
            {"overdue_fen", overdue_fen}};
}

json city_report() {
    json row_city = totals(2, 1, 1, 300000, 100000, 0, 0);
    row_city["office"] = "市人社局";
    row_city["business"] = "enterprise_training";
    row_city["business_label"] = "企业职工培训";
    json row_chaoyang_a = totals(3, 0, 2, 180050, 120000, 1, 60000);
    row_chaoyang_a["office"] = "朝阳区";
    row_chaoyang_a["business"] = "enterprise_training";
    row_chaoyang_a["business_label"] = "企业职工培训";
    json row_chaoyang_b = totals(1, 1, 0, 50000, 0, 0, 0);
    row_chaoyang_b["office"] = "朝阳区";
    row_chaoyang_b["business"] = "apprenticeship";
    row_chaoyang_b["business_label"] = "新型学徒制培训";
    json city = totals(2, 1, 1, 300000, 100000, 0, 0);
    city["office"] = "市人社局";
    json chaoyang = totals(4, 1, 2, 230050, 120000, 1, 60000);
    chaoyang["office"] = "朝阳区";
    return {{"year", 2026},
            {"office", ""},
            {"generated_at", "2026-12-07T01:00:00Z"},
            {"rows", {row_city, row_chaoyang_a, row_chaoyang_b}},
            {"offices", {city, chaoyang}},
            {"total", totals(6, 2, 3, 530050, 220000, 1, 60000)}};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(office_documents)

BOOST_AUTO_TEST_CASE(mask_name_keeps_first_and_last_character) {
    BOOST_TEST(mask_name("李") == "李");
    BOOST_TEST(mask_name("张三") == "张*");
    BOOST_TEST(mask_name("张三丰") == "张*丰");
    BOOST_TEST(mask_name("欧阳小明") == "欧**明");
    BOOST_TEST(mask_name(" 张三丰 ") == "张*丰");
    BOOST_TEST(mask_name("") == "");
    // Characters, not bytes: 𠮷 (U+20BB7) is 4 bytes, ASCII 1 byte.
    BOOST_TEST(mask_name("\xF0\xA0\xAE\xB7田") == "\xF0\xA0\xAE\xB7*");
    BOOST_TEST(mask_name("王\xF0\xA0\xAE\xB7明") == "王*明");
    BOOST_TEST(mask_name("陈\xF0\xA0\xAE\xB7") == "陈*");
    BOOST_TEST(mask_name("Li Ming") == "L*****g");
    BOOST_TEST(mask_name("买买提·艾力") == "买****力");
}

BOOST_AUTO_TEST_CASE(mask_resident_id_keeps_region_and_last_four) {
    BOOST_TEST(mask_resident_id("220104198503011018") == "220104********1018");
    BOOST_TEST(mask_resident_id("22010419850301101X") == "220104********101X");
    BOOST_TEST(mask_resident_id("220104850301101") == "220104*****1101");  // 15 digits (old ID)
    BOOST_TEST(mask_resident_id("12345678") == "******78");
    BOOST_TEST(mask_resident_id("123") == "*23");
    BOOST_TEST(mask_resident_id("12") == "**");
    BOOST_TEST(mask_resident_id("") == "");
}

BOOST_AUTO_TEST_CASE(publicity_rows_of_the_example_claim) {
    const json detail = claim_detail();
    const json& trainees = detail["server_estimate"]["trainees"];
    const json& roster = detail["submitted"]["form"]["roster"];
    size_t paid = 0, unpaid = 0;
    for (const json& t : trainees) (t["amount_fen"].get<long long>() > 0 ? paid : unpaid)++;
    BOOST_TEST_REQUIRE(paid > 0);
    BOOST_TEST_REQUIRE(unpaid > 0, "the example has a trainee the estimate pays nothing (attendance 60%)");

    const std::vector<PublicityRow> rows = publicity_rows(detail);
    BOOST_TEST_REQUIRE(rows.size() == paid);
    size_t r = 0;
    for (const json& t : trainees) {
        if (t["amount_fen"].get<long long>() <= 0) continue;
        const json& person = roster[t["index"].get<size_t>()];
        BOOST_TEST(rows[r].name_masked == mask_name(person["name"].get<std::string>()));
        BOOST_TEST(rows[r].id_masked == mask_resident_id(person["id"].get<std::string>()));
        BOOST_TEST(rows[r].amount_fen == t["amount_fen"].get<long long>());
        BOOST_TEST(rows[r].occupation == "计算机程序设计员");
        BOOST_TEST(rows[r].level == "");  // 岗前培训 has no level
        BOOST_TEST(rows[r].organisation == "长春一汽富维汽车零部件有限公司");
        r++;
    }
    BOOST_TEST(rows[0].name_masked == "张*");
    BOOST_TEST(rows[0].id_masked == "220104********1018");
}

BOOST_AUTO_TEST_CASE(publicity_rows_map_index_to_roster_row) {
    json detail = claim_detail();
    json& form = detail["submitted"]["form"];
    form["occupation_text"] = "";  // the catalog's name of form.occupation then
    form["level"] = "senior";
    detail["server_estimate"]["trainees"] = json::array({{{"index", 2}, {"amount_fen", 150000}, {"eligible", true}},
                                                         {{"index", 1}, {"amount_fen", 0}, {"eligible", false}},
                                                         {{"index", 7}, {"amount_fen", 100}, {"eligible", true}},  // no such row
                                                         {{"index", 0}, {"amount_fen", 99}, {"eligible", true}}});
    const std::vector<PublicityRow> rows = publicity_rows(detail);
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0].name_masked == "王*");
    BOOST_TEST(rows[0].id_masked == "220104********1035");
    BOOST_TEST(rows[0].amount_fen == 150000);
    BOOST_TEST(rows[1].name_masked == "张*");
    BOOST_TEST(rows[1].amount_fen == 99);
    BOOST_TEST(rows[0].occupation == find_occupation(13)->name);
    BOOST_TEST(rows[0].level == std::string(level_name(Level::senior)));

    form["approved_trade"] = "新能源汽车电池检修工";  // 二(三): the trade trained, not the comparable one
    BOOST_TEST(publicity_rows(detail)[0].occupation == "新能源汽车电池检修工");
    BOOST_TEST(publicity_rows(json::object()).empty());
}

BOOST_AUTO_TEST_CASE(csv_cell_quotes_and_guards_formulas) {
    BOOST_TEST(csv_cell("张三") == "张三");
    BOOST_TEST(csv_cell("") == "");
    BOOST_TEST(csv_cell("a,b") == "\"a,b\"");
    BOOST_TEST(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    BOOST_TEST(csv_cell("line\nnext") == "\"line\nnext\"");
    BOOST_TEST(csv_cell("line\r\nnext") == "\"line\r\nnext\"");
    BOOST_TEST(csv_cell("=SUM(A1:A2)") == "'=SUM(A1:A2)");
    BOOST_TEST(csv_cell("+86 431") == "'+86 431");
    BOOST_TEST(csv_cell("-1") == "'-1");
    BOOST_TEST(csv_cell("@cmd") == "'@cmd");
    BOOST_TEST(csv_cell("\tx") == "'\tx");
    BOOST_TEST(csv_cell("\rx") == "\"'\rx\"");
    BOOST_TEST(csv_cell("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    BOOST_TEST(csv_cell("a=b") == "a=b");  // only a leading sign is a formula
    BOOST_TEST(yuan_fixed(180000) == "1800.00");
    BOOST_TEST(yuan_fixed(1250) == "12.50");
    BOOST_TEST(yuan_fixed(5) == "0.05");
}

BOOST_AUTO_TEST_CASE(publicity_csv_and_html) {
    std::vector<PublicityRow> rows = publicity_rows(claim_detail());
    BOOST_TEST_REQUIRE(!rows.empty());
    rows.push_back({"=欧**明", "220104********1021", "焊工", "高级工", "长春\"精工\",有限公司", 123456});
    long long total = 0;
    for (const PublicityRow& r : rows) total += r.amount_fen;

    const std::vector<std::string> lines = csv_lines(publicity_csv(rows, "2026-09-28", "2026-10-09"));
    BOOST_TEST_REQUIRE(lines.size() == rows.size() + 4);
    BOOST_TEST(lines[0] == "职业技能提升补贴公示名单");
    BOOST_TEST(lines[1] == "公示期：2026-09-28 至 2026-10-09（5个工作日，二(一)）");
    BOOST_TEST(lines[2] == "序号,姓名,身份证号,职业（工种）,等级,补贴金额（元）,单位");
    BOOST_TEST(lines[3] == "1,张*,220104********1018,计算机程序设计员,," + yuan_fixed(rows[0].amount_fen) +
                               ",长春一汽富维汽车零部件有限公司");
    BOOST_TEST(lines[rows.size() + 2] == std::to_string(rows.size()) +
                                            ",'=欧**明,220104********1021,焊工,高级工,1234.56,\"长春\"\"精工\"\",有限公司\"");
    BOOST_TEST(lines.back() == "合计," + std::to_string(rows.size()) + "人,,,," + yuan_fixed(total) + ",");

    const std::string h = publicity_html(rows, "朝阳区", "2026-09-28", "2026-10-09");
    BOOST_TEST(h.rfind("<!doctype html>", 0) == 0);
    BOOST_TEST(has(h, "@page{size:A4 portrait"));
    BOOST_TEST(has(h, "<h1>职业技能提升补贴公示名单</h1>"));
    BOOST_TEST(has(h, "公示单位：朝阳区人社部门"));
    BOOST_TEST(has(h, "公示期：2026-09-28 至 2026-10-09（5个工作日，二(一)）"));
    BOOST_TEST(has(h, "<table class=\"list\" id=\"publicity\"><thead><tr><th>序号</th><th>姓名</th><th>身份证号</th>"));
    BOOST_TEST(has(h, "<td class=\"id\">220104********1018</td>"));
    BOOST_TEST(has(h, "<td class=\"num\">1234.56</td>"));
    BOOST_TEST(has(h, "长春&quot;精工&quot;,有限公司"));
    BOOST_TEST(has(h, "合计：" + std::to_string(rows.size()) + "人，补贴金额合计" + yuan_fixed(total) + "元"));
    BOOST_TEST(has(h, "公示期内如有异议，请向朝阳区人社部门反映。"));
    BOOST_TEST(!has(h, "220104198503011018"), "never the full ID");
    BOOST_TEST(!has(h, "\xEF\xBF\xBD"), "nothing cut");
    BOOST_TEST(has(h, "</body></html>"));
    // The city bureau is named as it is.
    BOOST_TEST(has(publicity_html(rows, "市人社局", "2026-09-28", "2026-10-09"), "请向市人社局反映。"));
}

BOOST_AUTO_TEST_CASE(summary_csv_has_each_office_and_the_totals) {
    const std::vector<std::string> lines = csv_lines(summary_csv(city_report()));
    BOOST_TEST_REQUIRE(lines.size() == 3u + 3u + 2u + 1u);  // title, scope, header; rows; office totals; total
    BOOST_TEST(lines[0] == "职业技能提升补贴汇总（2026年）");
    BOOST_TEST(lines[1] == "范围：全市　生成时间：2026-12-07 09:00　金额单位：元");
    std::string header = "部门,业务,件数";
    for (const SubmissionStatus& s : submission_statuses()) header += std::string(",") + s.label;
    BOOST_TEST(lines[2] == header + ",申领金额,受理金额,拨付金额,逾期件数,逾期金额");
    BOOST_TEST(has(lines[2], "已接收,已受理,已退回"));
    BOOST_TEST(lines[3].rfind("市人社局,企业职工培训,2,", 0) == 0);
    BOOST_TEST(lines[4].rfind("市人社局,合计,2,", 0) == 0);
    BOOST_TEST(lines[5].rfind("朝阳区,企业职工培训,3,", 0) == 0);
    BOOST_TEST(lines[5].ends_with(",1800.50,1800.50,1200.00,1,600.00"));
    BOOST_TEST(lines[6].rfind("朝阳区,新型学徒制培训,1,", 0) == 0);
    BOOST_TEST(lines[7].rfind("朝阳区,合计,4,", 0) == 0);
    BOOST_TEST(has(lines[7], ",2300.50,2300.50,1200.00,1,600.00"));
    BOOST_TEST(lines[8].rfind("合计,,6,", 0) == 0);
    BOOST_TEST(has(lines[8], ",5300.50,5300.50,2200.00,1,600.00"));

    json one = city_report();
    one["office"] = "朝阳区";
    BOOST_TEST(csv_lines(summary_csv(one))[1] == "范围：朝阳区　生成时间：2026-12-07 09:00　金额单位：元");
    // No claims that year: the header and a total of zeros.
    const json empty = {{"year", 2026}, {"office", "朝阳区"}, {"generated_at", ""}, {"rows", json::array()},
                        {"offices", json::array()}, {"total", totals(0, 0, 0, 0, 0, 0, 0)}};
    const std::vector<std::string> none = csv_lines(summary_csv(empty));
    BOOST_TEST_REQUIRE(none.size() == 4u);
    BOOST_TEST(none[3].rfind("合计,,0,0,0,0,", 0) == 0);
}

BOOST_AUTO_TEST_CASE(summary_html_has_each_office_and_the_totals) {
    const std::string h = summary_html(city_report());
    BOOST_TEST(h.rfind("<!doctype html>", 0) == 0);
    BOOST_TEST(has(h, "<h1>职业技能提升补贴汇总（2026年）</h1>"));
    BOOST_TEST(has(h, "<section class=\"wide\"><table class=\"list\" id=\"summary\"><thead>"));
    for (const SubmissionStatus& s : submission_statuses()) BOOST_TEST(has(h, std::string("<th>") + s.label + "</th>"));
    BOOST_TEST(has(h, "<tr><td class=\"nowrap\">市人社局</td><td class=\"nowrap\">企业职工培训</td><td class=\"num\">2</td>"));
    BOOST_TEST(has(h, "<tr><td class=\"nowrap\">朝阳区</td><td class=\"nowrap\">新型学徒制培训</td>"));
    BOOST_TEST(has(h, "<tr class=\"total\"><td class=\"nowrap\">市人社局</td><td class=\"nowrap\">合计</td>"));
    BOOST_TEST(has(h, "<tr class=\"total\"><td class=\"nowrap\">朝阳区</td><td class=\"nowrap\">合计</td><td class=\"num\">4</td>"));
    BOOST_TEST(has(h, "<tr class=\"total\"><td class=\"nowrap\">合计</td><td class=\"nowrap\"></td><td class=\"num\">6</td>"));
    BOOST_TEST(has(h, "<td class=\"num\">5300.50</td>"));
    BOOST_TEST(has(h, "<td class=\"num\">2300.50</td>"));
    BOOST_TEST(!has(h, "id=\"empty\""));
    json odd = city_report();
    odd["rows"][0]["business_label"] = "<b>";
    BOOST_TEST(has(summary_html(odd), "<td class=\"nowrap\">&lt;b&gt;</td>"));
}

BOOST_AUTO_TEST_CASE(queue_csv_columns) {
    const json items = json::array(
        {{{"id", "a"}, {"receipt", "CC-20260928-000001"}, {"kind", "claim"}, {"business", "enterprise_training"},
          {"status", "accepted"}, {"status_label", "已受理"}, {"organisation", {{"uscc", "x"}, {"name", "长春,一汽"}}},
          {"total_fen", 180000}, {"created_at", "2026-09-27T17:30:05Z"}, {"publicity_start", "2026-09-28"},
          {"publicity_ends", "2026-10-09"}, {"payment_by", "2026-11-19"}, {"overdue", "unpaid"},
          {"overdue_label", "逾期未拨付"}},
         {{"id", "b"}, {"receipt", "CC-20260301-000002"}, {"kind", "application"}, {"business", "apprenticeship"},
          {"status", "received"}, {"organisation", {{"name", "=cmd"}}}, {"total_fen", 5},
          {"created_at", "2026-03-01T02:00:00.123Z"}}});
    const std::vector<std::string> lines = csv_lines(queue_csv(items));
    BOOST_TEST_REQUIRE(lines.size() == 3u);
    BOOST_TEST(lines[0] == "受理编号,单位,类型,业务,状态,金额（元）,提交时间,公示开始,公示结束,拨付截止,逾期");
    BOOST_TEST(lines[1] == "CC-20260928-000001,\"长春,一汽\",补贴资金申请,企业职工培训,已受理,1800.00,2026-09-28 01:30,"
                           "2026-09-28,2026-10-09,2026-11-19,逾期未拨付");
    BOOST_TEST(lines[2] == std::string("CC-20260301-000002,'=cmd,") + text::od_kind_application + ",新型学徒制培训," +
                               submission_status_label("received") + ",0.05,2026-03-01 10:00,,,,");
    BOOST_TEST(csv_lines(queue_csv(json::array())).size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
