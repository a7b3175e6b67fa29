// 审核工作台 (issue 15, docs/ui.md "Reviewer workbench"): shown to a reviewer
// login. The office's queue, a submission's detail with its actions, the
// year's summary and the public-notice list, read from the cache
// (ui/review_sync.h), so they work offline; actions are confirmed here and
// queued, then sent once by the sync client.
#include <algorithm>

#include "engine/date.h"
#include "engine/errors.h"
#include "engine/forms/office_documents.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/forms/form_parts.h"
#include "ui/layout.h"
#include "ui/screens.h"
#include "ui/screens/review_parts.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"
#include "ui/widgets.h"

namespace skillaid {

using nlohmann::json;
using Tab = WorkbenchState::Tab;

constexpr const char* kConfirmPopup = "##review_confirm";
constexpr float kConfirmWidthEm = 26.0f;
constexpr int kReasonLines = 4;

namespace review_ui {

std::string kind_label(const std::string& kind) { return submission_kind_label(kind); }

std::string status_text(const ReviewItem& it) {
    std::string out = submission_status_label(it.status);  // the server's; a waiting action is shown beside it
    if (!it.overdue_label.empty()) out += std::string(" · ") + it.overdue_label;
    return out;
}

void open_item(AppState& app, const std::string& id) {
    WorkbenchState& w = app.workbench;
    w.open_id = id;
    w.tab = Tab::detail;
    w.detail_key.clear();
    review_want_detail(app, id);
}

void ask_confirm(AppState& app, const char* action) {
    WorkbenchState& w = app.workbench;
    w.confirm = action;
    w.confirm_requested = true;
    w.reason.clear();
    w.voucher.clear();
    w.date = app.today;
}

std::string date_problem(const std::string& date) {
    try {
        parse_date(date, "/date");
        review_dates(date);
    } catch (const InputError& e) {
        return e.message;
    }
    return "";
}

bool input_line(const char* hook, const char* label, std::string& value, float width_em) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * width_em, ImGui::GetContentRegionAvail().x));
    bool changed = ImGui::InputText((std::string("##") + hook).c_str(), &value);
    a11y::name_last_item(label, value.c_str());
    test_hook_item(hook, value.c_str());
    return changed;
}

void download_csv(AppState& app, const char* what, const std::string& csv) {
    const std::string office = app.sync.session.office.empty() ? app.sync.session.login : app.sync.session.office;
    const std::string name = std::string(what) + "-" + office + "-" + app.today + ".csv";
    web::download(name.c_str(), "text/csv;charset=utf-8", csv, true);
}

}  // namespace review_ui

// What 确认 will do, in one sentence, and what it needs.
static std::string confirm_sentence(const AppState& app, const ReviewItem* it) {
    const WorkbenchState& w = app.workbench;
    if (w.confirm == "batch")
        return format_text(text::review_confirm_batch_format, static_cast<int>(w.selected.size()));
    if (!it) return "";
    const StatusMove* m = find_status_move(w.confirm, it->shown_status);
    return format_text(text::review_confirm_format, status_action_label(w.confirm), it->receipt.c_str(), it->organisation.c_str(),
                       submission_status_label(it->shown_status), m ? submission_status_label(m->to) : "");
}

