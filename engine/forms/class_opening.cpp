// 开班申请 model (engine/forms/class_opening.h).
#include "engine/forms/class_opening.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "engine/calendar.h"
#include "engine/errors.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

namespace {

constexpr const char* kDeliveryIds[] = {"offline", "online"};

// The body path of the hours fields ("hours_offline" -> "/hours/offline").
std::string hours_path(const char* key) {
    return std::string(key) == "hours_online" ? "/hours/online" : "/hours/offline";
}

// A trimmed YYYY-MM-DD, or false.
bool read_date(const std::string& text, Date& out) {
    const std::optional<Date> d = read_day(trimmed(text));
    if (d) out = *d;
    return d.has_value();
}

}  // namespace

std::span<const Scheme> class_opening_schemes() {
    static const std::vector<Scheme> schemes = [] {
        std::vector<Scheme> out;
        const PolicyVersion& p = policy_versions().back();
        for (int i = 0; i < scheme_count; i++)
            if (asks(p.schemes[static_cast<size_t>(i)].inputs.hours)) out.push_back(static_cast<Scheme>(i));
        return out;
    }();
    return schemes;
}

ClassOpeningModel::ClassOpeningModel() {
    roster.columns = roster_mobile;
    last_deadline_.text = text::co_deadline_pending;
}

const Scheme* ClassOpeningModel::chosen_scheme() const {
    std::span<const Scheme> s = class_opening_schemes();
    return scheme >= 0 && scheme < static_cast<int>(s.size()) ? &s[static_cast<size_t>(scheme)] : nullptr;
}

bool ClassOpeningModel::asks_level() const {
    const Scheme* s = chosen_scheme();
    return s && asks(policy_versions().back().rules(*s).inputs.level);
}

ClassDeadline ClassOpeningModel::deadline(const std::string& today) const {
    ClassDeadline d;
    d.text = text::co_deadline_pending;
    Date from{}, applied{};
    if (!read_date(date_from, from) || !read_date(trimmed(apply_date).empty() ? today : apply_date, applied)) return d;
    try {
        json check = check_deadline_json({{"event", "class_opening"}, {"date", format_date(from)},
                                          {"actual", format_date(applied)}});
        std::string date = check.value("deadline_date", "");
        if (check.value("provisional", false)) date += std::string("（") + text::cal_provisional_tag + "）";
        d.text = format_text(text::co_deadline_format, date.c_str(), check.value("clause", "").c_str(),
                             check.value("message", "").c_str());
        d.warning = check.value("warning", "");
        d.late = check.value("late", false);
        if (d.late) d.late_message = check.value("message", "");
    } catch (const InputError& e) {
        d.error = e.message;
    }
    return d;
}

