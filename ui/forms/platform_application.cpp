// 第三方监管平台申请表 view: draws engine/forms/platform_application.h
// PlatformApplicationModel (附件3, with 附件2's items as its checklist) and edits it.
#include <string>

#include "engine/forms/platform_application.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid {

void draw_platform_application(FormModel& model, FormContext& ctx) {
    PlatformApplicationModel& m = static_cast<PlatformApplicationModel&>(model);
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    parts::focus_first_field(ctx);
    c |= ui::text_field("company_name", text::pa_company, m.company, v);
    c |= ui::text_field("address", text::pa_address, m.address, v);
    c |= ui::text_field("credit_code", text::pa_credit_code, m.credit_code, v);
    c |= ui::text_field("platform_name", text::pa_platform_name, m.platform_name, v);
    c |= ui::text_field("platform_url", text::pa_url, m.url, v, text::pa_url_hint, ui::kFieldWidthEm, ui::Keyboard::url);
    c |= parts::multiline_field("summary", text::pa_summary, m.summary, v, 4);
    ui::value_field("conformity", text::pa_conformity, text::pa_conformity_value);
    c |= ui::text_field("contact", text::pa_contact, m.contact, v);
    c |= ui::text_field("phone", text::pa_phone, m.phone, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::tel);

    ui::section(text::pa_checklist_heading);
    ImGui::TextUnformatted(text::pa_section_qualification);
    std::span<const PlatformItem> qualifications = platform_qualifications();
    for (size_t i = 0; i < qualifications.size(); i++) {
        const std::string n = std::to_string(i + 1);
        const std::string label = n + "　" + qualifications[i].text;
        c |= parts::check_field(("qualification." + n).c_str(), label.c_str(), m.qualifications[i], v);
    }
    const std::string network = platform_network_heading(policy_for(parse_date(ctx.today, "/today"), "/today"));
    ImGui::TextUnformatted(network.c_str());
    c |= ui::number_field("concurrent_learners", text::pa_concurrent, m.concurrent_learners, v);
    ImGui::TextUnformatted(text::pa_section_technical);
    c |= parts::check_field("integration", platform_integration().text, m.integration, v);
    ImGui::TextUnformatted(text::pa_section_supervision);
    std::span<const PlatformItem> items = platform_supervision();
    for (size_t i = 0; i < items.size(); i++) {
        const PlatformItem& item = items[i];
        const std::string key = "supervision." + std::to_string(i + 1);
        const std::string label = std::to_string(i + 1) + "　" + item.text + (item.required ? text::pa_must : "");
        if (!item.options_key) {
            c |= parts::check_field(key.c_str(), label.c_str(), m.supervision[i], v);
            continue;
        }
        ImGui::TextWrapped("%s", label.c_str());
        test_hook_item(key.c_str(), m.supervision_met(static_cast<int>(i)) ? "true" : "false");
        ImGui::Indent();
        for (size_t o = 0; o < item.options.size(); o++) {
            if (o > 0) ImGui::SameLine();
            c |= parts::check_field((key + "." + item.options[o].id).c_str(), item.options[o].name, m.options[i][o], v);
        }
        ImGui::Unindent();
        ui::field_message(key.c_str(), v);
    }

    ui::section(text::pa_commitment_heading);
    ImGui::PushTextWrapPos(0.0f);
    for (const char* line : text::pa_commitments) ImGui::TextDisabled("%s", line);
    ImGui::PopTextWrapPos();
}

}  // namespace skillaid