// The modal of 确认/取消 with what the action needs: a reason (退回), a date (开始公示, 记录拨付), a voucher.
static void draw_confirm(AppState& app) {
    WorkbenchState& w = app.workbench;
    if (std::exchange(w.confirm_requested, false)) ImGui::OpenPopup(kConfirmPopup);
    const float em = ImGui::GetFontSize();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // A fixed width (phones: nearly the screen's) and the height of what it holds: the text wraps inside.
    ImGui::SetNextWindowSize(ImVec2(std::min(em * kConfirmWidthEm, viewport->WorkSize.x * 0.95f), 0));
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kConfirmPopup, nullptr, ImGuiWindowFlags_NoTitleBar)) return;
    const ReviewItem* it = review_item(app, w.open_id);
    const std::string action = w.confirm == "batch" ? "publicize" : w.confirm;
    ImGui::PushTextWrapPos(0.0f);
    const std::string sentence = confirm_sentence(app, it);
    ImGui::TextUnformatted(sentence.c_str());
    a11y::text(sentence.c_str());
    test_hook_item("confirm.text", sentence.c_str());
    std::string blocker;  // why 确认 is disabled
    if (action == "return") {
        Validation none;
        parts::multiline_field("confirm.reason", text::review_reason_label, w.reason, none, kReasonLines, text::review_reason_hint);
        if (trimmed(w.reason).empty()) blocker = text::review_reason_required;
    }
    if (action == "pay") {
        review_ui::input_line("confirm.voucher", text::review_voucher_label, w.voucher, 14.0f);
        if (trimmed(w.voucher).empty()) blocker = text::review_voucher_required;
    }
    if (action == "publicize" || action == "pay") {
        review_ui::input_line("confirm.date", action == "pay" ? text::review_paid_on_label : text::review_publicity_start_label,
                              w.date, 8.0f);
        std::string problem = review_ui::date_problem(w.date);
        std::string preview;
        if (!problem.empty()) {
            ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", problem.c_str());
            if (blocker.empty()) blocker = problem;
        } else if (action == "publicize") {
            const ReviewDates d = review_dates(w.date);
            preview = format_text(text::review_preview_format, d.publicity_start.c_str(), d.publicity_ends.c_str(),
                                  d.payment_by.c_str());
            ImGui::TextColored(ui::tone_color(ui::Tone::ok), "%s", preview.c_str());
            a11y::text(preview.c_str());
        }
        test_hook_item("confirm.preview", preview.c_str());
    }
    ImGui::TextDisabled("%s", text::review_confirm_note);
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(!blocker.empty());
    if (ImGui::Button(text::review_confirm_button)) {
        json body = {{"action", action}};
        if (action == "return") body["reason"] = trimmed(w.reason);
        if (action == "publicize" || action == "pay") body["date"] = w.date;
        if (action == "pay") body["voucher"] = trimmed(w.voucher);
        if (w.confirm == "batch") {
            for (const std::string& id : w.selected) review_queue(app, id, body);
            w.selected.clear();
        } else if (it) {
            review_queue(app, it->row.id, body);
        }
        set_notice(app, text::review_queued, false);
        w.confirm.clear();
        ImGui::CloseCurrentPopup();
    }
    a11y::name_last_item(nullptr, nullptr, blocker.c_str());
    ImGui::EndDisabled();
    test_hook_item("confirm.ok", blocker.c_str());
    ImGui::SameLine();
    if (ImGui::Button(text::cancel_button)) {
        w.confirm.clear();
        ImGui::CloseCurrentPopup();
    }
    test_hook_item("confirm.cancel", nullptr);
    ImGui::EndPopup();
}

static void tab_button(AppState& app, Tab tab, const char* hook, const char* title, bool first) {
    WorkbenchState& w = app.workbench;
    if (!first) ui::wrap_next(ui::button_width(title));
    const bool current = w.tab == tab;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(title)) w.tab = tab;
    a11y::role_last_item(a11y::Role::tab, current);
    test_hook_item(hook, current ? "current" : "");
    if (current) ImGui::PopStyleColor();
}

void draw_review(AppState& app) {
    WorkbenchState& w = app.workbench;
    const SyncState& s = app.sync;
    const std::string heading = std::string(text::nav_review) + (s.session.office.empty() ? "" : " · " + s.session.office);
    ui::section(heading.c_str());
    if (s.session.role != "reviewer") {
        ImGui::TextWrapped("%s", text::review_login_first);
        test_hook_item("review.office", "");
        return;
    }
    test_hook_item("review.office", s.session.office.c_str());
    int waiting = 0;
    for (const ReviewAction& a : app.review.actions) waiting += a.row.state == "waiting" || a.row.state == "sending";
    const std::string line = format_text(text::review_sync_format, static_cast<int>(app.review.items.size()), waiting) +
                             (app.review.listed_ms > 0 ? format_text(text::sync_last_format, local_time(static_cast<long long>(app.review.listed_ms)).c_str())
                                                 : std::string(app.online ? "" : text::offline));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::PopTextWrapPos();
    a11y::text(line.c_str());
    test_hook_item("review.waiting", std::to_string(waiting).c_str());
    test_hook_item("review.synced", app.review.listed_ms > 0 ? "1" : "0");
    if (ImGui::SmallButton(text::sync_now_button)) sync_now(app);
    test_hook_item("review.sync_now", nullptr);
    tab_button(app, Tab::queue, "review.tab.queue", text::review_tab_queue, false);
    tab_button(app, Tab::detail, "review.tab.detail", text::review_tab_detail, false);
    tab_button(app, Tab::summary, "review.tab.summary", text::review_tab_summary, false);
    tab_button(app, Tab::publicity, "review.tab.publicity", text::review_tab_publicity, false);
    ImGui::Separator();
    switch (w.tab) {
    case Tab::queue: review_ui::draw_queue(app); break;
    case Tab::detail: review_ui::draw_detail(app); break;
    case Tab::summary: review_ui::draw_summary(app); break;
    case Tab::publicity: review_ui::draw_publicity(app); break;
    }
    draw_confirm(app);
}

}  // namespace skillaid
