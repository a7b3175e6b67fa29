// 登录与发件箱: the login (server address, account, masked password; the
// user's organisation once logged in), the outbox with each item's state, and
// the editor's "提交" button. The work is in ui/sync.cpp.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/forms/text.h"
#include "engine/money.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/sync.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"
#include "ui/widgets.h"

namespace skillaid {

constexpr float kLoginFieldEm = 18.0f;
constexpr float kLoginLabelEm = 6.0f;
constexpr float kSubmitMinEm = 10.0f;  // 已提交：… narrower than this beside the buttons: on its own line

static bool login_field(const char* hook, const char* label, std::string& value, ImGuiInputTextFlags flags = 0,
                        const char* hint = "") {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * kLoginLabelEm);
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * kLoginFieldEm, ImGui::GetContentRegionAvail().x));  // phones: to the edge
    bool enter = ImGui::InputTextWithHint((std::string("##") + hook).c_str(), hint, &value,
                                          flags | ImGuiInputTextFlags_EnterReturnsTrue);
    // The password's hook shows only its length.
    std::string shown = flags & ImGuiInputTextFlags_Password ? std::string(value.size(), '*') : value;
    a11y::name_last_item(label, shown.c_str());  // the label is drawn apart
    if (flags & ImGuiInputTextFlags_Password) a11y::password_last_item();
    test_hook_item(hook, shown.c_str());
    return enter;
}

static void draw_login(AppState& app) {
    SyncState& s = app.sync;
    ui::section(text::sync_login_heading);
    if (!s.session.token.empty()) {
        std::string who = s.session.org_name.empty() ? s.session.role : s.session.org_name;
        ImGui::TextColored(ui::tone_color(ui::Tone::ok), text::sync_logged_in_format, s.session.login.c_str(), who.c_str());
        if (a11y::enabled()) {
            char line[256];
            std::snprintf(line, sizeof line, text::sync_logged_in_format, s.session.login.c_str(), who.c_str());
            a11y::live(line, false);
        }
        test_hook_item("sync.user", (s.session.login + "|" + s.session.org_name).c_str());
        ImGui::SameLine();
        if (ImGui::Button(text::sync_logout_button)) sync_logout(app);
        test_hook_item("sync.logout", nullptr);
        ImGui::TextDisabled(text::sync_expires_format, local_time(static_cast<long long>(s.session.expires_ms)).c_str());
        if (!s.server.empty()) ImGui::TextDisabled("%s：%s", text::sync_server_label, s.server.c_str());
        return;
    }
    test_hook_item("sync.user", "");
    ImGui::TextDisabled("%s", text::sync_not_logged_in);
    bool enter = login_field("sync.server", text::sync_server_label, s.server_edit, 0, text::sync_server_hint);
    enter |= login_field("sync.login", text::sync_login_label, s.login_edit);
    enter |= login_field("sync.password", text::sync_password_label, s.password_edit, ImGuiInputTextFlags_Password);
    bool busy = s.op == SyncState::Op::login;
    ImGui::BeginDisabled(busy);
    if (ImGui::Button(text::sync_login_button) || (enter && !busy)) sync_login(app);
    test_hook_item("sync.login_button", nullptr);
    ImGui::EndDisabled();
    if (!s.message.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(s.message_error ? ui::Tone::error : ui::Tone::warning));
        ImGui::TextWrapped("%s", s.message.c_str());
        a11y::live(s.message.c_str(), s.message_error);
        ImGui::PopStyleColor();
    }
    test_hook_item("sync.message", s.message.c_str());
}

