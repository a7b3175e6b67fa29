#include "engine/forms/claim.h"

#include <stdexcept>

#include "engine/catalog.h"
#include "engine/errors.h"
#include "engine/forms/fields.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/money.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

static const PolicyVersion& claim_policy() { return policy_versions().back(); }

const std::vector<Scheme>& claim_schemes() {
    static const std::vector<Scheme> schemes = [] {
        std::vector<Scheme> out;
        for (int i = 0; i < scheme_count; i++) {
            const SchemeRules& r = claim_policy().rules(static_cast<Scheme>(i));
            if (r.business != "competition" && !r.inputs.per_trainee()) out.push_back(static_cast<Scheme>(i));
        }
        return out;
    }();
    return schemes;
}

static int scheme_index(const std::string& id) {
    const std::vector<Scheme>& s = claim_schemes();
    for (size_t i = 0; i < s.size(); i++)
        if (id == scheme_id(s[i])) return static_cast<int>(i);
    return -1;
}

static int level_index(const std::string& id) {
    const std::span<const Level> levels = training_levels();
    for (size_t i = 0; i < levels.size(); i++)
        if (id == level_id(levels[i])) return static_cast<int>(i);
    return -1;
}

void ClaimModel::set_type(int t) {
    type = t;
    Scheme s = Scheme::living_allowance;
    const bool per_person = living() && claimed_scheme(s) && claim_policy().rules(s).inputs.per_trainee();
    roster.columns = per_person ? roster_living : (roster_attendance | roster_certificate);
}

bool ClaimModel::claimed_scheme(Scheme& out) const {
    if (living()) {
        out = Scheme::living_allowance;
        return true;
    }
    if (scheme < 0 || scheme >= static_cast<int>(claim_schemes().size())) return false;
    out = claim_schemes()[static_cast<size_t>(scheme)];
    return true;
}

SchemeInputs ClaimModel::inputs() const {
    Scheme s{};
    return claimed_scheme(s) ? claim_policy().rules(s).inputs : SchemeInputs{};
}

unsigned ClaimModel::conditions() const {
    Scheme s{};
    return claimed_scheme(s) ? roster_conditions(s) : 0;
}

void ClaimModel::validate(Validation& v, const std::string& today, const json& estimate) const {
    auto required = [&](const char* key, const char* label, bool ok, const char* path = "") {
        if (!ok) v.error(key, label, text::required_message, path);
    };
    required("organisation", text::cl_organisation, organisation >= 0);
    required("name", text::cl_name, !trimmed(name).empty());
    if (!trimmed(credit_code).empty()) {
        CheckResult r = check_credit_code(credit_code);
        if (!r.ok) v.error("credit_code", text::cl_credit_code, r.message);
        else if (r.severity == Severity::warning) v.warning("credit_code", text::cl_credit_code, r.message);
    }
    if (organisation == kClaimOrganisationInstitution)
        required("institution_level", text::co_institution_level, institution_level >= 0);
    else
        required("ownership", text::cl_ownership, ownership >= 0);
    required("district", text::cl_district, district >= 0);
    if (!living()) {
        required("scheme", text::cl_scheme, scheme >= 0);
        const SchemeInputs in = inputs();
        const bool typed = !trimmed(occupation.query).empty();
        const bool approved = !trimmed(approved_trade).empty();  // 二(三): paid at the standard of a catalog trade
        if (asks(in.occupation) && !occupation.number && (typed || approved || in.occupation == Need::required))
            v.error("occupation", text::cl_occupation,
                    approved ? text::cl_approved_trade_needs_occupation
                    : typed  ? text::cl_occupation_pick
                             : text::required_message);
        if (in.level == Need::required) required("level", text::cl_level, level >= 0);
    }
    Date from{}, to{};
    check_date_range(v, {"date_from", text::cl_date_from, date_from}, {"date_to", text::cl_date_to, date_to},
                     text::ta_date_order, from, to);
    required("bank_name", text::cl_bank_name, !trimmed(bank_name).empty(), "/bank/name");
    if (trimmed(bank_account).empty()) {
        v.error("bank_account", text::cl_bank_account, text::required_message, "/bank/account");
    } else if (CheckResult r = check_bank_card(bank_account); !r.ok) {
        v.error("bank_account", text::cl_bank_account, r.message, "/bank/account");
    } else if (r.severity == Severity::warning) {
        v.warning("bank_account", text::cl_bank_account, r.message, "/bank/account");
    }
    if (!trimmed(phone).empty() && !phone_ok(trimmed(phone))) v.error("phone", text::cl_phone, text::pa_phone_bad);
    const Date day = parse_date(today, "/today");
    roster.validate(v, day);
    roster.validate_conditions(v, day, conditions(), true, body_version_ < kClaimFormat);
    read_estimate(v, estimate);
}

