// server/json_text.h against nlohmann::json::parse, the reader it replaces
// for request bodies: the same value (and the same kind of number) for every
// input both accept, a refusal for every input nlohmann refuses. Hand-written
// cases for each rule, then the docs' example submissions, each mutated byte
// by byte (a fixed seed: a failure is reproducible).
#include "server/json_text.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <limits>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using nlohmann::json;
using skillaid::server::JsonReadError;
using skillaid::server::read_json;
using skillaid::server::write_json;

namespace {

constexpr int kDepth = 64;

// Equal values with equal types all the way down (json's == says 1 == 1.0).
bool same(const json& a, const json& b) {
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.find(it.key());
            if (other == b.end() || !same(*it, *other))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); i++)
            if (!same(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

// "ok" and the same value as nlohmann, or "refused" by both, or what differs.
std::string compare(const std::string& text) {
    json expected;
    bool nlohmann_accepts = true;
    try {
        expected = json::parse(text);
    } catch (const json::exception&) {
        nlohmann_accepts = false;
    }
    try {
        const json got = read_json(text, kDepth);
        if (!nlohmann_accepts)
            return "accepted what nlohmann refuses";
        if (!same(got, expected))
            return "different value: " + got.dump() + " vs " + expected.dump();
        return write_json(got) == got.dump() ? "ok" : "different text: " + write_json(got) + " vs " + got.dump();
    } catch (const JsonReadError&) {
        return nlohmann_accepts ? "refused what nlohmann accepts" : "ok";
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_text)

BOOST_AUTO_TEST_CASE(agrees_with_nlohmann_on_each_rule) {
    const std::vector<std::string> cases = {
        // values and whitespace
        "{}", "[]", " \t\r\n{ } ", "null", "true", "false", "\"\"", "0", "-0", "[1,2,3]", "{\"a\":{\"b\":[{}]}}",
        "[true,false,null]", "{\"a\" : 1 , \"b\" :2}", "\xEF\xBB\xBF{}", "\xEF\xBB{}",
        // numbers: unsigned, signed, double, beyond 64 bits, beyond a double
        "1", "-1", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "1.5", "-1.5e3", "1E2", "1e+2", "1e-2", "0.0", "1e400", "-1e400", "1e-400",
        "{\"count\":1e309}", std::string(5000, '9'), "2.2250738585072011e-308", "4.9e-324", "1.7976931348623157e308",
        "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "1.5.2", "-01", "NaN", "Infinity", "--1",
        // strings: escapes, surrogates, UTF-8, control characters
        R"("a\"b\\c\/d\b\f\n\r\t")", R"("\u0041\u00e9\u4e2d")", R"("\ud83d\ude00")", R"("\u0000")",
        R"("\ud83d")", R"("\ude00")", R"("\ud83d\u0041")", R"("\ud83dx")", R"("\u12")", R"("\u12G4")", R"("\x")",
        "\"中文字符\"", "\"\xF0\x9F\x98\x80\"", "\"\xC0\xAF\"", "\"\xE0\x80\xAF\"", "\"\xED\xA0\x80\"",
        "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"", "\"\x80\"", "\"\xC3\"", "\"\xE4\xB8\"", "\"a\tb\"", "\"a\nb\"",
        "\"\x1F\"", "\"\x7F\"", "\"abc", "\"abc\\",
        // structure
        "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{'a':1}", "[1 2]", "{\"a\":1 \"b\":2}",
        "[1]]", "{}{}", "[", "{", "]", "}", "", "   ", "[1] x", "tru", "nul", "falsey", "[true1]",
        // a later duplicate key replaces an earlier one
        "{\"a\":1,\"a\":2}", "{\"a\":{\"x\":1},\"a\":[2]}",
    };
    for (const std::string& text : cases)
        BOOST_TEST(compare(text) == "ok", "input: " << text.substr(0, 80));
}

BOOST_AUTO_TEST_CASE(refusals_say_why_and_where) {
    try {
        read_json("{\"a\": [1, 2,, 3]}", kDepth);
        BOOST_TEST(false, "not refused");
    } catch (const JsonReadError& e) {
        BOOST_TEST((e.kind == JsonReadError::Kind::syntax));
        BOOST_TEST(e.byte == 13u);  // the second ','
    }
    try {
        read_json("[1e400]", kDepth);
        BOOST_TEST(false, "not refused");
    } catch (const JsonReadError& e) {
        BOOST_TEST((e.kind == JsonReadError::Kind::number_out_of_range));
    }
    // Depth: kDepth levels are read, one more is refused before it is built.
    const std::string at_limit = std::string(kDepth, '[') + std::string(kDepth, ']');
    BOOST_TEST(read_json(at_limit, kDepth).is_array());
    for (const std::string& deep : {std::string(kDepth + 1, '[') + std::string(kDepth + 1, ']'),
                                    std::string(200000, '['), std::string(kDepth, '[') + "{\"a\":[]}" + std::string(kDepth, ']')}) {
        try {
            read_json(deep, kDepth);
            BOOST_TEST(false, "not refused");
        } catch (const JsonReadError& e) {
            BOOST_TEST((e.kind == JsonReadError::Kind::too_deep));
        }
    }
}

BOOST_AUTO_TEST_CASE(writes_what_dump_writes) {
    json values = json::array();
    for (int c = 0; c < 0x80; c++)  // every ASCII character, control characters included
        values.push_back(std::string("a") + static_cast<char>(c) + "b");
    for (double d : {0.0, -0.0, 1.0, 0.1, 1e15, 1e16, 1e-5, 123456.789, 1e300, -2.5e-300, 1.0 / 3})
        values.push_back(d);
    values.push_back(std::numeric_limits<double>::quiet_NaN());  // null, as dump() writes it
    values.push_back(std::numeric_limits<std::int64_t>::min());
    values.push_back(std::numeric_limits<std::uint64_t>::max());
    values.push_back(json::object({{"z", 1}, {"a", {{"中", "文"}, {"B", json::array()}}}, {"", json::object()}}));
    values.push_back(json::binary({1, 2, 3}));
    for (const json& v : values)
        BOOST_TEST(write_json(v) == v.dump());
    BOOST_TEST(write_json(values) == values.dump());
    // Not UTF-8: refused as dump() refuses it.
    BOOST_CHECK_THROW(write_json(json{{"name", "\xC3("}}), json::type_error);
}

BOOST_AUTO_TEST_CASE(agrees_on_real_submissions_and_their_mutations) {
    std::vector<std::string> documents;
    for (const auto& entry : std::filesystem::directory_iterator(SKILLAID_EXAMPLES_DIR))
        if (entry.path().extension() == ".json") {
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            documents.push_back(text.str());
        }
    BOOST_TEST_REQUIRE(documents.size() >= 3u);
    std::mt19937 random(20261207);
    const std::string alphabet = "{}[]\",:\\ -+.0123456789eEtrufalsn\xE4\xB8\xAD\x80\xFF\x01u";
    int compared = 0;
    for (const std::string& document : documents) {
        BOOST_TEST(compare(document) == "ok");
        for (int i = 0; i < 400; i++) {
            std::string mutated = document;
            const std::size_t at = random() % mutated.size();
            switch (random() % 3) {
            case 0: mutated[at] = alphabet[random() % alphabet.size()]; break;
            case 1: mutated.erase(at, 1 + random() % 3); break;
            default: mutated.insert(at, 1, alphabet[random() % alphabet.size()]); break;
            }
            BOOST_TEST(compare(mutated) == "ok", "mutation at byte " << at << " of a " << document.size() << "-byte example");
            compared++;
        }
    }
    BOOST_TEST_MESSAGE(compared << " mutated documents compared");
}

BOOST_AUTO_TEST_SUITE_END()
