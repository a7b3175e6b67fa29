#include "engine/validators.h"

#include <vector>

#include "engine/errors.h"

namespace skillaid {

using nlohmann::json;

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::none: return "none";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "none";
}

//-----------------------------------------------------------------------------
// Helpers
//-----------------------------------------------------------------------------

// Splits UTF-8 text into characters (one string each), so positions in
// messages count characters, not bytes. Surrounding spaces are dropped;
// `drop` lists ASCII characters removed everywhere; letters are uppercased
// when `upper`.
static std::vector<std::string> characters(std::string_view text, std::string_view drop, bool upper) {
    size_t begin = 0, end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) begin++;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
    std::vector<std::string> out;
    for (size_t i = begin; i < end;) {
        size_t len = 1;
        unsigned char lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        if (i + len > end) len = end - i;
        std::string c(text.substr(i, len));
        i += len;
        if (len == 1 && drop.find(c[0]) != std::string_view::npos) continue;
        if (upper && len == 1 && c[0] >= 'a' && c[0] <= 'z') c[0] = static_cast<char>(c[0] - 'a' + 'A');
        out.push_back(c);
    }
    return out;
}

static bool is_digit(const std::string& c) { return c.size() == 1 && c[0] >= '0' && c[0] <= '9'; }
static int digit(const std::string& c) { return c[0] - '0'; }

static std::string join(const std::vector<std::string>& chars) {
    std::string s;
    for (const std::string& c : chars) s += c;
    return s;
}

static CheckResult fail(Severity severity, std::string code, std::string message, std::string normalized) {
    CheckResult r;
    r.ok = severity != Severity::error;
    r.severity = severity;
    r.code = std::move(code);
    r.message = std::move(message);
    r.normalized = std::move(normalized);
    return r;
}

static CheckResult pass(std::string normalized) {
    CheckResult r;
    r.normalized = std::move(normalized);
    return r;
}

static std::string pos(size_t index) { return "第" + std::to_string(index + 1) + "位"; }

//-----------------------------------------------------------------------------
// Resident identity number, GB 11643-1999
//-----------------------------------------------------------------------------

static const int id_weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
static const char id_check_chars[] = "10X98765432";  // by sum mod 11

// Everything but the "not after today" test. Fills *birth on success.
static CheckResult check_id_structure(const std::vector<std::string>& c, Date* birth) {
    std::string value = join(c);
    if (c.size() != 18)
        return fail(Severity::error, "id_length", "身份证号应为18位，现为" + std::to_string(c.size()) + "位", value);
    for (size_t i = 0; i < 17; i++)
        if (!is_digit(c[i]))
            return fail(Severity::error, "id_character", pos(i) + "“" + c[i] + "”无效：前17位应为数字（X 只能在第18位）", value);
    if (!is_digit(c[17]) && c[17] != "X")
        return fail(Severity::error, "id_character", "第18位“" + c[17] + "”无效：应为数字或 X", value);

    Date d;
    for (size_t i = 6; i < 10; i++) d.year = d.year * 10 + digit(c[i]);
    d.month = digit(c[10]) * 10 + digit(c[11]);
    d.day = digit(c[12]) * 10 + digit(c[13]);
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return fail(Severity::error, "id_birth_date", "第7–14位出生日期“" + value.substr(6, 8) + "”不存在", value);

    int sum = 0;
    for (size_t i = 0; i < 17; i++) sum += digit(c[i]) * id_weights[i];
    std::string expected(1, id_check_chars[sum % 11]);
    if (c[17] != expected)
        return fail(Severity::error, "id_check", "第18位校验码应为 " + expected + "，现为 " + c[17], value);
    *birth = d;
    return pass(value);
}

CheckResult check_resident_id(std::string_view id, const Date& today) {
    std::vector<std::string> c = characters(id, "", true);
    Date birth;
    CheckResult r = check_id_structure(c, &birth);
    if (!r.ok) return r;
    if (today < birth)
        return fail(Severity::error, "id_birth_future",
                    "第7–14位出生日期 " + format_date(birth) + " 晚于今天（" + format_date(today) + "）", r.normalized);
    return r;
}

std::optional<IdInfo> id_info(std::string_view id) {
    std::vector<std::string> c = characters(id, "", true);
    Date birth;
    if (!check_id_structure(c, &birth).ok) return std::nullopt;
    IdInfo info;
    info.birth = birth;
    info.male = digit(c[16]) % 2 == 1;
    info.address_code = join(c).substr(0, 6);
    return info;
}

//-----------------------------------------------------------------------------
// Unified social credit code, GB 32100-2015 (with GB 11714 inside)
//-----------------------------------------------------------------------------

static const std::string_view uscc_alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";  // values 0..30
static const int uscc_weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
static const int org_weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