// Each person's amount and the total from the engine's answer; an engine
// error goes to the field it concerns (the total's label).
void ClaimModel::read_estimate(Validation& v, const json& estimate) const {
    results_.assign(roster.people.size(), RosterResult{});
    total_ = text::cl_total_pending;
    if (!estimate.is_object()) return;
    if (estimate.contains("error")) {
        struct Target {
            const char* prefix;  // of the engine's scenario path
            const char* key;
            const char* path;    // in the claim's body
        };
        static constexpr Target kTargets[] = {{"/hours", "hours_offline", "/hours"},
                                              {"/occupation", "occupation", "/occupation"},
                                              {"/approved_trade", "approved_trade", "/approved_trade"},
                                              {"/level", "level", "/level"},
                                              {"/date", "date_from", "/date_from"},
                                              {"/trainees", "roster", "/roster"}};
        const std::string path = estimate["error"].value("path", "");
        const char* key = living() ? "claim_type" : "scheme";
        const char* body_path = living() ? "/claim_type" : "/scheme";
        for (const Target& t : kTargets)
            if (path.rfind(t.prefix, 0) == 0) {
                key = t.key;
                body_path = t.path;
                break;
            }
        if (!v.find(key)) v.error(key, text::cl_total, estimate["error"].value("message", ""), body_path);
        return;
    }
    total_ = yuan_text(estimate.value("total_fen", 0LL)) + "（" + estimate.value("scheme_name", "") + "，" +
             estimate.value("clause", "") + "）";
    for (const json& t : estimate.value("trainees", json::array())) {
        const size_t i = t.value("index", 0);
        if (i >= results_.size()) continue;
        RosterResult& r = results_[i];
        r.excluded = !t.value("eligible", false);
        r.amount = yuan_text(t.value("amount_fen", 0LL));
        if (r.excluded) r.amount += std::string(" ") + text::cl_excluded;
        const json issues = t.value("issues", json::array());
        if (!issues.empty()) r.note = issues[0].value("message", "") + "（" + issues[0].value("clause", "") + "）";
    }
}

std::optional<json> ClaimModel::scenario(const std::string& today) const {
    Scheme s{};
    if (roster.people.empty() || !claimed_scheme(s)) return std::nullopt;
    const SchemeInputs in = claim_policy().rules(s).inputs;
    json j = {{"scheme", scheme_id(s)}};
    const std::string date = trimmed(date_from);
    j["date"] = date.empty() ? today : date;
    if (asks(in.occupation)) {
        if (occupation.number) j["occupation"] = occupation.number;
        else if (in.occupation == Need::required) return std::nullopt;
        if (occupation.number && !trimmed(approved_trade).empty()) j["approved_trade"] = trimmed(approved_trade);
    }
    if (asks(in.level) && level >= 0) j["level"] = level_id(training_levels()[static_cast<size_t>(level)]);
    if (asks(in.hours) && hours_offline + hours_online > 0) {
        json h = json::object();
        if (hours_offline > 0) h["offline"] = hours_offline;
        if (hours_online > 0) h["online"] = hours_online;
        j["hours"] = h;
    }
    j["trainees"] = roster.scenario_trainees(conditions());
    return j;
}

