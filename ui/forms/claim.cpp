// 补贴资金申请 (长人社联〔2020〕12号 六): after the training, the enterprise
// or institution claims the subsidy for the people who qualified: the roster
// with each person's attendance, certificate and number, each person's
// amount as the engine computed it, and the total. A second kind of claim,
// 生活费补贴 (三(二)4), lists each person's group, days and whether they draw
// unemployment insurance. Where it goes: the engine's routing (五(一), 六(一)).
#include <stdexcept>

#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/money.h"
#include "engine/validators.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/occupation_picker.h"
#include "ui/roster.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid {
namespace {

using nlohmann::json;
using parts::trimmed;

constexpr Scheme kSchemes[] = {Scheme::pre_job, Scheme::job_transfer, Scheme::skill_upgrade, Scheme::job_drill,
                               Scheme::apprenticeship, Scheme::employment_skills, Scheme::entrepreneurship,
                               Scheme::labour_preparation, Scheme::poverty_training, Scheme::assessment};
constexpr Level kLevels[] = {Level::junior, Level::intermediate, Level::senior, Level::technician,
                             Level::senior_technician, Level::senior_technician_upgrade};
constexpr const char* kTypeIds[] = {"training", "living_allowance"};
constexpr const char* kOrganisationIds[] = {"enterprise", "institution"};
constexpr const char* kOwnershipIds[] = {"central_provincial", "state_owned", "other"};
constexpr const char* kInstitutionLevelIds[] = {"provincial", "city", "district"};
constexpr int kTypeLiving = 1;
constexpr int kOrganisationInstitution = 1;
constexpr double kFullAttendance = 100.0;

template <typename T, size_t N>
int index_in(const T (&values)[N], const std::string& id, auto id_of) {
    for (size_t i = 0; i < N; i++)
        if (id == id_of(values[i])) return static_cast<int>(i);
    return -1;
}
const char* same(const char* s) { return s; }

bool uses_hours(Scheme s) {
    return s == Scheme::pre_job || s == Scheme::job_transfer || s == Scheme::skill_upgrade || s == Scheme::job_drill ||
           s == Scheme::employment_skills || s == Scheme::labour_preparation || s == Scheme::poverty_training;
}
bool uses_level(Scheme s) { return s == Scheme::skill_upgrade || s == Scheme::assessment; }
bool uses_occupation(Scheme s) { return s != Scheme::entrepreneurship; }

const char* business_of(bool living, int scheme) {
    if (living) return "difficulty_groups_training";
    if (scheme < 0) return "enterprise_training";
    switch (kSchemes[scheme]) {
        case Scheme::apprenticeship: return "apprenticeship";
        case Scheme::employment_skills:
        case Scheme::entrepreneurship:
        case Scheme::labour_preparation:
        case Scheme::poverty_training: return "difficulty_groups_training";
        default: return "enterprise_training";
    }
}

class Claim final : public FormModel {
public:
    Claim() { roster_.columns = (roster_attendance | roster_certificate); }
    void prefill(const Profile& p) override { name_ = p.org_name; }
    void draw(FormContext& ctx);
    void validate(Validation& v, const std::string& today, const json& estimate) const override;
    json to_json() const override;
    void from_json(const json& body, int format_version) override;
    std::string title() const override { return name_; }
    std::optional<json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override {
        return roster_.accept_text(purpose, text);
    }

private:
    bool living() const { return type_ == kTypeLiving; }
    Scheme scheme() const { return living() ? Scheme::living_allowance : kSchemes[scheme_]; }

