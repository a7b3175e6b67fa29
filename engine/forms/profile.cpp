// The unit profile: its JSON, its checks, and each form kind's prefill() and
// to_profile() (which of the kind's fields are the unit's). engine/forms/profile.h.
#include "engine/forms/profile.h"

#include "engine/forms/claim.h"
#include "engine/forms/class_opening.h"
#include "engine/forms/fields.h"
#include "engine/forms/platform_application.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/forms/training_application.h"
#include "engine/validators.h"

namespace skillaid {

using json = nlohmann::json;

json profile_to_json(const Profile& p) {
    json j;
    j["org_name"] = p.org_name;
    j["credit_code"] = p.credit_code;
    j["district"] = district_name(p.district);
    j["ownership"] = id_at(kEnterpriseOwnershipIds, p.ownership);
    j["institution_level"] = id_at(kTrainingInstitutionLevelIds, p.institution_level);
    j["address"] = p.address;
    j["contact"] = p.contact;
    j["phone"] = p.phone;
    j["bank_name"] = p.bank_name;
    j["bank_account"] = p.bank_account;
    return j;
}

Profile profile_from_json(const json& j) {
    Profile p;
    if (!j.is_object()) return p;
    auto str = [&](const char* key) {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    p.org_name = str("org_name");  // the only member of profiles stored before issue 13
    p.credit_code = str("credit_code");
    p.district = district_index(str("district"));
    p.ownership = index_of(kEnterpriseOwnershipIds, str("ownership"));
    p.institution_level = index_of(kTrainingInstitutionLevelIds, str("institution_level"));
    p.address = str("address");
    p.contact = str("contact");
    p.phone = str("phone");
    p.bank_name = str("bank_name");
    p.bank_account = str("bank_account");
    return p;
}

void check_profile(const Profile& p, Validation& v) {
    auto check = [&](const char* key, const char* label, const std::string& value, CheckResult (*fn)(std::string_view)) {
        if (trimmed(value).empty()) return;
        CheckResult r = fn(trimmed(value));
        if (!r.ok) v.error(key, label, r.message, "");
        else if (r.severity == Severity::warning) v.warning(key, label, r.message, "");
    };
    check("profile.credit_code", text::pf_credit_code, p.credit_code, check_credit_code);
    check("profile.bank_account", text::pf_bank_account, p.bank_account, check_bank_card);
    if (!trimmed(p.phone).empty() && !phone_ok(trimmed(p.phone)))
        v.error("profile.phone", text::pf_phone, text::pf_phone_bad, "");
}

// ---- Each kind: prefill from the profile, and its unit fields back ----

// `to` = `from` unless `from` is empty / not chosen (to_profile never blanks a profile field).
static void keep(std::string& to, const std::string& from) {
    if (!trimmed(from).empty()) to = trimmed(from);
}
static void keep(int& to, int from) {
    if (from >= 0) to = from;
}

void TrainingApplicationModel::prefill(const Profile& p) {
    company = p.org_name;
    credit_code = p.credit_code;
    address = p.address;
    bank_name = p.bank_name;
    bank_account = p.bank_account;
    district = p.district;
    ownership = p.ownership;
}
void TrainingApplicationModel::to_profile(Profile& p) const {
    keep(p.org_name, company);
    keep(p.credit_code, credit_code);
    keep(p.address, address);
    keep(p.bank_name, bank_name);
    keep(p.bank_account, bank_account);
    keep(p.district, district);
    keep(p.ownership, ownership);
}

void ClaimModel::prefill(const Profile& p) {
    name = p.org_name;
    credit_code = p.credit_code;
    district = p.district;
    ownership = p.ownership;
    institution_level = p.institution_level;
    // Who claims: an enterprise when the profile says its ownership, else an institution when it says its level.
    organisation = p.ownership >= 0 ? 0 : p.institution_level >= 0 ? kClaimOrganisationInstitution : -1;
    bank_name = p.bank_name;
    bank_account = p.bank_account;
    contact = p.contact;
    phone = p.phone;
}
void ClaimModel::to_profile(Profile& p) const {
    keep(p.org_name, name);
    keep(p.contact, contact);
    keep(p.phone, phone);
    keep(p.credit_code, credit_code);
    keep(p.district, district);
    if (organisation == kClaimOrganisationInstitution) keep(p.institution_level, institution_level);
    else keep(p.ownership, ownership);
    keep(p.bank_name, bank_name);
    keep(p.bank_account, bank_account);
}

void ClassOpeningModel::prefill(const Profile& p) {
    institution = p.org_name;
    credit_code = p.credit_code;
    institution_level = p.institution_level;
    district = p.district;
}
void ClassOpeningModel::to_profile(Profile& p) const {
    keep(p.org_name, institution);
    keep(p.credit_code, credit_code);
    keep(p.institution_level, institution_level);
    keep(p.district, district);
}

void PlatformApplicationModel::prefill(const Profile& p) {
    company = p.org_name;
    credit_code = p.credit_code;
    address = p.address;
    contact = p.contact;
    phone = p.phone;
}
void PlatformApplicationModel::to_profile(Profile& p) const {
    keep(p.org_name, company);
    keep(p.credit_code, credit_code);
    keep(p.address, address);
    keep(p.contact, contact);
    keep(p.phone, phone);
}

}  // namespace skillaid
