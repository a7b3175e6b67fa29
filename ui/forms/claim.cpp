// The view of 补贴资金申请 (engine/forms/claim.h ClaimModel): draws the
// model's fields and edits them; a field a scheme does not ask for (policy
// data) is not shown. Each person's amount comes from the model's results.
#include <vector>

#include "engine/forms/claim.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"

namespace skillaid {

void draw_claim(FormModel& model, FormContext& ctx) {
    ClaimModel& m = static_cast<ClaimModel&>(model);
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    parts::save_to_profile_button(m, ctx);  // the unit profile
    parts::focus_first_field(ctx);
    if (int type = m.type;
        ui::select_field("claim_type", text::cl_type, type, text::cl_types, IM_ARRAYSIZE(text::cl_types), v)) {
        m.set_type(type);
        c = true;
    }
    c |= ui::select_field("organisation", text::cl_organisation, m.organisation, text::cl_organisations,
                          IM_ARRAYSIZE(text::cl_organisations), v);
    c |= ui::text_field("name", text::cl_name, m.name, v);
    c |= ui::text_field("credit_code", text::cl_credit_code, m.credit_code, v);
    if (m.organisation == kClaimOrganisationInstitution)
        c |= ui::select_field("institution_level", text::co_institution_level, m.institution_level,
                              text::co_institution_levels, IM_ARRAYSIZE(text::co_institution_levels), v);
    else
        c |= ui::select_field("ownership", text::cl_ownership, m.ownership, text::cl_ownerships,
                              IM_ARRAYSIZE(text::cl_ownerships), v);
    c |= district_field(text::cl_district, m.district, v);
    if (!m.living()) {
        c |= scheme_field(text::cl_scheme, m.scheme, claim_schemes(), v);
        const SchemeInputs in = m.inputs();
        if (m.scheme < 0 || asks(in.occupation))
            c |= ctx.view.occupation.draw("occupation", text::cl_occupation, text::ta_occupation_hint, m.occupation, v);
        if (asks(in.occupation))  // 二(三): a trade outside the catalog, paid at the chosen trade's standard
            c |= ui::text_field("approved_trade", text::cl_approved_trade, m.approved_trade, v, text::cl_approved_trade_hint);
        if (asks(in.level))
            c |= level_field(text::cl_level, m.level, v);
        if (asks(in.hours)) {
            c |= ui::number_field("hours_offline", text::cl_hours_offline, m.hours_offline, v);
            c |= ui::number_field("hours_online", text::cl_hours_online, m.hours_online, v);
        }
    }
    c |= ui::date_field("date_from", text::cl_date_from, m.date_from, v);
    c |= ui::date_field("date_to", text::cl_date_to, m.date_to, v);
    c |= ui::text_field("bank_name", text::cl_bank_name, m.bank_name, v, text::ta_bank_name_hint);
    c |= ui::text_field("bank_account", text::cl_bank_account, m.bank_account, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::numeric);
    // the applicant's own contact, printed on the claim (issue 13).
    c |= ui::text_field("contact", text::cl_contact, m.contact, v);
    c |= ui::text_field("phone", text::cl_phone, m.phone, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::tel);
    ui::value_field("claim_total", text::cl_total, m.total());
    c |= ctx.view.roster.draw(m.roster, v, &m.results(), {}, m.conditions());  // issue 14: each person's conditions
}

}  // namespace skillaid
