// 审核工作台 · 详情: one submission from the cache: the organisation, the route
// and its clause, status and dates, the actions its status allows, the form as
// submitted (print view), the roster with the server's amount per trainee, the
// client's and the server's figures side by side, the register's reasons and
// every step of its history.
#include <algorithm>

#include "engine/forms/office_documents.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "engine/money.h"
#include "engine/routing.h"
#include "imgui.h"
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/screens.h"
#include "ui/screens/review_parts.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"
#include "ui/widgets.h"

namespace skillaid::review_ui {

using nlohmann::json;

static const json& object_at(const json& j, const char* key) {
    static const json empty = json::object();
    return j.is_object() && j.contains(key) && j[key].is_object() ? j[key] : empty;
}

static const json& array_at(const json& j, const char* key) {
    static const json empty = json::array();
    return j.is_object() && j.contains(key) && j[key].is_array() ? j[key] : empty;
}

// A line "label：value" with a hook carrying the value (nothing drawn when empty unless `always`).
static void value_line(const char* hook, const char* label, const std::string& value, bool always = false) {
    test_hook_item(hook, value.c_str());
    if (value.empty() && !always) return;
    const std::string line = std::string(label) + "：" + value;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    a11y::text(line.c_str());
}

// The model of the form as submitted: the kind the server names (submitted.form_kind), else the kind
// of the registry with this submission kind whose model writes back exactly the members sent (附件4
// and 开班申请 share the submission kind "application"); null when none reads it.
static std::unique_ptr<FormModel> submitted_form(const ReviewItem& it, const json& submitted) {
    const std::string named = json_text(submitted, "form_kind");
    const json& body = submitted.contains("form") ? submitted["form"] : json();
    std::unique_ptr<FormModel> fallback;
    for (const FormKind& k : form_kinds()) {
        if (named.empty() ? it.kind != k.submission_kind : named != k.id) continue;
        std::unique_ptr<FormModel> form = k.create();
        try {
            form->from_json(body, submitted.value("format_version", k.format_version));
        } catch (const std::exception&) {
            continue;
        }
        bool same = body.is_object();
        const json back = form->to_json();
        for (const auto& [key, value] : body.items()) same = same && back.contains(key);
        for (const auto& [key, value] : back.items()) same = same && body.contains(key);
        if (same) return form;
        if (!fallback) fallback = std::move(form);
    }
    return fallback;
}

// The form as submitted, laid out like the paper (the model's print_html, as the editor prints it).
static void print_submitted(AppState& app, const ReviewItem& it, const json& detail) {
    const json& submitted = object_at(detail, "submitted");
    std::unique_ptr<FormModel> form = submitted_form(it, submitted);
    if (!form) {
        set_notice(app, text::review_print_unavailable, true);
        return;
    }
    PrintContext pc;
    const json& estimate = object_at(submitted, "client_estimate");
    pc.estimate = estimate.contains("total_fen") ? &estimate : nullptr;
    std::optional<Route> route;
    if (std::optional<RouteRequest> r = form->route_request()) {
        try {
            route = route_application(*r);
        } catch (const std::exception&) {  // printed without the office
        }
    }
    pc.route = route ? &*route : nullptr;
    pc.today = app.today;
    web::open_html_window(form->print_html(pc));
}

static void draw_actions(AppState& app, const ReviewItem& it) {
    const std::vector<const char*> actions = review_allowed_actions(it);
    std::string shown;
    bool first = true;
    for (const char* action : actions) {
        const char* label = status_action_label(action);
        if (!first) ui::wrap_next(ui::button_width(label));
        first = false;
        if (ImGui::Button(label)) ask_confirm(app, action);
        test_hook_item((std::string("detail.action.") + action).c_str(), label);
        shown += (shown.empty() ? "" : ",") + std::string(action);
    }
    if (actions.empty()) {
        const bool ends_here = it.kind != "claim" && it.shown_status == "accepted";
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", ends_here ? text::review_claims_only : text::review_no_actions);
        ImGui::PopTextWrapPos();
    }
    test_hook_item("detail.actions", shown.c_str());
}

// The client's and the server's figures: totals and each line, a difference in red.
static void draw_figures(const json& detail) {
    const json& client = object_at(object_at(detail, "submitted"), "client_estimate");
    const json& server = object_at(detail, "server_estimate");
    if (!server.contains("total_fen") && !client.contains("total_fen")) return;
    ui::section(text::review_figures_heading);
    const long long cf = client.value("total_fen", 0LL), sf = server.value("total_fen", 0LL);
    test_hook_item("detail.client_total", std::to_string(cf).c_str());
    test_hook_item("detail.server_total", std::to_string(sf).c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##figures", 3, flags)) return;
    ImGui::TableSetupColumn(text::estimate_col_item, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(text::review_col_client);
    ImGui::TableSetupColumn(text::review_col_server);
    ImGui::TableHeadersRow();
    auto row = [](const std::string& label, long long a, long long b) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", label.c_str());
        const ImVec4 color = ui::tone_color(a == b ? ui::Tone::ok : ui::Tone::error);
        ImGui::TableNextColumn();
        ImGui::TextColored(color, "%s", yuan_text(a).c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(color, "%s", yuan_text(b).c_str());
    };
    const json& lines_c = array_at(client, "items");
    const json& lines_s = array_at(server, "items");
    for (size_t i = 0; i < std::max(lines_c.size(), lines_s.size()); i++) {
        const json& l = i < lines_s.size() ? lines_s[i] : lines_c[i];
        const long long a = i < lines_c.size() ? lines_c[i].value("amount_fen", 0LL) : 0;
        const long long b = i < lines_s.size() ? lines_s[i].value("amount_fen", 0LL) : 0;
        row(json_text(l, "label") + (json_text(l, "clause").empty() ? "" : "（" + json_text(l, "clause") + "）"), a, b);
    }
    row(text::review_total, cf, sf);
    ImGui::EndTable();
}

// The roster: each trainee's full name and ID (reviewers see them), the server's amount and its issues.
static void draw_roster(const json& detail) {
    const json& roster = array_at(object_at(object_at(detail, "submitted"), "form"), "roster");
    if (roster.empty()) return;
    ui::section(text::review_roster_heading);
    const json& trainees = array_at(object_at(detail, "server_estimate"), "trainees");
    const bool narrow = ui::narrow_layout();
    const float em = ImGui::GetFontSize();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    flags |= narrow ? ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchProp;
    const float height = narrow ? (ImGui::GetTextLineHeightWithSpacing() * 2) * static_cast<float>(std::min<size_t>(roster.size(), 6) + 1) +
                                      ImGui::GetStyle().ScrollbarSize
                                : 0.0f;
    if (narrow) flags |= ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable(narrow ? "##roster_x" : "##roster", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 2.0f);
    ImGui::TableSetupColumn(text::roster_col_name, ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
    ImGui::TableSetupColumn(text::roster_col_id, ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("220104198503011018").x);
    ImGui::TableSetupColumn(text::review_col_server_amount, ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
    ImGui::TableSetupColumn(text::review_col_issues, narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                            narrow ? em * 16.0f : 1.0f);
    ImGui::TableHeadersRow();
    std::string names;
    for (size_t i = 0; i < roster.size(); i++) {
        const json* t = nullptr;
        for (const json& x : trainees)
            if (x.value("index", -1LL) == static_cast<long long>(i)) t = &x;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", static_cast<int>(i + 1));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(json_text(roster[i], "name").c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(json_text(roster[i], "id").c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t ? yuan_text(t->value("amount_fen", 0LL)).c_str() : "");
        ImGui::TableNextColumn();
        if (t)
            for (const json& issue : array_at(*t, "issues")) {
                const std::string line = json_text(issue, "message") + "（" + json_text(issue, "clause") + "）";
                ImGui::TextWrapped("%s", line.c_str());
            }
        names += (names.empty() ? "" : ",") + json_text(roster[i], "name") + ":" + json_text(roster[i], "id");
    }
    ImGui::EndTable();
    test_hook_item("detail.roster", names.c_str());
}

static void draw_history(const std::vector<std::string>& lines) {
    ui::section(text::history_heading);
    std::string joined;
    for (const std::string& line : lines) {
        ImGui::Bullet();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        a11y::text(line.c_str());
        joined += (joined.empty() ? "" : "\n") + line;
    }
    if (lines.empty()) ImGui::TextDisabled("%s", text::history_empty);
    test_hook_item("detail.history", joined.c_str());
}

void draw_detail(AppState& app) {
    WorkbenchState& w = app.workbench;
    const ReviewItem* it = review_item(app, w.open_id);
    if (ImGui::SmallButton(text::review_back)) w.tab = WorkbenchState::Tab::queue;
    test_hook_item("detail.back", nullptr);
    if (!it) {
        ImGui::TextDisabled("%s", text::review_none_open);
        test_hook_item("detail.receipt", "");
        return;
    }
    // Parsed when the item changed, not per frame (a claim's detail holds its whole roster).
    const std::string key = it->row.id + "@" + std::to_string(app.review.generation);
    if (key != w.detail_key) {
        w.detail_key = key;
        w.detail = it->row.detail.empty() ? json() : json::parse(it->row.detail, nullptr, false);
        if (w.detail.is_discarded()) w.detail = json();
        const json& source = w.detail.is_object() ? w.detail : it->summary;
        w.history.clear();
        for (const HistoryLine& h : history_lines(source.is_object() ? source.value("history", json::array()) : json::array()))
            w.history.push_back(h.at + "  " + h.label + (h.detail.empty() ? "" : "  " + h.detail));
        if (it->stale()) review_want_detail(app, it->row.id);
    }
    const json& detail = w.detail;
    const json& summary = it->summary;
    const std::string title = it->receipt + "  " + kind_label(it->kind) + " / " + business_label(it->business);
    ui::section(title.c_str());
    test_hook_item("detail.receipt", it->receipt.c_str());
    const json& org = object_at(summary, "organisation");
    value_line("detail.organisation", text::review_organisation_label, json_text(org, "name"), true);
    value_line("detail.uscc", text::review_uscc_label, json_text(org, "uscc"));
    const json& route = object_at(detail, "route");
    if (route.contains("office"))
        value_line("detail.route", text::review_route_label,
                   json_text(route, "office") + "（" + json_text(route, "rule") + "，" + json_text(route, "clause") + "）");
    // Status, overdue, the dates.
    const std::string status = status_text(*it);
    ImGui::TextColored(ui::tone_color(it->overdue.empty() ? ui::Tone::ok : ui::Tone::error), "%s：%s", text::review_status_label,
                       status.c_str());
    a11y::live(status.c_str(), false);
    test_hook_item("detail.status", it->status.c_str());
    test_hook_item("detail.status_label", status.c_str());
    test_hook_item("detail.overdue", it->overdue_label.c_str());
    if (!it->pending.empty()) ImGui::TextColored(ui::tone_color(ui::Tone::warning), "%s", it->pending.c_str());
    test_hook_item("detail.pending", it->pending.c_str());
    if (!it->refused.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s%s", text::review_refused_prefix, it->refused.c_str());
        ImGui::PopTextWrapPos();
        a11y::live(it->refused.c_str(), true);
    }
    test_hook_item("detail.refused", it->refused.c_str());
    value_line("detail.reason", text::review_reason_label, json_text(summary, "reason"));
    value_line("detail.publicity_start", text::review_publicity_start_label, it->publicity_start);
    value_line("detail.publicity_ends", text::review_publicity_ends_label, it->publicity_ends);
    value_line("detail.payment_by", text::review_payment_by_label, it->payment_by);
    value_line("detail.paid_on", text::review_paid_on_label, it->paid_on);
    value_line("detail.voucher", text::review_voucher_label, json_text(summary, "voucher"));
    value_line("detail.total", text::review_col_amount, yuan_text(it->total_fen), true);
    draw_actions(app, *it);
    ImGui::BeginDisabled(detail.is_null());
    if (ImGui::Button(text::review_print_form)) print_submitted(app, *it, detail);
    ImGui::EndDisabled();
    test_hook_item("detail.print", nullptr);
    if (detail.is_null()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", app.online ? text::review_detail_loading : text::review_detail_offline);
        ImGui::PopTextWrapPos();
        test_hook_item("detail.loaded", "false");
        draw_history(w.history);
        return;
    }
    test_hook_item("detail.loaded", "true");
    draw_figures(detail);
    draw_roster(detail);
    const json& reg = array_at(detail, "register");
    if (!reg.empty()) {
        ui::section(text::register_heading);
        for (const std::string& l : register_reached_lines(json{{"trainees", reg}}, nullptr)) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", l.c_str());
            a11y::text(l.c_str());
        }
    }
    draw_history(w.history);
}

}  // namespace skillaid::review_ui
