// GET /api/v1/reports/summary?year=YYYY[&office=NAME]: a year's claims (kind
// "claim", the money of 六(三)) per office and business, for the reviewers who
// pay them (谁认定、谁管理、谁拨付): the city bureau (市人社局) sees every office
// or one; a district only its own. The year of a claim is the China date of
// its created_at. Amounts are integer fen.
#include "engine/errors.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/routing.h"
#include "server/api.h"
#include "server/log.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace skillaid::server {

using nlohmann::json;

namespace {

struct Totals {
    long long count = 0;
    std::map<std::string, long long> counts;  // every status id
    long long claimed_fen = 0, accepted_fen = 0, paid_fen = 0, overdue_count = 0, overdue_fen = 0;

    Totals() {
        for (const SubmissionStatus& s : submission_statuses())
            counts[s.id] = 0;
    }
    void add(const Submission& s, bool overdue) {
        count++;
        counts[s.status]++;
        if (s.status != "returned")
            claimed_fen += s.server_total_fen;
        if (s.status == "accepted" || s.status == "publicized" || s.status == "paid")
            accepted_fen += s.server_total_fen;
        if (s.status == "paid")
            paid_fen += s.server_total_fen;
        if (overdue) {
            overdue_count++;
            overdue_fen += s.server_total_fen;
        }
    }
    void put(json& j) const {
        json by_status = json::object();
        for (const SubmissionStatus& s : submission_statuses())
            by_status[s.id] = counts.at(s.id);
        j["count"] = count;
        j["counts"] = by_status;
        j["claimed_fen"] = claimed_fen;
        j["accepted_fen"] = accepted_fen;
        j["paid_fen"] = paid_fen;
        j["overdue_count"] = overdue_count;
        j["overdue_fen"] = overdue_fen;
    }
};

// 市人社局 first, then the districts in routing order, then any other name.
int office_rank(const std::string& office) {
    if (office == kCityOffice)
        return 0;
    const std::vector<std::string> districts = routing_districts();
    const auto at = std::find(districts.begin(), districts.end(), office);
    return at == districts.end() ? static_cast<int>(districts.size()) + 1 : static_cast<int>(at - districts.begin()) + 1;
}

// "YYYY-MM-DDTHH:MM:SSZ" of 00:00 on 1 January of `year` in China (UTC+8).
std::string china_year_start_utc(int year) {
    return std::to_string(year - 1) + "-12-31T" + std::to_string(24 - kChinaUtcOffsetHours) + ":00:00Z";
}

}  // namespace

Reply Api::report_summary(const Request& req, const User& user) {
    if (user.role != "reviewer")
        return forbidden_reply(req, "只有人社部门的审核人员可以查看汇总");
    int year = 0;
    std::string office;
    bool office_given = false;
    for (const auto& [name, value] : query_pairs(req.target())) {
        if (name == "year") {
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), year);
            if (ec != std::errc() || end != value.data() + value.size() || year < kReportFirstYear ||
                year > kReportLastYear)
                throw InputError("invalid_parameter",
                                 "year 应为 " + std::to_string(kReportFirstYear) + ".." +
                                     std::to_string(kReportLastYear) + " 的整数",
                                 "");
        } else if (name == "office") {
            const std::optional<std::string> decoded = percent_decode(value);
            if (!decoded)
                throw InputError("invalid_parameter", "office 的编码无效", "");
            office = *decoded;
            office_given = true;
        } else {
            throw InputError("invalid_parameter",
                             "不认识的查询参数 \"" + std::string(name) + "\" (可用: year, office)", "");
        }
    }
    if (year == 0)
        throw InputError("invalid_parameter", "缺少 year (如 ?year=2026)", "");
    // A district: its own office only (omitted = its own). The city bureau: all, or the one asked for.
    if (user.office != kCityOffice) {
        if (office_given && office != user.office)
            return forbidden_reply(req, "只能查看本部门的汇总");
        office = user.office;
    }

    const std::string today = format_date(today_in_china());
    std::map<std::string, ReviewDates> dates;  // by publicity_start: one count on the calendar each
    using OfficeKey = std::pair<int, std::string>;  // (office_rank, office): the answer's order
    std::map<OfficeKey, std::map<std::string, Totals>> rows;  // office -> business -> totals
    std::map<OfficeKey, Totals> offices;
    Totals total;
    for (const Submission& s : store_.claims_created(office, china_year_start_utc(year), china_year_start_utc(year + 1))) {
        auto cached = dates.find(s.publicity_start);
        if (cached == dates.end())
            cached = dates.emplace(s.publicity_start, review_dates(s.publicity_start)).first;
        const bool overdue = review_overdue(s.status, cached->second.payment_by, s.paid_on, today) != Overdue::no;
        const OfficeKey key{office_rank(s.office), s.office};
        rows[key][s.business].add(s, overdue);
        offices[key].add(s, overdue);
        total.add(s, overdue);
    }

    json row_list = json::array(), office_list = json::array();
    for (const auto& [key, businesses] : rows) {
        for (const auto& [business, totals] : businesses) {
            json row = {{"office", key.second}, {"business", business}, {"business_label", business_label(business)}};
            totals.put(row);
            row_list.push_back(std::move(row));
        }
        json o = {{"office", key.second}};
        offices.at(key).put(o);
        office_list.push_back(std::move(o));
    }
    json answer = {{"year", year}, {"office", office}, {"generated_at", utc_now_iso8601()},
                   {"rows", row_list}, {"offices", office_list}};
    json all = json::object();
    total.put(all);
    answer["total"] = all;
    return json_reply(req, http::status::ok, answer);
}

}  // namespace skillaid::server