CheckResult check_credit_code(std::string_view code) {
    std::vector<std::string> c = characters(code, "", true);
    std::string value = join(c);
    if (c.size() != 18)
        return fail(Severity::error, "uscc_length", "统一社会信用代码应为18位，现为" + std::to_string(c.size()) + "位", value);
    int values[18];
    for (size_t i = 0; i < 18; i++) {
        size_t at = c[i].size() == 1 ? uscc_alphabet.find(c[i][0]) : std::string_view::npos;
        if (at == std::string_view::npos)
            return fail(Severity::error, "uscc_character",
                        pos(i) + "“" + c[i] + "”不在统一社会信用代码字符集中（数字和大写字母，不用 I、O、Z、S、V）", value);
        values[i] = static_cast<int>(at);
    }
    int sum = 0;
    for (size_t i = 0; i < 17; i++) sum += values[i] * uscc_weights[i];
    int check = (31 - sum % 31) % 31;
    if (values[17] != check)
        return fail(Severity::error, "uscc_check",
                    "第18位校验码应为 " + std::string(1, uscc_alphabet[static_cast<size_t>(check)]) + "，现为 " + c[17], value);

    // Characters 9-17: the organisation code, 8 characters and its own check (digits, A=10 .. Z=35).
    int org_sum = 0;
    for (size_t i = 0; i < 8; i++) {
        char ch = c[8 + i][0];
        int v = (ch >= '0' && ch <= '9') ? ch - '0' : ch - 'A' + 10;
        org_sum += v * org_weights[i];
    }
    int org_check = 11 - org_sum % 11;
    std::string expected = org_check == 10 ? "X" : org_check == 11 ? "0" : std::to_string(org_check);
    if (c[16] != expected)
        return fail(Severity::warning, "org_code_check",
                    "第9–17位组织机构代码（GB 11714）的校验码应为 " + expected + "，现为 " + c[16] +
                        "；部分早期代码如此，仅作提示，请与营业执照核对",
                    value);
    return pass(value);
}

//-----------------------------------------------------------------------------
// Mobile numbers
//-----------------------------------------------------------------------------

CheckResult check_mobile(std::string_view number) {
    std::vector<std::string> c = characters(number, " -", false);
    std::string value = join(c);
    std::string digits = value;
    if (digits.rfind("+86", 0) == 0) digits = digits.substr(3);
    else if (digits.size() == 13 && digits.rfind("86", 0) == 0) digits = digits.substr(2);
    for (size_t i = 0; i < digits.size(); i++)
        if (digits[i] < '0' || digits[i] > '9')
            return fail(Severity::error, "mobile_format", "手机号含非数字字符：应为11位数字（可带 +86）", value);
    if (digits.size() != 11)
        return fail(Severity::error, "mobile_format", "手机号应为11位数字，现为" + std::to_string(digits.size()) + "位", value);
    if (digits[0] != '1' || digits[1] < '3')
        return fail(Severity::error, "mobile_format", "手机号应以 13–19 开头，现为 " + digits.substr(0, 2), value);
    return pass(digits);
}

//-----------------------------------------------------------------------------
// Bank cards
//-----------------------------------------------------------------------------

CheckResult check_bank_card(std::string_view number) {
    std::vector<std::string> c = characters(number, " ", false);
    std::string value = join(c);
    for (size_t i = 0; i < c.size(); i++)
        if (!is_digit(c[i])) return fail(Severity::error, "bank_card_character", "银行卡号" + pos(i) + "“" + c[i] + "”不是数字", value);
    if (c.size() < 12 || c.size() > 19)
        return fail(Severity::error, "bank_card_length", "银行卡号应为12–19位数字，现为" + std::to_string(c.size()) + "位", value);

    // Luhn over the digits before the last, doubling from the right; the last digit makes the sum a multiple of 10.
    int sum = 0;
    for (size_t k = 0; k + 1 < value.size(); k++) {
        int d = value[value.size() - 2 - k] - '0';
        if (k % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    int expected = (10 - sum % 10) % 10;
    if (value.back() - '0' != expected)
        return fail(Severity::warning, "bank_card_luhn",
                    "按银行卡号校验位规则，卡号最后一位应为 " + std::to_string(expected) + "，现为 " + std::string(1, value.back()) +
                        "；部分国内银行卡不使用该校验位，仅作提示，请核对卡号",
                    value);
    if (value.rfind("62", 0) == 0 && value.size() < 16)
        return fail(Severity::warning, "unionpay_length",
                    "62 开头的银联卡通常为16–19位，现为" + std::to_string(value.size()) + "位，请核对卡号", value);
    return pass(value);
}

//-----------------------------------------------------------------------------
// JSON
//-----------------------------------------------------------------------------

json validate_json(const json& request) {
    const char* kinds = "resident_id（身份证号）、credit_code（统一社会信用代码）、mobile（手机号）、bank_card（银行卡号）";
    if (!request.is_object() || !request.contains("kind") || !request["kind"].is_string())
        throw InputError("unknown_kind", std::string("缺少“kind”：应为 ") + kinds, "/kind");
    std::string kind = request["kind"].get<std::string>();
    if (kind != "resident_id" && kind != "credit_code" && kind != "mobile" && kind != "bank_card")
        throw InputError("unknown_kind", "校验类型“" + kind + "”未知：应为 " + kinds, "/kind");
    if (!request.contains("value") || !request["value"].is_string())
        throw InputError("invalid_value", "“value”应为字符串", "/value");
    std::string value = request["value"].get<std::string>();

    CheckResult r;
    if (kind == "resident_id") {
        if (!request.contains("today") || !request["today"].is_string())
            throw InputError("invalid_date", "身份证号校验需要“today”（YYYY-MM-DD），用于判断出生日期是否晚于今天", "/today");
        r = check_resident_id(value, parse_date(request["today"].get<std::string>(), "/today"));
    } else if (kind == "credit_code") {
        r = check_credit_code(value);
    } else if (kind == "mobile") {
        r = check_mobile(value);
    } else {
        r = check_bank_card(value);
    }
    json out = {{"kind", kind},         {"ok", r.ok},           {"severity", severity_name(r.severity)},
                {"code", r.code},       {"message", r.message}, {"normalized", r.normalized}};
    if (kind == "resident_id" && r.ok) {
        std::optional<IdInfo> info = id_info(value);
        out["birth_date"] = format_date(info->birth);
        out["sex"] = info->male ? "male" : "female";
    }
    return out;
}

}  // namespace skillaid
