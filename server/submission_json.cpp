#include "server/submission_json.h"

#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/money.h"

namespace skillaid::server {

using nlohmann::json;

std::string normalize_uuid(std::string text) {
    if (text.size() != kUuidLength)
        return "";
    for (std::size_t i = 0; i < text.size(); i++) {
        char& c = text[i];
        const bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash_position) {
            if (c != '-')
                return "";
            continue;
        }
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return "";
    }
    return text;
}

json summary_json(const Submission& s, const std::string& today) {
    const ReviewDates dates = review_dates(s.publicity_start);
    const Overdue overdue = review_overdue(s.status, dates.payment_by, s.paid_on, today);
    return {{"id", s.id},
            {"receipt", s.receipt},
            {"kind", s.kind},
            {"business", s.business},
            {"status", s.status},
            {"status_label", submission_status_label(s.status)},
            {"reason", s.reason},
            {"office", s.office},
            {"organisation", {{"uscc", s.organisation_uscc}, {"name", s.organisation_name}}},
            {"policy_id", s.policy_id},
            {"total", yuan_json(s.server_total_fen)},
            {"total_fen", s.server_total_fen},
            {"created_at", s.created_at},
            {"updated_at", s.updated_at},
            {"change", s.change},
            {"resubmits", s.resubmits},  // the returned submission this one replaces ("" = a first version)
            {"resubmits_receipt", s.resubmits_receipt},
            {"publicity_start", dates.publicity_start},
            {"publicity_ends", dates.publicity_ends},
            {"payment_by", dates.payment_by},
            {"paid_on", s.paid_on},
            {"voucher", s.voucher},
            {"overdue", overdue_id(overdue)},
            {"overdue_label", overdue_label(overdue)}};
}

json register_json(const Submission& s) {
    return s.register_issues.empty() ? json::array() : json::parse(s.register_issues);
}

json history_json(const std::vector<SubmissionEvent>& events, const User& caller) {
    json history = json::array();
    std::string previous;
    for (const SubmissionEvent& e : events) {
        // Events stored before migration 5 have no from/action: the previous step's status, the table's action.
        std::string from = e.from, action = e.action;
        if (from.empty())
            from = previous;
        if (action.empty() && !from.empty())
            for (const StatusMove& m : status_moves())
                if (from == m.from && e.status == m.to)
                    action = m.action;
        const bool as_office = caller.role == "staff" && e.by_role == "reviewer";
        history.push_back({{"from", from},
                           {"status", e.status},
                           {"status_label", submission_status_label(e.status)},
                           {"action", action},
                           {"reason", e.reason},
                           {"date", e.date},
                           {"voucher", e.voucher},
                           {"at", e.at},
                           {"by", as_office ? e.by_office : e.by_login}});
        previous = e.status;
    }
    return history;
}

json detail_json(const Submission& s, const std::vector<SubmissionEvent>& events, const User& caller,
                 const std::string& today) {
    json j = summary_json(s, today);
    const json request = json::parse(s.request);
    // A kind without an estimate (platform_application) has no scenario: null.
    j["submitted"] = {{"organisation", request.at("organisation")},
                      {"scenario", request.value("scenario", json())},
                      {"client_estimate", request.value("client_estimate", json())},
                      {"form", request.at("form")}};
    j["server_estimate"] = json::parse(s.server_estimate);
    j["route"] = json::parse(s.route);
    j["register"] = register_json(s);
    j["history"] = history_json(events, caller);
    return j;
}

}  // namespace skillaid::server
