// What a clerk reads is Chinese (issue 13 part 4): no English words in the engine's user-facing messages,
// neither in the text tables (engine/forms/texts.h, ui/strings.h, the estimate's sources) nor in the
// messages the estimate and the validators produce for a form lacking 工种 or 等级.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/validators.h"

using namespace skillaid;
using json = nlohmann::json;

namespace {

// Words a clerk knows as they are (file types, keys, programs), and the print CSS's counters.
const std::set<std::string> kAllowed = {"JPG", "PDF", "MB", "KB", "CSV", "JSON", "Excel", "WPS", "Ctrl", "PageUp",
                                        "PageDown", "http", "https", "name", "example", "com", "xx", "counter", "page", "pages"};

// The ASCII words (2+ letters) of `text`, printf conversions and HTML tags left out.
std::vector<std::string> english_words(const std::string& text) {
    static const std::regex conversions("%[-+ #0-9.]*l*[a-zA-Z]|<[^>]*>"), word("[A-Za-z]{2,}");
    const std::string plain = std::regex_replace(text, conversions, " ");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(plain.begin(), plain.end(), word); it != std::sregex_iterator(); ++it)
        if (!kAllowed.count(it->str())) out.push_back(it->str());
    return out;
}

bool has_chinese(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0xE4 && c <= 0xE9) return true;  // lead bytes of U+4E00..U+9FFF
    return false;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string estimate_error(const json& scenario) {
    try {
        estimate_json(scenario, Date{2026, 3, 2});
    } catch (const InputError& e) {
        return e.message;
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(chinese_text)

BOOST_AUTO_TEST_CASE(text_tables_have_no_english_words) {
    const std::string root = std::string(SKILLAID_TEST_DATA_DIR) + "/../../";
    static const std::regex literal("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    for (const char* file : {"engine/forms/texts.h", "ui/strings.h", "engine/estimate.cpp", "engine/estimate_schemes.cpp",
                             "engine/estimate_json.cpp"}) {
        const std::string source = read_file(root + file);
        BOOST_TEST_REQUIRE(!source.empty(), file);
        int line = 1;
        size_t counted = 0;
        for (auto it = std::sregex_iterator(source.begin(), source.end(), literal); it != std::sregex_iterator(); ++it) {
            for (; counted < static_cast<size_t>(it->position()); counted++) line += source[counted] == '\n';
            const std::string text = (*it)[1].str();
            if (!has_chinese(text)) continue;  // codes, keys, formats
            const std::vector<std::string> words = english_words(text);
            BOOST_TEST(words.empty(), file << ":" << line << " has English in a Chinese text: " << text);
        }
    }
}

BOOST_AUTO_TEST_CASE(estimate_messages_for_missing_fields_are_chinese) {
    const std::string occupation = estimate_error({{"scheme", "pre_job"}, {"date", "2026-03-02"}, {"count", 3}});
    BOOST_TEST(occupation.find("工种") != std::string::npos, occupation);
    BOOST_TEST(english_words(occupation).empty(), occupation);
    const std::string level =
        estimate_error({{"scheme", "skill_upgrade"}, {"date", "2026-03-02"}, {"occupation", 184}, {"count", 3}});
    BOOST_TEST(level.find("等级") != std::string::npos, level);
    BOOST_TEST(english_words(level).empty(), level);
}

BOOST_AUTO_TEST_CASE(bank_card_check_digit_message_is_chinese) {
    const CheckResult r = check_bank_card("6217000010001234560");
    BOOST_TEST(r.message.find("银行卡号校验位") != std::string::npos, r.message);
    BOOST_TEST(english_words(r.message).empty(), r.message);
}

BOOST_AUTO_TEST_SUITE_END()