// Every step the server recorded (issue 15): 办理记录（N）, collapsed, a line per
// step with its local time, the labels of the shared table, reason, dates,
// voucher and who; hook `<hook>` carries the lines, `<hook>.overdue` the overdue label.
static void draw_history_tree(const AppState& app, const OutboxItem& it, const std::string& hook) {
    auto found = app.sync.views.find(it.id);
    const SubmissionView* v = found == app.sync.views.end() ? nullptr : &found->second;
    const char* overdue = v ? submission_overdue_label(*v, app.today) : "";
    if (*overdue) {
        ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", overdue);
        a11y::text(overdue);
    }
    test_hook_item((hook + ".overdue").c_str(), overdue);
    if (!v || v->history.empty()) {
        test_hook_item(hook.c_str(), "");
        return;
    }
    std::string joined;
    for (const HistoryLine& h : v->history)
        joined += (joined.empty() ? "" : "\n") + h.at + "  " + h.label + (h.detail.empty() ? "" : "  " + h.detail);
    const std::string title = format_text(text::history_count_format, static_cast<int>(v->history.size()));
    const bool open = ImGui::TreeNode((title + "##" + hook).c_str());
    test_hook_item(hook.c_str(), joined.c_str());
    if (!open) return;
    ImGui::PushTextWrapPos(0.0f);
    for (const HistoryLine& h : v->history) {
        ImGui::TextDisabled("%s", h.at.c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted(h.label.c_str());
        if (!h.detail.empty()) ImGui::TextWrapped("%s", h.detail.c_str());
        a11y::text((h.at + " " + h.label + " " + h.detail).c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::TreePop();
}

void draw_outbox(AppState& app) {
    SyncState& s = app.sync;
    ui::section(text::sync_outbox_heading);
    if (ImGui::SmallButton(text::sync_now_button)) sync_now(app);
    test_hook_item("outbox.sync_now", nullptr);
    if (s.last_sync_ms > 0) {
        ImGui::SameLine();
        ImGui::TextDisabled(text::sync_last_format, local_time(static_cast<long long>(s.last_sync_ms)).c_str());
    }
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("outbox.size", std::to_string(s.outbox.size()).c_str());
#endif
    if (s.outbox.empty()) {
        ImGui::PushTextWrapPos(0.0f);  // phones: wraps
        ImGui::TextDisabled("%s", text::sync_outbox_empty);
        ImGui::PopTextWrapPos();
        return;
    }
    std::string remove;  // after the loop: the vector must not change while drawn
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    std::string open;  // the draft of a clicked row, opened after the loop
    if (ImGui::BeginTable("##outbox", 5, flags)) {
        ImGui::TableSetupColumn(text::sync_col_title, ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(text::sync_col_state);
        ImGui::TableSetupColumn(text::sync_col_receipt);
        ImGui::TableSetupColumn(text::sync_col_date);
        ImGui::TableSetupColumn(text::sync_col_note, ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        double now = web::now_ms();
        for (size_t i = 0; i < s.outbox.size(); i++) {
            const OutboxItem& it = s.outbox[i];
            std::string prefix = "outbox." + std::to_string(i);
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            // The form kind (its Chinese name) opens the draft. Not spanning the row: the
            // 移除 button must keep its clicks (AllowOverlap would cost the first click a frame).
            const FormKind* kind = find_form_kind(it.kind);
            const char* kind_name = kind ? kind->title : it.kind.c_str();
            const char* title = it.title.empty() ? text::untitled : it.title.c_str();
            ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::link));
            if (ImGui::Selectable(kind_name)) open = it.id;
            ImGui::PopStyleColor();
            if (a11y::enabled()) a11y::name_last_item(format_text(text::sync_open_row_format, title).c_str());
            test_hook_item((prefix + ".open").c_str(), kind_name);
            ImGui::TextWrapped("%s", title);
            a11y::text(title);
            test_hook_item((prefix + ".title").c_str(), it.title.c_str());
            std::string version = outbox_version_line(app, it);
            if (!version.empty()) {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextDisabled("%s", version.c_str());
                ImGui::PopTextWrapPos();
                a11y::text(version.c_str());
            }
            test_hook_item((prefix + ".version").c_str(), version.c_str());
            draw_history_tree(app, it, prefix + ".history");
            ImGui::TableNextColumn();
            std::string key = outbox_state_key(it);
            ImVec4 color = ui::tone_color(key == "refused" || key == "returned" ? ui::Tone::error
                                          : it.state == "done"                  ? ui::Tone::ok
                                                                                : ui::Tone::warning);
            ImGui::TextColored(color, "%s", outbox_state_label(it));
            a11y::live(outbox_state_label(it), false);
            test_hook_item((prefix + ".state").c_str(), key.c_str());
#ifdef SKILLAID_TEST_HOOKS
            test_hook_item((prefix + ".label").c_str(), outbox_state_label(it));
#endif
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(it.receipt.c_str());
            a11y::text(it.receipt.c_str());
            test_hook_item((prefix + ".receipt").c_str(), it.receipt.c_str());
            ImGui::TableNextColumn();
            std::string date = local_time(it.created_ms);
            ImGui::TextUnformatted(date.c_str());
            a11y::text(date.c_str());
            ImGui::TableNextColumn();
            if (key == "returned") {
                ImGui::TextWrapped("%s", it.reason.c_str());
            } else if (it.state == "waiting" && s.session.token.empty()) {
                ImGui::TextDisabled("%s", text::sync_wait_login);
            } else if (it.state == "waiting" && it.attempts > 0) {
                char line[512];
                int seconds = static_cast<int>(std::max(0.0, (it.next_ms - now) / 1000));
                web::request_frame_after(std::fmod(std::max(0.0, it.next_ms - now), 1000.0) + 1);  // the countdown
                std::snprintf(line, sizeof line, text::sync_retry_format, it.attempts, it.error.c_str(), seconds);
                ImGui::TextWrapped("%s", line);
            } else if (key == "refused") {
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", it.error.c_str());
                ImGui::PopTextWrapPos();
                ImGui::SameLine();
                if (ImGui::SmallButton(text::sync_remove_button)) remove = it.id;
                test_hook_item((prefix + ".remove").c_str(), nullptr);
            }
            if (it.register_reached > 0) {
                std::string line = format_text(text::sync_outbox_checked_format, it.register_reached);
                ImGui::TextColored(ui::tone_color(ui::Tone::warning), "%s", line.c_str());
                a11y::text(line.c_str());
            }
            test_hook_item((prefix + ".reason").c_str(), it.reason.c_str());
            test_hook_item((prefix + ".error").c_str(), it.error.c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!remove.empty()) sync_remove(app, remove);
    for (const OutboxItem& it : s.outbox)
        if (it.id == open) {
            open_outbox_item(app, it);
            break;
        }
}

void draw_submit(AppState& app) {
    const OpenDraft& d = *app.draft;
    const OutboxItem* sent = outbox_item_for_draft(app, d.row.id);
    std::string key = sent ? outbox_state_key(*sent) : "";
    if (sent && key != "refused" && key != "returned") {  // queued or with the server: no second copy
        char line[256];
        std::snprintf(line, sizeof line, text::sync_submitted_format, outbox_state_label(*sent));
        // After the editor's buttons: wraps to the width, on a line of its own when little is left (phones).
        std::string version = outbox_version_line(app, *sent);
        std::string shown = std::string(line) + " " + sent->receipt + (version.empty() ? "" : "（" + version + "）");
        if (ImGui::GetContentRegionAvail().x < std::min(ImGui::CalcTextSize(shown.c_str()).x, ImGui::GetFontSize() * kSubmitMinEm))
            ImGui::NewLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(sent->state == "done" ? ui::Tone::ok : ui::Tone::warning));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(shown.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        if (a11y::enabled()) a11y::live(shown.c_str(), false);
        test_hook_item("submit.state", key.c_str());
#ifdef SKILLAID_TEST_HOOKS
        test_hook_item("submit.shown", shown.c_str());
#endif
        draw_history_tree(app, *sent, "submit.history");
        return;
    }
    const char* blocker = submit_blocker(app);
    ImGui::BeginDisabled(*blocker != 0);
    if (ImGui::Button(key == "returned" ? text::sync_resubmit_button : text::sync_submit_button)) submit_open_draft(app);
    a11y::name_last_item(nullptr, nullptr, blocker);  // why it is disabled
    ImGui::EndDisabled();
    test_hook_item("submit", blocker);
    if (*blocker && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", blocker);
    test_hook_item("submit.state", key.c_str());
}

// 实名核查 (issue 14) below the estimate: what the server's register says of the
// roster's trainees (counts and limits reached, nothing of other organisations),
// pending while offline or logged out (asked again before the outbox sends).
void draw_register_check(AppState& app) {
    const OpenDraft& d = *app.draft;
    const SyncState& s = app.sync;
    if (d.register_request.empty()) return;
    ui::section(text::register_heading);
    ImGui::PushTextWrapPos(0.0f);
    std::string state, line;
    std::vector<std::string> lines;
    ui::Tone tone = ui::Tone::warning;
    if (s.session.token.empty() || !app.online || s.reach == SyncState::Reach::down) {
        state = "pending";
        line = text::register_pending;
    } else if (s.check_asked != d.register_request) {
        state = "checking";
        line = s.op == SyncState::Op::check ? text::register_checking : text::register_stale;
    } else if (s.check_answer.contains("error")) {
        state = "failed";
        line = format_text(text::register_failed_format, s.check_answer["error"].value("message", "").c_str());
        tone = ui::Tone::error;
    } else {
        const int asked = static_cast<int>(s.check_answer.value("trainees", nlohmann::json::array()).size());
        lines = register_reached_lines(s.check_answer, &d.register_rows);
        int reached = register_reached_count(s.check_answer);
        state = reached > 0 ? "reached" : "clear";
        line = reached > 0 ? format_text(text::register_reached_format, asked, reached)
                           : format_text(text::register_clear_format, asked);
        tone = reached > 0 ? ui::Tone::error : ui::Tone::ok;
    }
    ImGui::TextColored(ui::tone_color(tone), "%s", line.c_str());
    a11y::live(line.c_str(), tone == ui::Tone::error);
    std::string joined;
    for (const std::string& l : lines) {
        ImGui::Bullet();  // BulletText does not wrap
        ImGui::TextWrapped("%s", l.c_str());
        a11y::text(l.c_str());
        joined += (joined.empty() ? "" : "\n") + l;
    }
    if (state == "reached" || state == "clear") ImGui::TextDisabled("%s", text::register_note);
    ImGui::PopTextWrapPos();
    test_hook_item("register.state", state.c_str());
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("register.lines", joined.c_str());
#endif
}

// After 422 estimate_mismatch (issue 14): the server's total beside the app's,
// the trainees it refused or reduced with rule and clause, and a button to
// resend with the server's figures.
void draw_server_offer(AppState& app) {
    const OpenDraft& d = *app.draft;
    const OutboxItem* sent = outbox_item_for_draft(app, d.row.id);
    if (!sent || sent->state != "refused" || sent->offer.empty()) return;
    // Read from the stored JSON once per offer, not every frame (a claim's body holds its whole roster).
    static std::string read_key;
    static long long server_fen = 0, client_fen = 0;
    static std::vector<std::string> lines;
    if (std::string key = sent->id + "@" + std::to_string(sent->updated_ms); key != read_key) {
        read_key = key;
        nlohmann::json offer = nlohmann::json::parse(sent->offer, nullptr, false);
        nlohmann::json body = nlohmann::json::parse(sent->body, nullptr, false);
        const bool ok = offer.is_object() && body.is_object();
        server_fen = ok ? offer["server_estimate"].value("total_fen", 0LL) : 0;
        client_fen = ok ? body.value("client_estimate", nlohmann::json::object()).value("total_fen", 0LL) : 0;
        lines = ok ? register_reached_lines(offer, nullptr) : std::vector<std::string>{};
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", text::offer_heading);
    std::string totals = format_text(text::offer_total_format, yuan_text(client_fen).c_str(), yuan_text(server_fen).c_str());
    ImGui::TextUnformatted(totals.c_str());
    a11y::live((std::string(text::offer_heading) + totals).c_str(), true);
    std::string joined;
    for (const std::string& l : lines) {
        ImGui::Bullet();  // BulletText does not wrap
        ImGui::TextWrapped("%s", l.c_str());
        a11y::text(l.c_str());
        joined += (joined.empty() ? "" : "\n") + l;
    }
    ImGui::PopTextWrapPos();
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("offer.lines", joined.c_str());
    test_hook_item("offer.server_total_fen", std::to_string(server_fen).c_str());
#endif
    if (ImGui::Button(text::offer_accept_button)) accept_server_figures(app, sent->id);
    test_hook_item("offer.accept", nullptr);
}

void draw_sync(AppState& app) {
    draw_login(app);
    ImGui::Spacing();
    draw_outbox(app);
}

}  // namespace skillaid