std::optional<RouteRequest> ClaimModel::route_request() const {
    Scheme s{};
    if (organisation < 0 || !claimed_scheme(s)) return std::nullopt;
    const std::string& business = claim_policy().rules(s).business;
    if (organisation != kClaimOrganisationInstitution) return enterprise_route(district, ownership, business);
    if (district < 0 || institution_level < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = kClaimOrganisationIds[organisation];
    r.institution_level = kTrainingInstitutionLevelIds[institution_level];
    r.district = district_name(district);
    r.business = business;
    return r;
}

json ClaimModel::to_json() const {
    // Member by member: an initializer list of this size costs ~4x the wasm bytes.
    json j;
    j["claim_type"] = id_at(kClaimTypeIds, type);
    j["organisation"] = id_at(kClaimOrganisationIds, organisation);
    j["name"] = name;
    j["credit_code"] = credit_code;
    j["ownership"] = id_at(kEnterpriseOwnershipIds, ownership);
    j["institution_level"] = id_at(kTrainingInstitutionLevelIds, institution_level);
    j["district"] = district_name(district);
    j["scheme"] = scheme >= 0 ? std::string(scheme_id(claim_schemes()[static_cast<size_t>(scheme)])) : "";
    j["level"] = level >= 0 ? std::string(level_id(training_levels()[static_cast<size_t>(level)])) : "";
    j["occupation"] = occupation.number;
    j["occupation_text"] = occupation.query;
    if (!approved_trade.empty()) j["approved_trade"] = approved_trade;  // optional: older bodies stay unchanged
    j["hours"]["offline"] = hours_offline;
    j["hours"]["online"] = hours_online;
    j["date_from"] = date_from;
    j["date_to"] = date_to;
    j["bank"]["name"] = bank_name;
    j["bank"]["account"] = bank_account;
    if (!contact.empty()) j["contact"] = contact;  // optional members: older bodies stay unchanged
    if (!phone.empty()) j["phone"] = phone;
    j["roster"] = roster.to_json();
    if (!origin.empty()) j["origin"] = origin;  // started from an application (derive.h)
    return j;
}

void ClaimModel::from_json(const json& b, int format_version) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    body_version_ = format_version;
    try {
        set_type(std::max(0, index_of(kClaimTypeIds, b.value("claim_type", ""))));
        organisation = index_of(kClaimOrganisationIds, b.value("organisation", ""));
        name = b.value("name", "");
        credit_code = b.value("credit_code", "");
        ownership = index_of(kEnterpriseOwnershipIds, b.value("ownership", ""));
        institution_level = index_of(kTrainingInstitutionLevelIds, b.value("institution_level", ""));
        district = district_index(b.value("district", ""));
        scheme = scheme_index(b.value("scheme", ""));
        level = level_index(b.value("level", ""));
        occupation.set(b.value("occupation", 0), b.value("occupation_text", ""));
        approved_trade = b.value("approved_trade", "");
        const json hours = b.value("hours", json::object());
        hours_offline = hours.value("offline", 0LL);
        hours_online = hours.value("online", 0LL);
        date_from = b.value("date_from", "");
        date_to = b.value("date_to", "");
        const json bank = b.value("bank", json::object());
        bank_name = bank.value("name", "");
        bank_account = bank.value("account", "");
        contact = b.value("contact", "");
        phone = b.value("phone", "");
        roster.from_json(b.value("roster", json::array()));
        origin = b.value("origin", "");
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

// A formal A4 form (the claim has no attachment): the applicant, what was trained,
// the money, the applicant's own contact, the commitment with signature and seal,
// the bureau's review box; then the roster with each amount and the estimate.
std::string ClaimModel::print_html(const PrintContext& ctx) const {
    const bool institution = organisation == kClaimOrganisationInstitution;
    const char* heading = living() ? text::cl_heading_living : text::cl_heading_training;
    std::string h = print_head(std::string(heading) + " " + name) + "<h1>" + html_escape(heading) +
                    "</h1>" + form_table_open("form");
    h += html_row2(text::cl_name, name, text::cl_credit_code, credit_code);
    h += html_row2(text::cl_organisation, id_at(text::cl_organisations, organisation),
              institution ? text::co_institution_level : text::cl_ownership,
              institution ? id_at(text::co_institution_levels, institution_level) : id_at(text::cl_ownerships, ownership));
    Scheme s{};
    if (!living()) {
        const Occupation* o = occupation.chosen();
        std::string scheme_text = claimed_scheme(s) ? claim_policy().rules(s).name : "";
        if (asks(inputs().level) && level >= 0)
            scheme_text += "（" + std::string(level_name(training_levels()[static_cast<size_t>(level)])) + "）";
        h += html_row2(text::cl_scheme, scheme_text, text::cl_occupation, o ? std::to_string(o->number) + " " + o->name : "");
        if (!trimmed(approved_trade).empty())
            h += html_row1(text::cl_approved_trade, format_text(text::cl_approved_trade_print_format, trimmed(approved_trade).c_str(),
                                                                o ? o->name.c_str() : ""));
        h += html_row1(text::co_hours, format_text(text::ta_hours_format, hours_offline, hours_online));
    }
    h += html_row2(text::cl_date_from, date_from, text::cl_date_to, date_to);
    h += html_row1(text::ta_bank, bank_name + "，" + text::cl_bank_account + "：" + bank_account);
    h += html_row2(text::co_people, std::to_string(roster.people.size()), text::cl_total, total_);
    h += "<tr><th>" + html_escape(text::cl_contact) + "</th><td id=\"contact\">" + html_escape(contact) + "</td><th>" +
         html_escape(text::cl_phone) + "</th><td class=\"nowrap\" id=\"phone\">" + html_escape(phone) + "</td></tr>";
    // Where it goes; never the office's own contact in the applicant's rows.
    if (ctx.route) h += html_row1(text::cl_send_to, ctx.route->office + "（" + ctx.route->clause + "）");
    const std::string commitment =
        format_text(text::cl_commitment_format, claim_policy().rules(Scheme::living_allowance).clause.c_str());
    h += "<tr><th>" + html_escape(text::ta_commitment_heading) + "</th><td colspan=\"3\" id=\"commitment\"><p>" +
         html_escape(commitment) + "</p>" + sign_block_html(text::print_legal_signature, text::print_applicant_seal) +
         "</td></tr>";
    h += review_row_html(text::co_bureau_opinion, 3) + "</table>";
    h += "<h2>" + html_escape(text::roster_heading) + "</h2>" + roster.html_table(&results_);
    h += roster.html_conditions(conditions(), true);  // 附表: the conditions of each person, 以往培训
    if (ctx.estimate)
        h += "<h2>" + html_escape(text::estimate_heading) + "</h2><table class=\"form\" id=\"estimate\">" +
             estimate_rows_html(*ctx.estimate) + "</table>";
    return h + "</body></html>";
}

std::unique_ptr<FormModel> create_claim_model() { return std::make_unique<ClaimModel>(); }

}  // namespace skillaid
