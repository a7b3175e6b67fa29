// 开班申请 view: draws engine/forms/class_opening.h ClassOpeningModel and edits
// it. The deadline shown is the one the model counted at its last validate().
#include <vector>

#include "engine/forms/class_opening.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"

namespace skillaid {

void draw_class_opening(FormModel& model, FormContext& ctx) {
    ClassOpeningModel& m = static_cast<ClassOpeningModel&>(model);
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    parts::save_to_profile_button(m, ctx);  // the unit profile
    parts::focus_first_field(ctx);
    c |= ui::text_field("institution", text::co_institution, m.institution, v);
    c |= ui::text_field("credit_code", text::co_credit_code, m.credit_code, v);
    c |= ui::select_field("institution_level", text::co_institution_level, m.institution_level, text::co_institution_levels,
                          IM_ARRAYSIZE(text::co_institution_levels), v);
    c |= district_field(text::co_district, m.district, v);
    c |= ui::select_field("delivery", text::co_delivery, m.delivery, text::co_deliveries, IM_ARRAYSIZE(text::co_deliveries), v);
    if (m.online()) c |= ui::text_field("platform", text::co_platform, m.platform, v, text::co_platform_hint);
    c |= scheme_field(text::co_scheme, m.scheme, class_opening_schemes(), v);
    c |= ctx.view.occupation.draw("occupation", text::co_occupation, text::ta_occupation_hint, m.occupation, v);
    if (m.asks_level())
        c |= level_field(text::co_level, m.level, v);
    c |= ui::date_field("date_from", text::co_date_from, m.date_from, v);
    c |= ui::date_field("date_to", text::co_date_to, m.date_to, v);
    c |= ui::text_field("apply_date", text::co_apply_date, m.apply_date, v, text::co_apply_date_hint, 8.0f);
    ui::value_field("deadline", text::co_deadline, m.last_deadline().text);
    parts::provisional_note("deadline.warning", m.last_deadline().warning);
    if (!m.online()) c |= ui::number_field("hours_offline", text::co_hours_offline, m.hours_offline, v);
    c |= ui::number_field("hours_online", text::co_hours_online, m.hours_online, v);
    if (!m.online()) c |= ui::text_field("place", text::co_place, m.place, v, text::co_place_hint);
    c |= ctx.view.roster.draw(m.roster, v, nullptr);
}

}  // namespace skillaid
