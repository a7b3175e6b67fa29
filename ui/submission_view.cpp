// Every step of a submission as the server recorded it (issue 15): the lines
// the submitter's outbox (办理记录) and the reviewer's detail both show, with
// the labels of the one status table (engine/forms/status.h).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "engine/errors.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/sync.h"

namespace skillaid {

using nlohmann::json;

static std::string member(const json& j, const char* key) {
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
static long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

long long iso_utc_ms(const std::string& iso) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) < 3) return 0;
    const long long days = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL;
}

std::vector<HistoryLine> history_lines(const json& history) {
    std::vector<HistoryLine> out;
    if (!history.is_array()) return out;
    for (const json& e : history) {
        HistoryLine& line = out.emplace_back();
        const long long ms = iso_utc_ms(member(e, "at"));
        line.at = ms > 0 ? local_time(ms) : member(e, "at");
        const std::string from = member(e, "from"), to = member(e, "status");
        line.label = from.empty() ? std::string(submission_status_label(to))
                                  : std::string(submission_status_label(from)) + " → " + submission_status_label(to);
        std::vector<std::string> parts;
        const std::string action = member(e, "action"), date = member(e, "date"), voucher = member(e, "voucher");
        if (!member(e, "reason").empty()) parts.push_back(format_text(text::history_reason_format, member(e, "reason").c_str()));
        if (action == "publicize" && !date.empty()) {
            std::string ends;
            try {
                ends = review_dates(date).publicity_ends;
            } catch (const InputError&) {  // a date the calendar does not cover: the start alone
            }
            parts.push_back(ends.empty() ? format_text(text::history_publicity_start_format, date.c_str())
                                         : format_text(text::history_publicity_format, date.c_str(), ends.c_str()));
        } else if (action == "pay" && !date.empty()) {
            parts.push_back(format_text(text::history_paid_format, date.c_str()));
        } else if (!date.empty()) {
            parts.push_back(format_text(text::history_date_format, date.c_str()));
        }
        if (!voucher.empty()) parts.push_back(format_text(text::history_voucher_format, voucher.c_str()));
        if (!member(e, "by").empty()) parts.push_back(format_text(text::history_by_format, member(e, "by").c_str()));
        for (const std::string& p : parts) line.detail += (line.detail.empty() ? "" : "；") + p;
    }
    return out;
}

SubmissionView submission_view(const json& summary) {
    SubmissionView v;
    v.status = member(summary, "status");
    v.payment_by = member(summary, "payment_by");
    v.paid_on = member(summary, "paid_on");
    v.publicity_start = member(summary, "publicity_start");
    v.publicity_ends = member(summary, "publicity_ends");
    v.voucher = member(summary, "voucher");
    v.history = history_lines(summary.is_object() ? summary.value("history", json::array()) : json::array());
    return v;
}

const char* submission_overdue_label(const SubmissionView& v, const std::string& today) {
    return overdue_label(review_overdue(v.status, v.payment_by, v.paid_on, today));
}

}  // namespace skillaid
