// Checks of the identifiers an application form asks for
// (facts: docs/calendar.md "Validators"; shared data/validators.md).
//
// Every check trims surrounding spaces first. Inside the value:
// - resident ID and credit code: no spaces; lowercase letters are read as
//   uppercase (x -> X);
// - mobile: spaces and dashes are ignored ("138 0431-1234", "+86 138...");
// - bank card: spaces are ignored ("6222 0200 ...").
// `normalized` holds the value as it should be stored.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/date.h"

namespace skillaid {

enum class Severity { none, warning, error };
const char* severity_name(Severity s);  // "none", "warning", "error"

struct CheckResult {
    bool ok = true;                       // false only for Severity::error
    Severity severity = Severity::none;
    std::string code = "ok";              // e.g. "id_check", "bank_card_luhn"
    std::string message;                  // Chinese, says what and where; "" when ok
    std::string normalized;               // cleaned value (see above)
};

// GB 11643: 18 characters, birth date exists and is not after `today`, check character.
CheckResult check_resident_id(std::string_view id, const Date& today);
// GB 32100: 18 characters of 0-9A-Z without I O Z S V, check character; a failing
// GB 11714 check of the embedded organisation code is only a warning.
CheckResult check_credit_code(std::string_view code);
// ^(?:\+?86)?1[3-9]\d{9}$ after dropping spaces and dashes.
CheckResult check_mobile(std::string_view number);
// 12-19 digits; a Luhn failure is a warning (not every domestic card follows it),
// as is a UnionPay number (62...) shorter than 16 digits.
CheckResult check_bank_card(std::string_view number);

// Birth date, sex and address code of a resident ID that passes its format,
// date and check-character tests (the "not in the future" test is not made).
struct IdInfo {
    Date birth;
    bool male = false;         // 17th digit odd
    std::string address_code;  // digits 1-6 (GB/T 2260 code where the number was issued)
};
std::optional<IdInfo> id_info(std::string_view id);

// {"kind": "resident_id"|"credit_code"|"mobile"|"bank_card", "value": "...",
//  "today": "YYYY-MM-DD" (resident_id only)} ->
// {"kind", "ok", "severity", "code", "message", "normalized"
//  [, "birth_date", "sex": "male"|"female"]}.
// Throws InputError: unknown_kind (/kind), invalid_value (/value), invalid_date (/today).
nlohmann::json validate_json(const nlohmann::json& request);

}  // namespace skillaid
