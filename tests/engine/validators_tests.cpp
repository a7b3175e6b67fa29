// Every example of the shared data/validators.md, plus the edges the
// checks promise (positions in messages, warnings that stay ok).
#include <boost/test/unit_test.hpp>

#include "engine/errors.h"
#include "engine/validators.h"

using namespace skillaid;
using nlohmann::json;

static const Date today{2026, 3, 16};
static std::string sev(const CheckResult& r) { return severity_name(r.severity); }

BOOST_AUTO_TEST_SUITE(validators)

BOOST_AUTO_TEST_CASE(resident_id_valid_examples) {
    // The standard's own two, then the synthetic ones.
    for (const char* id : {"11010519491231002X", "440524188001010014", "220102199003071235", "220183198506150043",
                           "220104199512310217", "22012220000229100X"}) {
        CheckResult r = check_resident_id(id, today);
        BOOST_TEST(r.ok, id << ": " << r.message);
        BOOST_TEST(sev(r) == "none");
        BOOST_TEST(r.code == "ok");
    }
}

BOOST_AUTO_TEST_CASE(resident_id_invalid_examples) {
    CheckResult check = check_resident_id("220102199003071230", today);
    BOOST_TEST(!check.ok);
    BOOST_TEST(sev(check) == "error");
    BOOST_TEST(check.code == "id_check");
    BOOST_TEST(check.message == "第18位校验码应为 5，现为 0");

    CheckResult date = check_resident_id("220102199002301238", today);  // check digit right, 1990-02-30 does not exist
    BOOST_TEST(date.code == "id_birth_date");
    BOOST_TEST(date.message.find("19900230") != std::string::npos);

    CheckResult length = check_resident_id("2201021990030712", today);
    BOOST_TEST(length.code == "id_length");
    BOOST_TEST(length.message == "身份证号应为18位，现为16位");
}

BOOST_AUTO_TEST_CASE(resident_id_edges) {
    BOOST_TEST(check_resident_id("11010519491231002x", today).ok);  // lowercase x read as X
    BOOST_TEST(check_resident_id("11010519491231002x", today).normalized == "11010519491231002X");
    BOOST_TEST(check_resident_id(" 220102199003071235 ", today).ok);
    CheckResult x_inside = check_resident_id("2201021990030X1235", today);
    BOOST_TEST(x_inside.code == "id_character");
    BOOST_TEST(x_inside.message.find("第14位") == 0);
    CheckResult wide = check_resident_id("22010219900307123５", today);  // full-width 5: counted as one character
    BOOST_TEST(wide.code == "id_character");
    BOOST_TEST(wide.message.find("第18位") == 0);
    // 2000-02-29 exists (leap year); born after "today" does not.
    BOOST_TEST(check_resident_id("22012220000229100X", Date{2000, 2, 29}).ok);
    BOOST_TEST(check_resident_id("22012220000229100X", Date{2000, 2, 28}).code == "id_birth_future");
}

BOOST_AUTO_TEST_CASE(birth_date_and_sex_from_id) {
    std::optional<IdInfo> man = id_info("220102199003071235");  // 17th digit 3: odd
    BOOST_TEST(man.has_value());
    BOOST_TEST(format_date(man->birth) == "1990-03-07");
    BOOST_TEST(man->male);
    BOOST_TEST(man->address_code == "220102");
    std::optional<IdInfo> woman = id_info("220183198506150043");  // 17th digit 4: even
    BOOST_TEST(!woman->male);
    BOOST_TEST(format_date(woman->birth) == "1985-06-15");
    BOOST_TEST(format_date(id_info("440524188001010014")->birth) == "1880-01-01");
    BOOST_TEST(!id_info("220102199003071230").has_value());
}

BOOST_AUTO_TEST_CASE(credit_code_examples) {
    for (const char* code : {"91220102MA0000015Y", "92220184L000000380", "5222010050000012XR"}) {
        CheckResult r = check_credit_code(code);
        BOOST_TEST(r.ok, code << ": " << r.message);
        BOOST_TEST(sev(r) == "none");
    }
    CheckResult check = check_credit_code("91220102MA00000151");
    BOOST_TEST(!check.ok);
    BOOST_TEST(check.code == "uscc_check");
    BOOST_TEST(check.message == "第18位校验码应为 Y，现为 1");
    CheckResult letter = check_credit_code("92220184LI00000380");
    BOOST_TEST(!letter.ok);
    BOOST_TEST(letter.code == "uscc_character");
    BOOST_TEST(letter.message.find("第10位“I”") == 0);
    BOOST_TEST(check_credit_code("91220102MA000001").code == "uscc_length");
    BOOST_TEST(check_credit_code("91220102ma0000015y").ok);
}