void ClassOpeningModel::validate(Validation& v, const std::string& today, const json& estimate) const {
    const Date now = parse_date(today, "/today");
    auto required = [&](const char* key, const char* label, bool ok) {
        if (!ok) v.error(key, label, text::required_message);
    };
    required("institution", text::co_institution, !trimmed(institution).empty());
    if (trimmed(credit_code).empty()) {
        v.error("credit_code", text::co_credit_code, text::required_message);
    } else if (CheckResult r = check_credit_code(credit_code); !r.ok) {
        v.error("credit_code", text::co_credit_code, r.message);
    } else if (r.severity == Severity::warning) {
        v.warning("credit_code", text::co_credit_code, r.message);
    }
    required("institution_level", text::co_institution_level, institution_level >= 0);
    required("district", text::co_district, district >= 0);
    required("delivery", text::co_delivery, delivery >= 0);
    if (online()) required("platform", text::co_platform, !trimmed(platform).empty());
    else if (delivery >= 0) required("place", text::co_place, !trimmed(place).empty());
    required("scheme", text::co_scheme, scheme >= 0);
    if (asks_level()) required("level", text::co_level, level >= 0);
    if (!occupation.number)
        v.error("occupation", text::co_occupation,
                trimmed(occupation.query).empty() ? text::required_message : text::ta_occupation_pick);
    // Online classes have online hours only; how much of them counts is 四 (online.max_share_bp).
    if (online() && hours_offline > 0) {
        const Num& share = policy_for(now, "/today").online_max_share_bp;
        v.error("hours_online", text::co_hours_online,
                format_text(text::co_online_only_hours_format, percent_text(share.value).c_str(), share.clause.c_str()),
                "/hours/online");
    }
    const char* hours_key = online() ? "hours_online" : "hours_offline";
    if (hours_offline + hours_online <= 0) v.error(hours_key, text::co_hours, text::ta_hours_missing, hours_path(hours_key));

    // Dates: both present and in order; the application by the 5th working day before the first class day.
    auto read = [&](const char* key, const char* label, const std::string& value, Date& out) {
        if (trimmed(value).empty()) {
            v.error(key, label, text::required_message);
            return false;
        }
        try {
            out = parse_date(trimmed(value), "/date");
            return true;
        } catch (const InputError& e) {
            v.error(key, label, e.message);
            return false;
        }
    };
    Date from{}, to{}, applied{};
    const bool from_ok = read("date_from", text::co_date_from, date_from, from);
    const bool to_ok = read("date_to", text::co_date_to, date_to, to);
    if (from_ok && to_ok && to < from) v.error("date_to", text::co_date_to, text::ta_date_order);
    const bool applied_ok = read("apply_date", text::co_apply_date, trimmed(apply_date).empty() ? today : apply_date, applied);
    last_deadline_ = ClassDeadline{};
    last_deadline_.text = text::co_deadline_pending;
    if (from_ok && applied_ok) {
        last_deadline_ = deadline(today);
        if (!last_deadline_.error.empty()) v.error("date_from", text::co_date_from, last_deadline_.error);
        else if (last_deadline_.late) v.warning("apply_date", text::co_apply_date, last_deadline_.late_message);
    }

    // The engine: unusable input at its field, hour limits at the hours.
    if (estimate.is_object() && estimate.contains("error")) {
        std::string path = estimate["error"].value("path", "");
        const char* key = path.rfind("/hours", 0) == 0 ? hours_key
                          : path.rfind("/occupation", 0) == 0 ? "occupation"
                          : path.rfind("/level", 0) == 0      ? "level"
                          : path.rfind("/date", 0) == 0       ? "date_from"
                                                              : "scheme";
        std::string body_path = key == hours_key ? hours_path(key) : std::string();
        if (!v.find(key)) v.error(key, text::co_hours, estimate["error"].value("message", ""), body_path);
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            std::string code = issue.value("code", "");
            const char* key = code == "online_share_exceeded"                           ? "hours_online"
                              : code == "hours_below_minimum" || code == "hours_capped" ? "hours_offline"
                              : code == "occupation_without_class"                      ? "occupation"
                                                                                        : nullptr;
            if (!key) continue;
            if (online() && std::string(key) == "hours_offline") key = "hours_online";
            std::string body_path = std::string(key) == "occupation" ? std::string() : hours_path(key);
            std::string message = issue.value("message", "") + "（" + issue.value("clause", "") + "）";
            if (issue.value("effect", "") == "excluded") v.error(key, text::co_hours, message, body_path);
            else v.warning(key, text::co_hours, message, body_path);
        }
    }
    roster.validate(v, now);
}

std::optional<json> ClassOpeningModel::scenario(const std::string& today) const {
    const Scheme* s = chosen_scheme();
    if (!s || !occupation.number || hours_offline + hours_online <= 0) return std::nullopt;
    json j = {{"scheme", scheme_id(*s)}, {"occupation", occupation.number},
              {"count", std::max<long long>(1, static_cast<long long>(roster.people.size()))}};
    std::string date = trimmed(date_from);
    j["date"] = date.empty() ? today : date;
    if (asks_level() && level >= 0) j["level"] = level_id(training_levels()[static_cast<size_t>(level)]);
    json hours = json::object();
    if (hours_offline > 0 && !online()) hours["offline"] = hours_offline;
    if (hours_online > 0) hours["online"] = hours_online;
    if (!hours.empty()) j["hours"] = hours;
    return j;
}

std::optional<RouteRequest> ClassOpeningModel::route_request() const {
    if (institution_level < 0 || district < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = "institution";
    r.institution_level = kTrainingInstitutionLevelIds[institution_level];
    r.district = district_name(district);
    const Scheme* s = chosen_scheme();
    r.business = s ? policy_versions().back().rules(*s).business : "enterprise_training";
    return r;
}

json ClassOpeningModel::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    j["institution"] = institution;
    j["credit_code"] = credit_code;
    j["institution_level"] = id_at(kTrainingInstitutionLevelIds, institution_level);
    j["district"] = district_name(district);
    j["delivery"] = id_at(kDeliveryIds, delivery);
    j["platform"] = platform;
    const Scheme* s = chosen_scheme();
    j["scheme"] = s ? std::string(scheme_id(*s)) : "";
    std::span<const Level> levels = training_levels();
    j["level"] = level >= 0 && level < static_cast<int>(levels.size())
                     ? std::string(level_id(levels[static_cast<size_t>(level)])) : "";
    j["occupation"] = occupation.number;
    j["occupation_text"] = occupation.query;
    j["date_from"] = date_from;
    j["date_to"] = date_to;
    j["apply_date"] = apply_date;
    j["hours"]["offline"] = hours_offline;
    j["hours"]["online"] = hours_online;
    j["place"] = place;
    j["roster"] = roster.to_json();
    if (!origin.empty()) j["origin"] = origin;  // started from an application (derive.h)
    return j;
}

