#include "engine/money.h"

namespace skillaid {

long long round_half_up(long long num, long long den) { return (2 * num + den) / (2 * den); }

nlohmann::json yuan_json(long long fen) {
    if (fen % 100 == 0) return fen / 100;
    return static_cast<double>(fen) / 100.0;
}

static std::string decimal_text(long long hundredths, bool trim) {
    std::string sign = hundredths < 0 ? "-" : "";
    long long v = hundredths < 0 ? -hundredths : hundredths;
    std::string s = sign + std::to_string(v / 100);
    long long frac = v % 100;
    if (frac == 0) return s;
    std::string f = (frac < 10 ? "0" : "") + std::to_string(frac);
    if (trim && f.back() == '0') f.pop_back();
    return s + "." + f;
}

std::string yuan_text(long long fen) { return decimal_text(fen, false) + "元"; }

std::string percent_text(long long bp) { return decimal_text(bp, true) + "%"; }

}  // namespace skillaid
