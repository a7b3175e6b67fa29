// The view of 企业职工培训申请表 (附件4; engine/forms/training_application.h):
// the attachment's fields top to bottom, the commitment, and the trainee roster.
#include <vector>

#include "engine/forms/derive.h"
#include "engine/forms/text.h"
#include "engine/forms/training_application.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/test_hooks.h"
#include "ui/strings.h"

namespace skillaid {

void draw_training_application(FormModel& model, FormContext& ctx) {
    auto& m = static_cast<TrainingApplicationModel&>(model);
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    // reuse (engine/forms/derive.h): start the claim or the class opening from this application.
    if (ImGui::SmallButton(text::derive_claim)) start_draft_from(ctx.app, *find_form_kind("claim"), claim_from_application(m));
    test_hook_item("derive.claim", nullptr);
    ImGui::SameLine();
    if (ImGui::SmallButton(text::derive_class_opening))
        start_draft_from(ctx.app, *find_form_kind("class_opening"), class_opening_from_application(m));
    test_hook_item("derive.class_opening", nullptr);
    ImGui::SameLine();
    parts::save_to_profile_button(m, ctx);
    parts::focus_first_field(ctx);
    c |= ui::text_field("company_name", text::ta_company, m.company, v);
    c |= ui::text_field("address", text::ta_address, m.address, v);
    c |= ui::text_field("credit_code", text::ta_credit_code, m.credit_code, v);
    c |= ui::select_field("scheme", text::ta_scheme, m.scheme, text::ta_schemes, IM_ARRAYSIZE(text::ta_schemes), v);
    if (m.asks_level())
        c |= level_field(text::ta_level, m.level, v);
    c |= ctx.view.occupation.draw("occupation", text::ta_occupation, text::ta_occupation_hint, m.occupation, v);
    c |= ui::select_field("mode", text::ta_mode, m.mode, text::ta_modes, IM_ARRAYSIZE(text::ta_modes), v);
    c |= ui::text_field("institution", text::ta_institution, m.institution, v);
    if (m.has_offline()) c |= ui::number_field("hours_offline", text::ta_hours_offline, m.hours_offline, v);
    if (m.has_online()) c |= ui::number_field("hours_online", text::ta_hours_online, m.hours_online, v);
    ui::value_field("trainee_count", text::ta_trainee_count,
                    format_text(text::ta_trainee_count_format, static_cast<int>(m.roster.people.size())));
    if (m.has_offline()) c |= ui::text_field("place", text::ta_place, m.place, v, text::ta_place_hint);
    ui::value_field("subsidy_standard", text::ta_standard, m.standard());
    c |= ui::text_field("bank_name", text::ta_bank_name, m.bank_name, v, text::ta_bank_name_hint);
    c |= ui::text_field("bank_account", text::ta_bank_account, m.bank_account, v, nullptr, ui::kFieldWidthEm,
                          ui::Keyboard::numeric);
    if (m.has_online()) c |= ui::text_field("platform", text::ta_platform, m.platform, v, text::ta_platform_hint);
    c |= ui::select_field("category", text::ta_category, m.category, text::ta_categories,
                          IM_ARRAYSIZE(text::ta_categories), v);
    c |= ui::date_range_field(text::ta_date_range, "date_from", text::ta_date_from, m.date_from, "date_to", text::ta_date_to,
                              m.date_to, v);

    ui::section(text::ta_routing_heading);
    c |= district_field(text::ta_district, m.district, v);
    c |= ui::select_field("ownership", text::ta_ownership, m.ownership, text::ta_ownerships,
                          IM_ARRAYSIZE(text::ta_ownerships), v);

    ui::section(text::ta_commitment_heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", m.commitment().c_str());
    ImGui::PopTextWrapPos();
    c |= ctx.view.roster.draw(m.roster, v, nullptr, m.company.empty() ? "" : m.company + text::roster_heading,
                              m.conditions());  // issue 14: optional before enrolling
}

}  // namespace skillaid
