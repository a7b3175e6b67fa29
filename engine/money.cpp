#include "engine/money.h"

#include <charconv>
#include <string_view>

namespace skillaid {

long long round_half_up(long long num, long long den) { return (2 * num + den) / (2 * den); }

nlohmann::json yuan_json(long long fen) {
    if (fen % 100 == 0) return fen / 100;
    return static_cast<double>(fen) / 100.0;
}

// How decimal_text writes the hundredths: "12.5" (trim), "12.50" but "12" (pair),
// "12.00" (always two digits).
enum class Cents { trim, pair, fixed };

// hundredths as a decimal followed by `unit`; built in one buffer (this runs
// for every explanation and message).
static std::string decimal_text(long long hundredths, Cents cents, std::string_view unit) {
    char buf[48];
    char* p = buf;
    unsigned long long v = hundredths < 0 ? 0ULL - static_cast<unsigned long long>(hundredths)
                                          : static_cast<unsigned long long>(hundredths);
    if (hundredths < 0) *p++ = '-';
    p = std::to_chars(p, buf + 24, v / 100).ptr;
    unsigned frac = static_cast<unsigned>(v % 100);
    if (frac != 0 || cents == Cents::fixed) {
        *p++ = '.';
        *p++ = static_cast<char>('0' + frac / 10);
        if (cents != Cents::trim || frac % 10 != 0) *p++ = static_cast<char>('0' + frac % 10);
    }
    std::string out;
    out.reserve(static_cast<size_t>(p - buf) + unit.size());
    out.append(buf, p);
    out.append(unit);
    return out;
}

std::string yuan_text(long long fen) { return decimal_text(fen, Cents::pair, "元"); }

std::string yuan_fixed(long long fen) { return decimal_text(fen, Cents::fixed, ""); }

std::string percent_text(long long bp) { return decimal_text(bp, Cents::trim, "%"); }

}  // namespace skillaid
