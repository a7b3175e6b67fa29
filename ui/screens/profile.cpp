// 单位信息: the unit profile (engine/forms/profile.h) every new form is
// pre-filled from. Edits a copy (AppState::profile_edit); 保存单位信息 checks
// USCC, bank account and phone and stores it (save_unit_profile). docs/ui.md.
#include <vector>

#include "engine/forms/fields.h"
#include "engine/forms/profile.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {

void draw_profile_screen(AppState& app) {
    if (!app.profile_edit_open) {
        app.profile_edit = app.profile;
        app.profile_edit_open = true;
    }
    Profile& p = app.profile_edit;
    Validation v;
    check_profile(p, v);  // a few fields: checked each frame
    ui::section(text::nav_profile);
    ImGui::TextDisabled("%s", text::profile_note);
    static std::vector<const char*> districts;
    if (districts.empty())
        for (const std::string& d : form_districts()) districts.push_back(d.c_str());
    ui::text_field("profile.org_name", text::pf_org_name, p.org_name, v);
    ui::text_field("profile.credit_code", text::pf_credit_code, p.credit_code, v);
    ui::select_field("profile.district", text::pf_district, p.district, districts.data(),
                     static_cast<int>(districts.size()), v);
    ui::select_field("profile.ownership", text::pf_ownership, p.ownership, text::ta_ownerships,
                     IM_ARRAYSIZE(text::ta_ownerships), v);
    ui::select_field("profile.institution_level", text::pf_institution_level, p.institution_level,
                     text::co_institution_levels, IM_ARRAYSIZE(text::co_institution_levels), v);
    ui::text_field("profile.address", text::pf_address, p.address, v);
    ui::text_field("profile.contact", text::pf_contact, p.contact, v);
    ui::text_field("profile.phone", text::pf_phone, p.phone, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::tel);
    ui::text_field("profile.bank_name", text::pf_bank_name, p.bank_name, v);
    ui::text_field("profile.bank_account", text::pf_bank_account, p.bank_account, v, nullptr, ui::kFieldWidthEm,
                   ui::Keyboard::numeric);
    if (ImGui::Button(text::profile_save)) save_unit_profile(app, p);
    test_hook_item("profile.save", nullptr);
}

}  // namespace skillaid
