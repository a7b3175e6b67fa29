// The draft editor: any form kind, with autosave state, the "提交前需要修正"
// summary, the live estimate (every line with its clause and explanation, and
// why anything is not paid), the route, JSON export and the print view.
#include <algorithm>

#include "engine/money.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid {

constexpr float kSideBySideEm = 70.0f;  // wider than this: estimate beside the form
constexpr float kSideWidthShare = 0.38f;
constexpr int kIssueRowsVisible = 10;

static void draw_estimate(const OpenDraft& d) {
    ImGui::SeparatorText(text::estimate_heading);
    const nlohmann::json& e = d.estimate;
    if (e.is_null()) {
        ImGui::TextDisabled("%s", text::estimate_pending);
        test_hook_item("estimate.total_fen", "");
        return;
    }
    if (e.contains("error")) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.1f, 0.1f, 1));
        ImGui::TextWrapped("%s", e["error"].value("message", "").c_str());
        ImGui::PopStyleColor();
        test_hook_item("estimate.total_fen", "");
        return;
    }
    long long total = e.value("total_fen", 0LL);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.3f);
    ImGui::Text(text::estimate_total_format, yuan_text(total).c_str());
    ImGui::PopFont();
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("estimate.total_fen", std::to_string(total).c_str());
#endif
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s", e.value("scheme_name", "").c_str(), e.value("clause", "").c_str());
    bool eligible = e.value("eligible", false);
    if (eligible) ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.2f, 1), "%s", text::estimate_eligible);
    else ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", text::estimate_not_eligible);
    test_hook_item("estimate.eligible", eligible ? "true" : "false");
    int n = 0;
    for (const auto& line : e.value("items", nlohmann::json::array())) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s %s%s", line.value("label", "").c_str(), yuan_text(line.value("amount_fen", 0LL)).c_str(),
                           line.value("counted_in_total", true) ? "" : "（不计入合计）");
        ImGui::Indent();
        ImGui::TextDisabled("%s（%s）%s", line.value("clause", "").c_str(), line.value("fund", "").c_str(),
                            line.value("explain", "").c_str());
        ImGui::Unindent();
        test_hook_item(("estimate.item." + std::to_string(n++)).c_str(), line.value("label", "").c_str());
    }
    const nlohmann::json issues = e.value("issues", nlohmann::json::array());
    if (!issues.empty()) {
        ImGui::TextUnformatted(text::estimate_issues);
        float row = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
        int rows = std::min(static_cast<int>(issues.size()), kIssueRowsVisible);
        if (ImGui::BeginChild("##est_issues", ImVec2(0, row * static_cast<float>(rows)), ImGuiChildFlags_None)) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(issues.size()));
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
                    const auto& issue = issues[static_cast<size_t>(i)];
                    ImVec4 color = issue.value("effect", "") == "excluded" ? ImVec4(0.8f, 0.1f, 0.1f, 1)
                                                                           : ImVec4(0.45f, 0.45f, 0.45f, 1);
                    ImGui::PushStyleColor(ImGuiCol_Text, color);
                    ImGui::TextWrapped("· %s（%s）", issue.value("message", "").c_str(), issue.value("clause", "").c_str());
                    ImGui::PopStyleColor();
                }
            }
        }
        ImGui::EndChild();
        test_hook_item("estimate.issues", issues[0].value("message", "").c_str());
    }
}

static void draw_route(const OpenDraft& d) {
    ImGui::SeparatorText(text::route_heading);
    if (!d.route_error.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", d.route_error.c_str());
        return;
    }
    if (!d.route) {
        ImGui::TextDisabled("%s", text::route_pending);
        test_hook_item("route.office", "");
        return;
    }
    const Route& r = *d.route;
    ImGui::Text(text::route_office_format, r.office.c_str());
    test_hook_item("route.office", r.office.c_str());
    ImGui::TextWrapped("%s（%s）", r.rule.c_str(), r.clause.c_str());
    for (const OfficeContact& c : r.contacts)
        ImGui::BulletText("%s %s %s %s", c.unit.c_str(), c.department.c_str(), c.person.c_str(), c.phone.c_str());
    for (const std::string& note : r.notes) ImGui::TextDisabled("%s", note.c_str());
}

void draw_draft_editor(AppState& app) {
    if (!app.draft) {
        ImGui::TextDisabled("%s", text::no_draft_open);
        return;
    }
    OpenDraft& d = *app.draft;
    ImGui::SeparatorText(d.kind->title);
    ImGui::TextDisabled("%s", d.dirty ? text::unsaved : text::saved);
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
    draw_calendar_notices(app, &d.row.id, "draft_notice");  // dates of this draft a calendar update moved

    float em = ImGui::GetFontSize();
    bool side = ImGui::GetContentRegionAvail().x >= em * kSideBySideEm;
    bool has_estimate = d.estimate.is_object() && !d.estimate.contains("error");
    FormContext ctx{app, d.view, d.validation, app.today, has_estimate ? &d.estimate : nullptr};
    if (side) {
        float side_width = ImGui::GetContentRegionAvail().x * kSideWidthShare;
        ImGui::BeginChild("##form", ImVec2(-side_width, 0), ImGuiChildFlags_None);
        find_form_view(d.kind->id)->draw(*d.form, ctx);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##side", ImVec2(0, 0), ImGuiChildFlags_None);
        ui::issues_summary(d.validation);
        draw_estimate(d);
        draw_route(d);
        ImGui::EndChild();
    } else {
        ImGui::BeginChild("##form", ImVec2(0, 0), ImGuiChildFlags_None);
        find_form_view(d.kind->id)->draw(*d.form, ctx);
        ImGui::Spacing();
        ui::issues_summary(d.validation);
        draw_estimate(d);
        draw_route(d);
        ImGui::EndChild();
    }
    if (ctx.changed) draft_edited(app);
}

}  // namespace skillaid
