// The draft editor: any form kind, with autosave state, the "提交前需要修正"
// summary, the live estimate (every line with its clause and explanation, and
// why anything is not paid), the route, JSON export and the print view.
#include "engine/forms/text.h"
#include "imgui.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/estimate_view.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"
#include "ui/widgets.h"

namespace skillaid {

constexpr float kSideBySideEm = 70.0f;  // wider than this: estimate beside the form
constexpr float kSideWidthShare = 0.38f;

static void draw_estimate(const OpenDraft& d) {
    ui::section(text::estimate_heading);
    if (d.estimate.is_null()) {
        ImGui::TextDisabled("%s", text::estimate_pending);
        a11y::text(text::estimate_pending);
        test_hook_item("estimate.total_fen", "");
        return;
    }
    ui::draw_estimate(d.estimate, d.estimate_summary, "estimate");
}

static void draw_route(const OpenDraft& d) {
    ui::section(text::route_heading);
    if (!d.route_error.empty()) {
        ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", d.route_error.c_str());
        return;
    }
    if (!d.route) {
        ImGui::TextDisabled("%s", text::route_pending);
        test_hook_item("route.office", "");
        return;
    }
    const Route& r = *d.route;
    ImGui::Text(text::route_office_format, r.office.c_str());
    if (a11y::enabled()) a11y::text(format_text(text::route_office_format, r.office.c_str()).c_str());
    test_hook_item("route.office", r.office.c_str());
    ImGui::TextWrapped("%s（%s）", r.rule.c_str(), r.clause.c_str());
    for (const OfficeContact& c : r.contacts)
        ImGui::BulletText("%s %s %s %s", c.unit.c_str(), c.department.c_str(), c.person.c_str(), c.phone.c_str());
    for (const std::string& note : r.notes) ImGui::TextDisabled("%s", note.c_str());
}

// A returned draft (issue 13): the reviewer's reason above the form, ready to
// correct; "重新提交" (ui/screens/sync.cpp) sends a new version linked to it.
static void draw_returned_banner(const AppState& app, const OpenDraft& d) {
    const OutboxItem* sent = outbox_item_for_draft(app, d.row.id);
    if (!sent || outbox_state_key(*sent) != std::string("returned")) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::error));
    ImGui::PushTextWrapPos(0.0f);
    std::string line = std::string(text::sync_returned_banner) + sent->reason;
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    a11y::live(line.c_str(), false);
    test_hook_item("returned.reason", sent->reason.c_str());
    std::string hint = sent->receipt + " " + text::sync_returned_hint;
    ImGui::TextDisabled("%s", hint.c_str());
    a11y::text(hint.c_str());
    test_hook_item("returned.receipt", sent->receipt.c_str());
    ImGui::PopTextWrapPos();
}

void draw_draft_editor(AppState& app) {
    if (!app.draft) {
        ImGui::TextDisabled("%s", text::no_draft_open);
        return;
    }
    OpenDraft& d = *app.draft;
    ui::section(d.kind->title);
    ImGui::TextDisabled("%s", d.dirty ? text::unsaved : text::saved);
    a11y::text(d.dirty ? text::unsaved : text::saved);
    test_hook_item("save_state", d.dirty ? "dirty" : "saved");
    ImGui::SameLine();
    if (ImGui::Button(text::export_json_button)) {
        std::string name = (d.form->title().empty() ? std::string(text::untitled) : d.form->title()) + ".skillaid.json";
        web::download(name.c_str(), "application/json", export_draft_json(app).dump(2), false);
    }
    test_hook_item("export_json", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::print_button)) {
        PrintContext pc;
        pc.estimate = d.estimate.is_object() && !d.estimate.contains("error") ? &d.estimate : nullptr;
        pc.route = d.route ? &*d.route : nullptr;
        pc.today = app.today;
        web::open_html_window(d.form->print_html(pc));
    }
    test_hook_item("print", nullptr);
    ImGui::SameLine();
    draw_submit(app);
    draw_returned_banner(app, d);
    draw_server_offer(app);
    draw_calendar_notices(app, &d.row.id, "draft_notice");  // dates of this draft a calendar update moved

    float em = ImGui::GetFontSize();
    bool side = ImGui::GetContentRegionAvail().x >= em * kSideBySideEm;
    bool has_estimate = d.estimate.is_object() && !d.estimate.contains("error");
    FormContext ctx{app, d.view, d.validation, app.today, has_estimate ? &d.estimate : nullptr};
    ctx.focus_first_field = take_screen_focus();  // H4: opened by keyboard: the first field
    if (side) {
        float side_width = ImGui::GetContentRegionAvail().x * kSideWidthShare;
        ImGui::BeginChild("##form", ImVec2(-side_width, 0), ImGuiChildFlags_NavFlattened);
        find_form_view(d.kind->id)->draw(*d.form, ctx);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##side", ImVec2(0, 0), ImGuiChildFlags_NavFlattened);
        ui::issues_summary(d.validation);
        draw_estimate(d);
        draw_register_check(app);
        draw_route(d);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("##form", ImVec2(0, 0), ImGuiChildFlags_NavFlattened);
        find_form_view(d.kind->id)->draw(*d.form, ctx);
        ImGui::Spacing();
        ui::issues_summary(d.validation);
        draw_estimate(d);
        draw_register_check(app);
        draw_route(d);
        ImGui::EndChild();
    }
    if (ctx.changed) draft_edited(app);
}

}  // namespace skillaid
