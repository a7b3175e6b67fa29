// Forms started from a training application: engine/forms/derive.h.
#include "engine/forms/derive.h"

#include <algorithm>

#include "engine/forms/text.h"
#include "engine/forms/texts.h"

namespace skillaid {

// Index of the application's scheme among `schemes` (-1 when none or not offered there).
template <typename Schemes>
static int scheme_in(const TrainingApplicationModel& a, const Schemes& schemes) {
    std::span<const Scheme> own = training_application_schemes();
    if (a.scheme < 0 || a.scheme >= static_cast<int>(own.size())) return -1;
    auto it = std::find(schemes.begin(), schemes.end(), own[static_cast<size_t>(a.scheme)]);
    return it == schemes.end() ? -1 : static_cast<int>(it - schemes.begin());
}

static std::string origin_of(const TrainingApplicationModel& a) {
    return format_text(text::derive_origin_format,
                       a.date_from.empty() ? "" : format_text(text::derive_origin_date_format, a.date_from.c_str()).c_str());
}

std::unique_ptr<ClaimModel> claim_from_application(const TrainingApplicationModel& a) {
    auto c = std::make_unique<ClaimModel>();
    c->set_type(0);  // 职业培训补贴; the roster's columns
    c->organisation = 0;  // the enterprise claims
    c->ownership = a.ownership;
    c->district = a.district;
    c->name = a.company;
    c->credit_code = a.credit_code;
    c->scheme = scheme_in(a, claim_schemes());
    c->level = a.level;  // both index training_levels()
    c->occupation = a.occupation;
    c->hours_offline = a.hours_offline;
    c->hours_online = a.hours_online;
    c->date_from = a.date_from;
    c->date_to = a.date_to;
    c->bank_name = a.bank_name;
    c->bank_account = a.bank_account;
    c->roster.people = a.roster.people;  // attendance and certificate carried as typed
    c->origin = origin_of(a);
    return c;
}

std::unique_ptr<ClassOpeningModel> class_opening_from_application(const TrainingApplicationModel& a) {
    auto c = std::make_unique<ClassOpeningModel>();
    const bool own_staff = trimmed(a.institution).empty() || trimmed(a.institution) == trimmed(a.company);
    c->institution = own_staff ? a.company : a.institution;
    if (own_staff) {
        c->credit_code = a.credit_code;
        c->district = a.district;
    }
    c->delivery = a.mode == mode_online ? ClassOpeningModel::delivery_online
                  : a.mode >= 0         ? ClassOpeningModel::delivery_offline
                                        : -1;
    c->platform = a.platform;
    c->scheme = scheme_in(a, class_opening_schemes());
    c->level = a.level;
    c->occupation = a.occupation;
    c->date_from = a.date_from;
    c->date_to = a.date_to;
    c->hours_offline = a.mode == mode_online ? 0 : a.hours_offline;
    c->hours_online = a.hours_online;
    c->place = a.place;
    c->roster.people = a.roster.people;  // name, ID, mobile shown
    c->origin = origin_of(a);
    return c;
}

}  // namespace skillaid
