// Money is integer fen inside the engine; yuan appear only at the edges.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace skillaid {

// num / den rounded half up (den > 0, num >= 0): the contract's rounding rule.
long long round_half_up(long long num, long long den);

// Yuan as a JSON number: an integer when fen % 100 == 0, else the double
// fen / 100.0 (nlohmann prints the shortest round-trip form, the same natively
// and in wasm).
nlohmann::json yuan_json(long long fen);

// "1200元", "12.50元" for explanations.
std::string yuan_text(long long fen);

// Yuan with two decimals and no unit, for tables and CSV: "1200.00", "12.50", "-0.05".
std::string yuan_fixed(long long fen);

// Basis points as a percentage: 7000 -> "70%", 6550 -> "65.5%", 6667 -> "66.67%".
std::string percent_text(long long bp);

}  // namespace skillaid