    int type_ = 0, organisation_ = -1, ownership_ = -1, institution_level_ = -1, district_ = -1, scheme_ = -1, level_ = -1;
    std::string name_, credit_code_, date_from_, date_to_, bank_name_, bank_account_;
    OccupationChoice occupation_;
    long long hours_offline_ = 0, hours_online_ = 0;
    RosterModel roster_;
    // From the last estimate, refreshed by validate() (once per edit).
    mutable std::vector<RosterResult> results_;
    mutable std::string total_ = text::cl_total_pending;
};

void Claim::draw(FormContext& ctx) {
    const Validation& v = ctx.validation;
    static std::vector<std::string> scheme_names;
    static std::vector<const char*> scheme_ptrs, level_ptrs;
    if (scheme_ptrs.empty()) {
        for (Scheme s : kSchemes) scheme_names.push_back(policy_versions().back().rules(s).name);
        for (const std::string& n : scheme_names) scheme_ptrs.push_back(n.c_str());
        for (Level l : kLevels) level_ptrs.push_back(level_name(l).data());
    }
    bool& c = ctx.changed;
    if (ui::select_field("claim_type", text::cl_type, type_, text::cl_types, IM_ARRAYSIZE(text::cl_types), v)) {
        roster_.columns = living() ? roster_living : (roster_attendance | roster_certificate);
        c = true;
    }
    c |= ui::select_field("organisation", text::cl_organisation, organisation_, text::cl_organisations,
                          IM_ARRAYSIZE(text::cl_organisations), v);
    c |= ui::text_field("name", text::cl_name, name_, v);
    c |= ui::text_field("credit_code", text::cl_credit_code, credit_code_, v);
    if (organisation_ == kOrganisationInstitution)
        c |= ui::select_field("institution_level", text::co_institution_level, institution_level_,
                              text::co_institution_levels, IM_ARRAYSIZE(text::co_institution_levels), v);
    else
        c |= ui::select_field("ownership", text::cl_ownership, ownership_, text::cl_ownerships,
                              IM_ARRAYSIZE(text::cl_ownerships), v);
    c |= district_field(text::cl_district, district_, v);
    if (!living()) {
        c |= ui::select_field("scheme", text::cl_scheme, scheme_, scheme_ptrs.data(), static_cast<int>(scheme_ptrs.size()), v);
        if (scheme_ < 0 || uses_occupation(kSchemes[scheme_]))
            c |= ctx.view.occupation.draw("occupation", text::cl_occupation, text::ta_occupation_hint, occupation_, v);
        if (scheme_ >= 0 && uses_level(kSchemes[scheme_]))
            c |= ui::select_field("level", text::cl_level, level_, level_ptrs.data(), static_cast<int>(level_ptrs.size()), v);
        if (scheme_ >= 0 && uses_hours(kSchemes[scheme_])) {
            c |= ui::number_field("hours_offline", text::cl_hours_offline, hours_offline_, v);
            c |= ui::number_field("hours_online", text::cl_hours_online, hours_online_, v);
        }
    }
    c |= ui::date_field("date_from", text::cl_date_from, date_from_, v);
    c |= ui::date_field("date_to", text::cl_date_to, date_to_, v);
    c |= ui::text_field("bank_name", text::cl_bank_name, bank_name_, v, text::ta_bank_name_hint);
    c |= ui::text_field("bank_account", text::cl_bank_account, bank_account_, v);
    ui::value_field("claim_total", text::cl_total, total_);
    c |= ctx.view.roster.draw(roster_, v, &results_);
}

void Claim::validate(Validation& v, const std::string& today, const json& estimate) const {
    auto required = [&](const char* key, const char* label, bool ok) {
        if (!ok) v.error(key, label, text::required_message);
    };
    required("organisation", text::cl_organisation, organisation_ >= 0);
    required("name", text::cl_name, !trimmed(name_).empty());
    if (!trimmed(credit_code_).empty()) {
        CheckResult r = check_credit_code(credit_code_);
        if (!r.ok) v.error("credit_code", text::cl_credit_code, r.message);
        else if (r.severity == Severity::warning) v.warning("credit_code", text::cl_credit_code, r.message);
    }
    if (organisation_ == kOrganisationInstitution) required("institution_level", text::co_institution_level, institution_level_ >= 0);
    else required("ownership", text::cl_ownership, ownership_ >= 0);
    required("district", text::cl_district, district_ >= 0);
    if (!living()) {
        required("scheme", text::cl_scheme, scheme_ >= 0);
        if (scheme_ >= 0 && uses_occupation(kSchemes[scheme_]) && !occupation_.number)
            v.error("occupation", text::cl_occupation,
                    trimmed(occupation_.query).empty() ? text::required_message : text::ta_occupation_pick);
        if (scheme_ >= 0 && uses_level(kSchemes[scheme_])) required("level", text::cl_level, level_ >= 0);
    }
    Date from{}, to{};
    parts::check_date_range(v, {"date_from", text::cl_date_from, date_from_}, {"date_to", text::cl_date_to, date_to_},
                            text::ta_date_order, from, to);
    required("bank_name", text::cl_bank_name, !trimmed(bank_name_).empty());
    if (trimmed(bank_account_).empty()) {
        v.error("bank_account", text::cl_bank_account, text::required_message);
    } else if (CheckResult r = check_bank_card(bank_account_); !r.ok) {
        v.error("bank_account", text::cl_bank_account, r.message);
    } else if (r.severity == Severity::warning) {
        v.warning("bank_account", text::cl_bank_account, r.message);
    }
    roster_.validate(v, parse_date(today, "/today"));

    // Each person's amount and the total, from the engine's per-trainee result.
    results_.assign(roster_.people.size(), RosterResult{});
    total_ = text::cl_total_pending;
    if (!estimate.is_object()) return;
    if (estimate.contains("error")) {
        std::string path = estimate["error"].value("path", "");
        const char* key = path.rfind("/hours", 0) == 0 ? "hours_offline"
                          : path.rfind("/occupation", 0) == 0 ? "occupation"
                          : path.rfind("/level", 0) == 0 ? "level"
                          : path.rfind("/date", 0) == 0 ? "date_from"
                          : path.rfind("/trainees", 0) == 0 ? "roster"
                                                            : (living() ? "claim_type" : "scheme");
        if (!v.find(key)) v.error(key, text::cl_total, estimate["error"].value("message", ""));
        return;
    }
    total_ = yuan_text(estimate.value("total_fen", 0LL)) + "（" + estimate.value("scheme_name", "") + "，" +
             estimate.value("clause", "") + "）";
    for (const json& t : estimate.value("trainees", json::array())) {
        size_t i = t.value("index", 0);
        if (i >= results_.size()) continue;
        RosterResult& r = results_[i];
        r.excluded = !t.value("eligible", false);
        r.amount = yuan_text(t.value("amount_fen", 0LL));
        if (r.excluded) r.amount += std::string(" ") + text::cl_excluded;
        const json issues = t.value("issues", json::array());
        if (!issues.empty()) r.note = issues[0].value("message", "") + "（" + issues[0].value("clause", "") + "）";
    }
}

std::optional<json> Claim::scenario(const std::string& today) const {
    if (roster_.people.empty() || (!living() && scheme_ < 0)) return std::nullopt;
    Scheme s = scheme();
    json j = {{"scheme", scheme_id(s)}};
    std::string date = trimmed(date_from_);
    j["date"] = date.empty() ? today : date;
    if (!living()) {
        if (uses_occupation(s)) {
            if (!occupation_.number) return std::nullopt;
            j["occupation"] = occupation_.number;
        }
        if (uses_level(s) && level_ >= 0) j["level"] = level_id(kLevels[level_]);
        if (uses_hours(s) && hours_offline_ + hours_online_ > 0) {
            json h = json::object();
            if (hours_offline_ > 0) h["offline"] = hours_offline_;
            if (hours_online_ > 0) h["online"] = hours_online_;
            j["hours"] = h;
        }
    }
    json trainees = json::array();
    for (const RosterPerson& p : roster_.people) {
        json one = {{"id", trimmed(p.id).empty() ? p.name : trimmed(p.id)}};
        if (living()) {
            if (p.group >= 0) one["group"] = group_id(roster_groups()[static_cast<size_t>(p.group)]);
            one["days"] = std::max(0LL, p.days);
            if (p.unemployment_insurance) one["unemployment_insurance"] = true;
        } else {
            one["attendance"] = std::clamp(p.attendance, 0.0, kFullAttendance) / kFullAttendance;
            one["certified"] = p.certified;
        }
        trainees.push_back(std::move(one));
    }
    j["trainees"] = std::move(trainees);
    return j;
}

std::optional<RouteRequest> Claim::route_request() const {
    if (organisation_ < 0 || district_ < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = kOrganisationIds[organisation_];
    if (organisation_ == kOrganisationInstitution) {
        if (institution_level_ < 0) return std::nullopt;
        r.institution_level = kInstitutionLevelIds[institution_level_];
    } else {
        if (ownership_ < 0) return std::nullopt;
        r.ownership = kOwnershipIds[ownership_];
    }
    r.district = district_name(district_);
    r.business = business_of(living(), scheme_);
    return r;
}

json Claim::to_json() const {
    auto id = [](int i, const char* const* ids) { return std::string(i >= 0 ? ids[i] : ""); };
    // Member by member: an initializer list of this size costs ~4x the wasm bytes.
    json j;
    j["claim_type"] = kTypeIds[type_];
    j["organisation"] = id(organisation_, kOrganisationIds);
    j["name"] = name_;
    j["credit_code"] = credit_code_;
    j["ownership"] = id(ownership_, kOwnershipIds);
    j["institution_level"] = id(institution_level_, kInstitutionLevelIds);
    j["district"] = district_name(district_);
    j["scheme"] = scheme_ >= 0 ? std::string(scheme_id(kSchemes[scheme_])) : "";
    j["level"] = level_ >= 0 ? std::string(level_id(kLevels[level_])) : "";
    j["occupation"] = occupation_.number;
    j["occupation_text"] = occupation_.query;
    j["hours"]["offline"] = hours_offline_;
    j["hours"]["online"] = hours_online_;
    j["date_from"] = date_from_;
    j["date_to"] = date_to_;
    j["bank"]["name"] = bank_name_;
    j["bank"]["account"] = bank_account_;
    j["roster"] = roster_.to_json();
    return j;
}

void Claim::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        type_ = std::max(0, index_in(kTypeIds, b.value("claim_type", ""), same));
        organisation_ = index_in(kOrganisationIds, b.value("organisation", ""), same);
        name_ = b.value("name", "");
        credit_code_ = b.value("credit_code", "");
        ownership_ = index_in(kOwnershipIds, b.value("ownership", ""), same);
        institution_level_ = index_in(kInstitutionLevelIds, b.value("institution_level", ""), same);
        district_ = district_index(b.value("district", ""));
        scheme_ = index_in(kSchemes, b.value("scheme", ""), scheme_id);
        level_ = index_in(kLevels, b.value("level", ""), level_id);
        occupation_.set(b.value("occupation", 0), b.value("occupation_text", ""));
        json hours = b.value("hours", json::object());
        hours_offline_ = hours.value("offline", 0LL);
        hours_online_ = hours.value("online", 0LL);
        date_from_ = b.value("date_from", "");
        date_to_ = b.value("date_to", "");
        json bank = b.value("bank", json::object());
        bank_name_ = bank.value("name", "");
        bank_account_ = bank.value("account", "");
        roster_.columns = living() ? roster_living : (roster_attendance | roster_certificate);
        roster_.from_json(b.value("roster", json::array()));
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string Claim::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto row2 = [&](const char* a, const std::string& va, const char* b, const std::string& vb) {
        return "<tr><th>" + esc(a) + "</th><td>" + esc(va) + "</td><th>" + esc(b) + "</th><td>" + esc(vb) + "</td></tr>";
    };
    auto row1 = [&](const char* a, const std::string& va) {
        return "<tr><th>" + esc(a) + "</th><td colspan=\"3\">" + esc(va) + "</td></tr>";
    };
    auto pick = [](int i, const char* const* names) { return std::string(i >= 0 ? names[i] : ""); };
    const char* heading = living() ? text::cl_heading_living : text::cl_heading_training;
    std::string h = parts::print_head(std::string(heading) + " " + name_) + "<h1>" + esc(heading) + "</h1><table id=\"form\">";
    h += row2(text::cl_name, name_, text::cl_credit_code, credit_code_);
    h += row2(text::cl_organisation, pick(organisation_, text::cl_organisations),
              organisation_ == kOrganisationInstitution ? text::co_institution_level : text::cl_ownership,
              organisation_ == kOrganisationInstitution ? pick(institution_level_, text::co_institution_levels)
                                                        : pick(ownership_, text::cl_ownerships));
    if (!living()) {
        const Occupation* o = occupation_.chosen();
        std::string scheme = scheme_ >= 0 ? policy_versions().back().rules(kSchemes[scheme_]).name : "";
        if (scheme_ >= 0 && uses_level(kSchemes[scheme_]) && level_ >= 0) scheme += "（" + std::string(level_name(kLevels[level_])) + "）";
        h += row2(text::cl_scheme, scheme, text::cl_occupation, o ? std::to_string(o->number) + " " + o->name : "");
        char hours[96];
        std::snprintf(hours, sizeof hours, text::ta_hours_format, hours_offline_, hours_online_);
        h += row1(text::co_hours, hours);
    }
    h += row2(text::cl_date_from, date_from_, text::cl_date_to, date_to_);
    h += row1(text::ta_bank, bank_name_ + "，" + text::cl_bank_account + "：" + bank_account_);
    h += row2(text::co_people, std::to_string(roster_.people.size()), text::cl_total, total_);
    if (ctx.route) {
        std::string contacts;
        for (const OfficeContact& c : ctx.route->contacts)
            contacts += (contacts.empty() ? "" : "；") + c.unit + " " + c.department + " " + c.person + " " + c.phone;
        h += row2(text::cl_send_to, ctx.route->office + "（" + ctx.route->clause + "）", text::cl_contacts, contacts);
    }
    h += "<tr><th>" + esc(text::ta_commitment_heading) + "</th><td colspan=\"3\"><p>" + esc(text::cl_commitment) +
         "</p><div class=\"sign\"><span>" + esc(text::cl_signature) + "</span><span>" + esc(text::ta_seal) +
         "</span></div><p style=\"text-align:right\">" + esc(text::ta_date_line) + "</p></td></tr>";
    h += "<tr><th>" + esc(text::co_bureau_opinion) + "</th><td colspan=\"3\" class=\"box\" id=\"bureau-opinion\">"
         "<div class=\"sign\"><span></span><span>" + esc(text::ta_seal) + "</span></div><p style=\"text-align:right\">" +
         esc(text::ta_date_line) + "</p></td></tr></table>";
    h += "<h2>" + esc(text::roster_heading) + "</h2>" + roster_.html_table(&results_) + "</body></html>";
    return h;
}

}  // namespace

std::unique_ptr<FormModel> create_claim_model() { return std::make_unique<Claim>(); }
void draw_claim(FormModel& model, FormContext& ctx) { static_cast<Claim&>(model).draw(ctx); }

}  // namespace skillaid
