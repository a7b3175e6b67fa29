#include <boost/test/unit_test.hpp>

#include "engine/catalog.h"

using namespace skillaid;

BOOST_AUTO_TEST_SUITE(catalog)

BOOST_AUTO_TEST_CASE(holds_all_326_rows_in_order) {
    const auto& rows = occupations();
    BOOST_TEST(rows.size() == 326u);
    for (size_t i = 0; i < rows.size(); i++) BOOST_TEST(rows[i].number == static_cast<int>(i + 1));
    BOOST_TEST(rows[12].name == "计算机程序设计员");
    BOOST_TEST(rows[12].cls == 'B');
    BOOST_TEST(rows[183].name == "焊工、焊接机械手操作工");
    BOOST_TEST(rows[183].urgent);
    BOOST_TEST(rows[325].name == "司泵工");
}

BOOST_AUTO_TEST_CASE(categories_are_inherited_joined_and_split_at_the_page_break) {
    BOOST_TEST(find_occupation(2)->category == "新职业");
    BOOST_TEST(find_occupation(57)->category == "饭店、旅游及健身娱乐场所服务人员");
    BOOST_TEST(find_occupation(61)->category == "饭店、旅游及健身娱乐场所服务人员");
    BOOST_TEST(find_occupation(120)->category == "其他农林牧副渔业生产人员");
    // Rows 121–122 continue 其他农林牧副渔业生产人员 across the page break; the
    // 勘测及矿物开采人员 cell printed on row 121 belongs to rows 123– (README.md).
    BOOST_TEST(find_occupation(121)->category == "其他农林牧副渔业生产人员");
    BOOST_TEST(find_occupation(122)->category == "其他农林牧副渔业生产人员");
    BOOST_TEST(find_occupation(123)->category == "勘测及矿物开采人员");
    for (const auto& o : occupations()) BOOST_TEST(o.category.find(' ') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(typos_are_corrected_and_the_printed_spelling_still_finds_the_row) {
    struct Case { int number; const char* printed; const char* corrected; };
    for (Case c : {Case{100, "茶叶加主工", "茶叶加工工"}, Case{101, "竹(藤、麻、棕、草)制晶加工", "竹(藤、麻、棕、草)制品加工"},
                   Case{219, "橡胶半成晶制造工", "橡胶半成品制造工"}, Case{222, "塑料制晶成型制作工", "塑料制品成型制作工"},
                   Case{285, "平版、凸版、凹制、孔版制版工", "平版、凸版、凹版、孔版制版工"}}) {
        BOOST_TEST(find_occupation(c.number)->name == c.corrected);
        BOOST_TEST(find_occupation(c.printed) == find_occupation(c.number));
        BOOST_TEST(find_occupation(c.corrected) == find_occupation(c.number));
    }
    BOOST_TEST(find_occupation("竹（藤、麻、棕、草）制品加工") == find_occupation(101));
    BOOST_TEST(find_occupation(" 育婴员 ") == find_occupation(84));
}

BOOST_AUTO_TEST_CASE(rows_without_class_are_kept) {
    BOOST_TEST(find_occupation(64)->name == "汽车驾驶员");
    BOOST_TEST(find_occupation(64)->cls == 0);
    BOOST_TEST(find_occupation(95)->cls == 0);
    int without = 0;
    for (const auto& o : occupations()) without += o.cls == 0;
    BOOST_TEST(without == 2);
}

BOOST_AUTO_TEST_CASE(unknown_names_and_numbers_are_not_found) {
    BOOST_TEST(find_occupation(0) == nullptr);
    BOOST_TEST(find_occupation(327) == nullptr);
    BOOST_TEST(find_occupation("程序员") == nullptr);
    BOOST_TEST(find_occupation("") == nullptr);
}

BOOST_AUTO_TEST_CASE(search_by_substring_alias_and_number) {
    BOOST_TEST(search_occupations("").size() == 326u);
    auto hits = search_occupations("维修");
    BOOST_TEST(hits.size() > 5u);
    for (const auto* o : hits) BOOST_TEST(o->name.find("维修") != std::string::npos);
    auto typo = search_occupations("制晶");  // printed spelling
    BOOST_TEST(typo.size() == 2u);
    auto byn = search_occupations("184");
    BOOST_TEST(byn.size() == 1u);
    BOOST_TEST(byn[0]->number == 184);
    auto j = occupation_json(*find_occupation(64));
    BOOST_TEST(j["class"].is_null());
}

BOOST_AUTO_TEST_SUITE_END()
