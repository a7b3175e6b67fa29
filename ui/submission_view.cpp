// Every step of a submission as the server recorded it (issue 15): the lines
// the submitter's outbox (办理记录) and the reviewer's detail both show, with
// the labels of the one status table (engine/forms/status.h).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "engine/date.h"
#include "engine/errors.h"
#include "engine/forms/office_documents.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/sync.h"

namespace skillaid {

using nlohmann::json;

long long iso_utc_ms(const std::string& iso) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s) < 3) return 0;
    const long long days = days_from_civil(Date{y, mo, d});  // engine/date.h
    return ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL;
}

std::vector<HistoryLine> history_lines(const json& history) {
    std::vector<HistoryLine> out;
    if (!history.is_array()) return out;
    for (const json& e : history) {
        HistoryLine& line = out.emplace_back();
        const long long ms = iso_utc_ms(json_text(e, "at"));
        line.at = ms > 0 ? local_time(ms) : json_text(e, "at");
        const std::string from = json_text(e, "from"), to = json_text(e, "status");
        line.label = from.empty() ? std::string(submission_status_label(to))
                                  : std::string(submission_status_label(from)) + " → " + submission_status_label(to);
        std::vector<std::string> parts;
        const std::string action = json_text(e, "action"), date = json_text(e, "date"), voucher = json_text(e, "voucher");
        if (!json_text(e, "reason").empty()) parts.push_back(format_text(text::history_reason_format, json_text(e, "reason").c_str()));
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
        if (!json_text(e, "by").empty()) parts.push_back(format_text(text::history_by_format, json_text(e, "by").c_str()));
        for (const std::string& p : parts) line.detail += (line.detail.empty() ? "" : "；") + p;
    }
    return out;
}

SubmissionView submission_view(const json& summary) {
    SubmissionView v;
    v.status = json_text(summary, "status");
    v.payment_by = json_text(summary, "payment_by");
    v.paid_on = json_text(summary, "paid_on");
    v.publicity_start = json_text(summary, "publicity_start");
    v.publicity_ends = json_text(summary, "publicity_ends");
    v.voucher = json_text(summary, "voucher");
    v.history = history_lines(summary.is_object() ? summary.value("history", json::array()) : json::array());
    return v;
}

const char* submission_overdue_label(const SubmissionView& v, const std::string& today) {
    return overdue_label(review_overdue(v.status, v.payment_by, v.paid_on, today));
}

//-----------------------------------------------------------------------------
// An outbox item's state and version (issue 13)
//-----------------------------------------------------------------------------

const char* outbox_state_key(const OutboxItem& it) {
    if (it.state != "done") return it.state.c_str();
    return it.status.empty() ? "received" : it.status.c_str();
}

// Client-only states from ui/strings.h; the server's statuses with their labels
// from the one status table (engine/forms/status.h).
const char* outbox_state_label(const OutboxItem& it) {
    const std::string key = outbox_state_key(it);
    if (key == "waiting") return text::sync_state_waiting;
    if (key == "sending") return text::sync_state_sending;
    if (key == "refused") return text::sync_state_refused;
    return submission_status_label(key);
}

std::string outbox_resubmits(const OutboxItem& it) {
    if (it.body.find("\"resubmits\"") == std::string::npos) return "";  // most items: no parse
    json body = json::parse(it.body, nullptr, false);
    return body.is_object() && body.contains("resubmits") && body["resubmits"].is_string() ? body["resubmits"].get<std::string>()
                                                                                           : "";
}

int outbox_version(const AppState& app, const OutboxItem& it) {
    int version = 1;
    std::string link = outbox_resubmits(it);
    for (int guard = 0; !link.empty() && guard < 100; guard++) {  // follow the chain back to the first
        version++;
        const OutboxItem* prev = nullptr;
        for (const OutboxItem& o : app.sync.outbox)
            if (o.receipt == link || o.id == link) prev = &o;
        link = prev ? outbox_resubmits(*prev) : "";
    }
    return version;
}

std::string outbox_version_line(const AppState& app, const OutboxItem& it) {
    std::string link = outbox_resubmits(it);
    return link.empty() ? "" : format_text(text::sync_version_format, outbox_version(app, it), link.c_str());
}

}  // namespace skillaid
