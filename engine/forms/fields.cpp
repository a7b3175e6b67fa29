#include "engine/forms/fields.h"

#include "engine/errors.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/validators.h"

namespace skillaid {

const std::vector<std::string>& form_districts() {
    static const std::vector<std::string> d = routing_districts();
    return d;
}

std::string district_name(int district) {
    return district >= 0 && district < static_cast<int>(form_districts().size())
               ? form_districts()[static_cast<size_t>(district)]
               : "";
}

int district_index(const std::string& name) {
    const std::vector<std::string>& d = form_districts();
    for (size_t i = 0; i < d.size(); i++)
        if (d[i] == name) return static_cast<int>(i);
    return -1;
}

std::optional<RouteRequest> enterprise_route(int district, int ownership, std::string_view business) {
    if (district < 0 || ownership < 0 || ownership > 2) return std::nullopt;
    RouteRequest r;
    r.organisation = "enterprise";
    r.ownership = kEnterpriseOwnershipIds[ownership];
    r.district = district_name(district);
    r.business = std::string(business);
    return r;
}

std::span<const Level> training_levels() {
    static constexpr Level kLevels[] = {Level::junior, Level::intermediate, Level::senior, Level::technician,
                                        Level::senior_technician, Level::senior_technician_upgrade};
    return kLevels;
}

std::vector<Scheme> schemes_of_business(std::string_view business) {
    std::vector<Scheme> out;
    const PolicyVersion& p = policy_versions().back();
    for (int i = 0; i < scheme_count; i++)
        if (p.schemes[static_cast<size_t>(i)].business == business) out.push_back(static_cast<Scheme>(i));
    return out;
}

void OccupationChoice::set(int catalog_number, const std::string& fallback_text) {
    const Occupation* o = catalog_number ? find_occupation(catalog_number) : nullptr;
    number = o ? o->number : 0;
    query = o ? o->name : fallback_text;
}

int index_of(std::span<const char* const> ids, std::string_view id) {
    if (id.empty()) return -1;
    for (size_t i = 0; i < ids.size(); i++)
        if (id == ids[i]) return static_cast<int>(i);
    return -1;
}

std::string id_at(std::span<const char* const> ids, int i) {
    return i >= 0 && i < static_cast<int>(ids.size()) ? ids[static_cast<size_t>(i)] : "";
}

bool check_date_range(Validation& v, const DateField& from_field, const DateField& to_field,
                      const char* order_message, Date& from, Date& to) {
    bool dates_ok = true;
    for (auto [field, out] : {std::pair{&from_field, &from}, std::pair{&to_field, &to}}) {
        const std::string value = trimmed(field->text);
        const std::string path = field->path ? field->path : "";
        if (value.empty()) {
            v.error(field->key, field->label, text::required_message, path);
            dates_ok = false;
            continue;
        }
        try {
            *out = parse_date(value, "");
        } catch (const InputError& e) {
            v.error(field->key, field->label, e.message, path);
            dates_ok = false;
        }
    }
    if (dates_ok && to < from) v.error(to_field.key, to_field.label, order_message, to_field.path ? to_field.path : "");
    return dates_ok;
}

// Mobile, or a landline: area code 0 + 2-3 digits, then 7-8 digits ("0431-89871357").
bool phone_ok(const std::string& p) {
    if (check_mobile(p).ok) return true;
    std::string digits;
    for (char ch : p) {
        if (ch == '-' || ch == ' ') continue;
        if (ch < '0' || ch > '9') return false;
        digits += ch;
    }
    constexpr size_t kMinLandline = 10, kMaxLandline = 12;  // 3-4 digit area code + 7-8 digit number
    return digits.size() >= kMinLandline && digits.size() <= kMaxLandline && digits[0] == '0';
}

}  // namespace skillaid