BOOST_AUTO_TEST_CASE(credit_code_organisation_check_is_a_warning) {
    // Organisation code MA0000016 (its GB 11714 check should be 5), with the
    // 18th character computed so that the GB 32100 check passes.
    const std::string body = "91220102MA0000016";
    const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (size_t i = 0; i < 17; i++) sum += static_cast<int>(alphabet.find(body[i])) * w[i];
    std::string code = body + alphabet[static_cast<size_t>((31 - sum % 31) % 31)];
    CheckResult r = check_credit_code(code);
    BOOST_TEST(r.ok);
    BOOST_TEST(sev(r) == "warning");
    BOOST_TEST(r.code == "org_code_check");
    BOOST_TEST(r.message.find("应为 5，现为 6") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(mobile_numbers) {
    for (const char* ok : {"13804311234", "19204311234", "+8613804311234", "8613804311234", "138 0431 1234", "138-0431-1234", "+86 138 0431 1234"}) {
        CheckResult r = check_mobile(ok);
        BOOST_TEST(r.ok, ok << ": " << r.message);
        BOOST_TEST(r.normalized == (std::string(ok).find("192") != std::string::npos ? "19204311234" : "13804311234"));
    }
    for (const char* bad : {"12804311234", "1380431123", "138043112345", "0431-88523032", "1380431123a", "+8512804311234"}) {
        CheckResult r = check_mobile(bad);
        BOOST_TEST(!r.ok, bad);
        BOOST_TEST(r.code == "mobile_format");
    }
}

BOOST_AUTO_TEST_CASE(bank_cards) {
    BOOST_TEST(sev(check_bank_card("6217000010001234569")) == "none");
    BOOST_TEST(check_bank_card("6217 0000 1000 1234 569").normalized == "6217000010001234569");
    BOOST_TEST(sev(check_bank_card("4111111111111111")) == "none");
    CheckResult luhn = check_bank_card("6217000010001234560");
    BOOST_TEST(luhn.ok);  // a warning, not an error
    BOOST_TEST(sev(luhn) == "warning");
    BOOST_TEST(luhn.code == "bank_card_luhn");
    BOOST_TEST(luhn.message.find("应为 9，现为 0") != std::string::npos);
    CheckResult short_unionpay = check_bank_card("622202020012340");  // Luhn passes, 15 digits
    BOOST_TEST(short_unionpay.ok);
    BOOST_TEST(short_unionpay.code == "unionpay_length");
    BOOST_TEST(check_bank_card("62220202001").code == "bank_card_length");
    BOOST_TEST(!check_bank_card("62220202001").ok);
    CheckResult letter = check_bank_card("6217-0000-1000-1234-569");
    BOOST_TEST(!letter.ok);
    BOOST_TEST(letter.code == "bank_card_character");
}

BOOST_AUTO_TEST_CASE(json_interface) {
    json id = validate_json(json{{"kind", "resident_id"}, {"value", "22012220000229100X"}, {"today", "2026-03-16"}});
    BOOST_TEST(id["ok"] == true);
    BOOST_TEST(id["severity"] == "none");
    BOOST_TEST(id["birth_date"] == "2000-02-29");
    BOOST_TEST(id["sex"] == "female");  // 17th digit 0
    json card = validate_json(json{{"kind", "bank_card"}, {"value", "6217000010001234560"}});
    BOOST_TEST(card["ok"] == true);
    BOOST_TEST(card["severity"] == "warning");
    try {
        validate_json(json{{"kind", "passport"}, {"value", "E1234"}});
        BOOST_ERROR("accepted kind passport");
    } catch (const InputError& e) {
        BOOST_TEST(e.code == "unknown_kind");
        BOOST_TEST(e.path == "/kind");
    }
    try {
        validate_json(json{{"kind", "resident_id"}, {"value", "22012220000229100X"}});
        BOOST_ERROR("accepted a resident ID without today");
    } catch (const InputError& e) {
        BOOST_TEST(e.path == "/today");
    }
}

BOOST_AUTO_TEST_SUITE_END()
