#include "engine/forms/training_application.h"

#include <stdexcept>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

// Body ids of the choice fields, indexed like their texts.
constexpr const char* kModeIds[] = {"offline", "online", "mixed"};
constexpr const char* kCategoryIds[] = {"employee", "dispatched"};
constexpr int kCategoryDispatched = 1;

std::span<const Scheme> training_application_schemes() {
    static constexpr Scheme kSchemes[] = {Scheme::pre_job, Scheme::job_transfer, Scheme::skill_upgrade, Scheme::job_drill,
                                          Scheme::apprenticeship};
    return kSchemes;
}

static const SchemeRules* rules_of(int scheme) {
    const auto schemes = training_application_schemes();
    if (scheme < 0 || scheme >= static_cast<int>(schemes.size())) return nullptr;
    return &policy_versions().back().rules(schemes[static_cast<size_t>(scheme)]);
}

static std::string scheme_body_id(int scheme) {
    const auto schemes = training_application_schemes();
    return scheme >= 0 && scheme < static_cast<int>(schemes.size())
               ? std::string(scheme_id(schemes[static_cast<size_t>(scheme)]))
               : "";
}

static Level level_at(int level) { return training_levels()[static_cast<size_t>(level)]; }

bool TrainingApplicationModel::asks_level() const {
    const SchemeRules* r = rules_of(scheme);
    return r && asks(r->inputs.level);
}

unsigned TrainingApplicationModel::conditions() const {
    const auto schemes = training_application_schemes();
    return scheme >= 0 && scheme < static_cast<int>(schemes.size()) ? roster_conditions(schemes[static_cast<size_t>(scheme)]) : 0;
}

std::string TrainingApplicationModel::scheme_text() const {
    if (scheme < 0) return "";
    std::string s = text::ta_schemes[scheme];
    if (asks_level() && level >= 0) s += "（" + std::string(level_name(level_at(level))) + "）";
    return s;
}

std::string TrainingApplicationModel::commitment() const {
    const std::string s = scheme >= 0 ? scheme_text() : std::string(text::ta_scheme_blank);
    return format_text(text::ta_commitment_format, company.c_str(), s.c_str());
}

std::string TrainingApplicationModel::standard_text(const json* e, const std::string& today) const {
    if (!e || !e->contains("trainees") || (*e)["trainees"].empty()) return text::ta_standard_pending;
    const std::optional<json> s = scenario(today);
    json lines = json::array();
    try {
        if (s) lines = standard_json(*s, parse_date(today, "/today"));
    } catch (const InputError&) {
    }
    if (lines.empty()) return text::ta_standard_pending;
    std::string out = e->value("scheme_name", "") + "（" + e->value("clause", "") + "）：";
    for (size_t i = 0; i < lines.size(); i++)
        out += (i ? "；" : "") + lines[i].value("label", "") + " " + lines[i].value("explain", "");
    return out;
}

std::string TrainingApplicationModel::standard() const {
    return standard_.empty() ? std::string(text::ta_standard_pending) : standard_;
}

// The JSON Pointer in the body of a widget key whose member is nested.
static std::string body_path(std::string_view key) {
    if (key == "bank_name") return "/bank/name";
    if (key == "bank_account") return "/bank/account";
    if (key == "hours_offline") return "/hours/offline";
    if (key == "hours_online") return "/hours/online";
    return path_of_field(key);
}