void ClassOpeningModel::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        institution = b.value("institution", "");
        credit_code = b.value("credit_code", "");
        institution_level = index_of(kTrainingInstitutionLevelIds, b.value("institution_level", ""));
        district = district_index(b.value("district", ""));
        delivery = index_of(kDeliveryIds, b.value("delivery", ""));
        const std::string scheme_text = b.value("scheme", ""), level_text = b.value("level", "");
        std::span<const Scheme> schemes = class_opening_schemes();
        auto s = std::find_if(schemes.begin(), schemes.end(), [&](Scheme x) { return scheme_text == scheme_id(x); });
        scheme = s == schemes.end() ? -1 : static_cast<int>(s - schemes.begin());
        std::span<const Level> levels = training_levels();
        auto l = std::find_if(levels.begin(), levels.end(), [&](Level x) { return level_text == level_id(x); });
        level = l == levels.end() ? -1 : static_cast<int>(l - levels.begin());
        platform = b.value("platform", "");
        occupation.set(b.value("occupation", 0), b.value("occupation_text", ""));
        date_from = b.value("date_from", "");
        date_to = b.value("date_to", "");
        apply_date = b.value("apply_date", "");
        json hours = b.value("hours", json::object());
        hours_offline = hours.value("offline", 0LL);
        hours_online = hours.value("online", 0LL);
        place = b.value("place", "");
        roster.from_json(b.value("roster", json::array()));
        origin = b.value("origin", "");
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string ClassOpeningModel::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto pick = [](int i, std::span<const char* const> names) { return id_at(names, i); };
    const Occupation* o = occupation.chosen();
    const Scheme* s = chosen_scheme();
    std::string scheme_text = s ? policy_versions().back().rules(*s).name : "";
    if (asks_level() && level >= 0)
        scheme_text += "（" + std::string(level_name(training_levels()[static_cast<size_t>(level)])) + "）";
    const std::string hours = format_text(text::ta_hours_format, hours_offline, hours_online);
    const std::string applied = trimmed(apply_date).empty() ? ctx.today : apply_date;
    const ClassDeadline d = deadline(ctx.today);
    std::string h = print_head(std::string(text::co_heading) + " " + institution) + "<h1>" + esc(text::co_heading) +
                    "</h1>" + form_table_open("form");
    h += html_row1(text::co_institution, institution);
    h += html_row2(text::co_credit_code, credit_code, text::co_institution_level,
              pick(institution_level, text::co_institution_levels));
    h += html_row2(text::co_scheme, scheme_text, text::co_occupation,
              o ? std::to_string(o->number) + " " + o->name : occupation.query);
    h += html_row2(text::co_delivery, pick(delivery, text::co_deliveries), text::co_platform, platform);
    h += html_row2(text::co_date_from, date_from, text::co_date_to, date_to);
    h += html_row2(text::co_hours, hours, text::co_people, std::to_string(roster.people.size()));
    h += html_row2(text::co_place, place, text::co_district, district_name(district));
    h += html_row2(text::co_apply_date, applied, text::co_deadline, d.warning.empty() ? d.text : d.text + "。" + d.warning);
    if (ctx.route) h += html_row1(text::route_heading, ctx.route->office + "（" + ctx.route->clause + "）");
    h += "<tr><th>" + esc(text::co_commitment_heading) + "</th><td colspan=\"3\" id=\"commitment\"><p>" +
         esc(text::co_commitment) + "</p>" + sign_block_html(text::co_signature, text::ta_seal) + "</td></tr>";
    h += review_row_html(text::co_bureau_opinion, 3) + "</table>";
    if (ctx.estimate)
        h += "<h2>" + esc(text::estimate_heading) + "</h2><table class=\"form\" id=\"estimate\">" +
             estimate_rows_html(*ctx.estimate) + "</table>";
    h += "<h2>" + esc(text::roster_heading) + "</h2>" + roster.html_table(nullptr) + "</body></html>";
    return h;
}

std::unique_ptr<FormModel> create_class_opening_model() { return std::make_unique<ClassOpeningModel>(); }

}  // namespace skillaid