void TrainingApplicationModel::validate(Validation& v, const std::string& today, const json& estimate) const {
    standard_ = standard_text(estimate.is_object() && !estimate.contains("error") ? &estimate : nullptr, today);
    // Messages at the widget key and at the member's JSON Pointer in the body.
    auto error = [&](const char* key, const char* label, std::string message) {
        v.error(key, label, std::move(message), body_path(key));
    };
    auto warning = [&](const char* key, const char* label, std::string message) {
        v.warning(key, label, std::move(message), body_path(key));
    };
    auto required = [&](const char* key, const char* label, bool ok) {
        if (!ok) error(key, label, text::required_message);
    };
    required("company_name", text::ta_company, !trimmed(company).empty());
    required("address", text::ta_address, !trimmed(address).empty());
    if (!trimmed(credit_code).empty()) {
        CheckResult r = check_credit_code(credit_code);
        if (!r.ok) error("credit_code", text::ta_credit_code, r.message);
        else if (r.severity == Severity::warning) warning("credit_code", text::ta_credit_code, r.message);
    }
    required("scheme", text::ta_scheme, scheme >= 0);
    if (const SchemeRules* r = rules_of(scheme); r && r->inputs.level == Need::required)
        required("level", text::ta_level, level >= 0);
    if (occupation.number == 0) {
        if (trimmed(occupation.query).empty()) error("occupation", text::ta_occupation, text::required_message);
        else error("occupation", text::ta_occupation, format_text(text::ta_occupation_none_format, occupation.query.c_str()));
    }
    required("mode", text::ta_mode, mode >= 0);
    required("institution", text::ta_institution, !trimmed(institution).empty());
    if (hours_offline < 0) error("hours_offline", text::ta_hours_offline, text::required_message);
    if (hours_online < 0) error("hours_online", text::ta_hours_online, text::required_message);
    if (mode == mode_offline && hours_online > 0)
        error("hours_offline", text::ta_hours_offline, text::ta_online_hours_not_online);
    if (mode == mode_online && hours_offline > 0)
        error("hours_online", text::ta_hours_online, text::ta_offline_hours_online_only);
    if (hours_offline + hours_online <= 0)
        error(has_offline() ? "hours_offline" : "hours_online", text::ta_hours, text::ta_hours_missing);
    if (has_offline() && mode >= 0) required("place", text::ta_place, !trimmed(place).empty());
    required("bank_name", text::ta_bank_name, !trimmed(bank_name).empty());
    if (trimmed(bank_account).empty()) {
        error("bank_account", text::ta_bank_account, text::required_message);
    } else {
        CheckResult r = check_bank_card(bank_account);
        if (!r.ok) error("bank_account", text::ta_bank_account, r.message);
        else if (r.severity == Severity::warning) warning("bank_account", text::ta_bank_account, r.message);
    }
    if (has_online() && mode >= 0) required("platform", text::ta_platform, !trimmed(platform).empty());
    required("category", text::ta_category, category >= 0);
    Date from{}, to{};
    check_date_range(v, {"date_from", text::ta_date_from, date_from}, {"date_to", text::ta_date_to, date_to},
                     text::ta_date_order, from, to);
    required("district", text::ta_district, district >= 0);
    required("ownership", text::ta_ownership, ownership >= 0);

    // Engine answers: an unusable scenario at its field, hour limits at the hours.
    if (estimate.is_object() && estimate.contains("error")) {
        const json& err = estimate["error"];
        const std::string path = err.value("path", "");
        const char* key = path.rfind("/hours/online", 0) == 0 ? "hours_online"
                          : path.rfind("/hours", 0) == 0      ? "hours_offline"
                          : path.rfind("/date", 0) == 0       ? "date_from"
                          : path.rfind("/occupation", 0) == 0 ? "occupation"
                                                              : "scheme";
        error(key, text::ta_hours, err.value("message", ""));
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            const std::string code = issue.value("code", "");
            const char* key = code == "online_share_exceeded"                               ? "hours_online"
                              : code == "hours_below_minimum" || code == "hours_capped" ? "hours_offline"
                                                                                        : nullptr;
            if (!key || issue.value("trainee", -1) >= 0) continue;
            const std::string message = issue.value("message", "") + "（" + issue.value("clause", "") + "）";
            if (issue.value("effect", "") == "excluded") error(key, text::ta_hours, message);
            else warning(key, text::ta_hours, message);
        }
    }
    const Date day = parse_date(today, "/today");
    roster.validate(v, day);
    roster.validate_conditions(v, day, conditions(), false);  // optional: the estimate assumes what is not given
}

std::optional<json> TrainingApplicationModel::scenario(const std::string& today) const {
    if (scheme < 0 || occupation.number == 0 || roster.people.empty()) return std::nullopt;
    json s;
    s["scheme"] = scheme_body_id(scheme);
    s["occupation"] = occupation.number;
    const std::string date = trimmed(date_from);
    s["date"] = date.empty() ? today : date;
    if (asks_level() && level >= 0) s["level"] = level_id(level_at(level));
    json hours = json::object();
    if (hours_offline > 0) hours["offline"] = hours_offline;
    if (hours_online > 0) hours["online"] = hours_online;
    if (!hours.empty()) s["hours"] = hours;
    json trainees = roster.scenario_trainees(conditions());
    if (category == kCategoryDispatched)
        for (json& one : trainees) one["dispatched"] = true;
    s["trainees"] = std::move(trainees);
    return s;
}

// The business is the chosen scheme's (policy data: 新型学徒制 is "apprenticeship");
// until a scheme is chosen, the kind's (engine/forms/registry.cpp).
std::optional<RouteRequest> TrainingApplicationModel::route_request() const {
    const SchemeRules* rules = rules_of(scheme);
    return enterprise_route(district, ownership, rules ? rules->business : find_form_kind("training_application")->business);
}

json TrainingApplicationModel::to_json() const {
    json j;  // member by member: smaller wasm than an initializer list
    j["company_name"] = company;
    j["address"] = address;
    j["credit_code"] = credit_code;
    j["scheme"] = scheme_body_id(scheme);
    j["level"] = level >= 0 ? std::string(level_id(level_at(level))) : "";
    j["occupation"] = occupation.number;
    j["occupation_text"] = occupation.query;
    j["mode"] = id_at(kModeIds, mode);
    j["institution"] = institution;
    j["hours"]["offline"] = hours_offline;
    j["hours"]["online"] = hours_online;
    j["place"] = place;
    j["bank"]["name"] = bank_name;
    j["bank"]["account"] = bank_account;
    j["platform"] = platform;
    j["category"] = id_at(kCategoryIds, category);
    j["date_from"] = date_from;
    j["date_to"] = date_to;
    j["district"] = district_name(district);
    j["ownership"] = id_at(kEnterpriseOwnershipIds, ownership);
    j["roster"] = roster.to_json(roster.columns);
    return j;
}

void TrainingApplicationModel::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        company = b.value("company_name", "");
        address = b.value("address", "");
        credit_code = b.value("credit_code", "");
        scheme = -1;
        const std::string s = b.value("scheme", "");
        const auto schemes = training_application_schemes();
        for (size_t i = 0; i < schemes.size(); i++)
            if (s == scheme_id(schemes[i])) scheme = static_cast<int>(i);
        level = -1;
        const std::string l = b.value("level", "");
        const auto levels = training_levels();
        for (size_t i = 0; i < levels.size(); i++)
            if (l == level_id(levels[i])) level = static_cast<int>(i);
        occupation.set(b.value("occupation", 0), b.value("occupation_text", ""));
        mode = index_of(kModeIds, b.value("mode", ""));
        institution = b.value("institution", "");
        const json hours = b.value("hours", json::object());
        hours_offline = hours.value("offline", 0LL);
        hours_online = hours.value("online", 0LL);
        place = b.value("place", "");
        const json bank = b.value("bank", json::object());
        bank_name = bank.value("name", "");
        bank_account = bank.value("account", "");
        platform = b.value("platform", "");
        category = index_of(kCategoryIds, b.value("category", ""));
        date_from = b.value("date_from", "");
        date_to = b.value("date_to", "");
        district = district_index(b.value("district", ""));
        ownership = index_of(kEnterpriseOwnershipIds, b.value("ownership", ""));
        roster.from_json(b.value("roster", json::array()));
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

// 附件4 row by row on A4 portrait (the 统一社会信用代码 row only when filled),
// then the estimate with its clauses and arithmetic, the office and the roster.
std::string TrainingApplicationModel::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    const Occupation* o = occupation.chosen();
    const std::string occupation_text = o ? std::to_string(o->number) + " " + o->name : occupation.query;
    std::string h = print_head(std::string(text::form_training_application) + " " + company);
    h += "<h1>" + esc(text::form_training_application) + "</h1>" + form_table_open("form");
    h += html_row1(text::ta_company, company);
    h += html_row1(text::ta_address, address);
    if (!credit_code.empty()) h += html_row1(text::ta_credit_code, credit_code);
    h += html_row2(text::ta_scheme, scheme_text(), text::ta_occupation, occupation_text);
    h += html_row2(text::ta_mode, mode >= 0 ? text::ta_modes[mode] : "", text::ta_institution, institution);
    h += html_row2(text::ta_hours, format_text(text::ta_hours_format, hours_offline, hours_online), text::ta_trainee_count,
              std::to_string(roster.people.size()));
    h += html_row2(text::ta_place, place, text::ta_standard, standard_text(ctx.estimate, ctx.today));
    h += html_row1(text::ta_bank, bank_name + "，" + text::ta_bank_account + "：" + bank_account);
    h += html_row1(text::ta_platform, platform);
    h += html_row1(text::ta_category, category >= 0 ? text::ta_categories[category] : "");
    auto date_or_blank = [](const std::string& d) { return trimmed(d).empty() ? std::string(text::print_blank_date) : d; };
    h += html_row1(text::print_training_time, format_text(text::print_date_range_format, date_or_blank(date_from).c_str(),
                                                          date_or_blank(date_to).c_str()));
    h += "<tr><th>" + esc(text::ta_commitment_heading) + "</th><td colspan=\"3\" id=\"commitment\"><p>" + esc(commitment()) +
         "</p>" + sign_block_html(text::ta_signature, text::ta_seal) + "</td></tr>";
    h += review_row_html(text::ta_bureau_opinion, 3) + "</table>";
    if (ctx.estimate)
        h += "<h2>" + esc(text::estimate_heading) + "</h2><table class=\"form\" id=\"estimate\">" +
             estimate_rows_html(*ctx.estimate) + "</table>";
    if (ctx.route)
        h += "<h2>" + esc(text::route_heading) + "</h2><p>" +
             esc(format_text(text::route_office_format, ctx.route->office.c_str())) + "（" + esc(ctx.route->clause) + "）</p>";
    h += "<h2>" + esc(text::roster_heading) + "</h2>" + roster.html_table(nullptr) + roster.html_conditions(conditions(), false) +
         "</body></html>";
    return h;
}

std::unique_ptr<FormModel> create_training_application_model() { return std::make_unique<TrainingApplicationModel>(); }

}  // namespace skillaid
