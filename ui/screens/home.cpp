// 首页: the organisation profile, connectivity, new drafts, the drafts list.
#include <algorithm>
#include <ctime>

#include "engine/calendar.h"
#include "engine/forms/text.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/app.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"
#include "ui/widgets.h"

namespace skillaid {

constexpr int kDraftRowsVisibleNarrow = 8;  // phones: more drafts scroll inside the table

std::string local_time(long long ms) {
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &tm);
    return out;
}

void draw_calendar_notices(AppState& app, const std::string* draft_id, const char* prefix) {
    long long dismiss = 0;
    int n = 0;
    for (const CalendarNotice& notice : app.calendar.notices) {
        if (draft_id && notice.draft_id != *draft_id) continue;
        std::string key = std::string(prefix) + "." + std::to_string(n++);
        ImGui::PushID(key.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::link));
        ImGui::Bullet();
        ImGui::TextWrapped("%s", notice.text.c_str());
        ImGui::PopStyleColor();
        test_hook_item(key.c_str(), notice.text.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(text::cal_dismiss)) dismiss = notice.id;
        test_hook_item((key + ".dismiss").c_str(), nullptr);
        ImGui::PopID();
    }
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item((std::string(prefix) + ".count").c_str(), std::to_string(n).c_str());
#endif
    if (dismiss) calendar_dismiss(app, dismiss);
}

// One line: which years are official (remade when the installed years change);
// the hook lists them ("2020,2021,…").
static void draw_calendar_years(HomeState& h) {
    if (h.years_generation != calendar_generation()) {
        h.years_generation = calendar_generation();
        const WorkCalendar& cal = WorkCalendar::current();
        std::vector<int> years = cal.official_years();
        h.years_list.clear();
        for (int y : years) h.years_list += (h.years_list.empty() ? "" : ",") + std::to_string(y);
        h.years_line = format_text(text::cal_years_format, years.empty() ? 0 : years.front(),
                                   years.empty() ? 0 : years.back(), cal.last_covered_year());
    }
    ImGui::TextDisabled("%s", h.years_line.c_str());
    test_hook_item("calendar.years", h.years_list.c_str());
}

static const char* status_name(const std::string& status) {
    return status == "ready" ? text::status_ready : text::status_draft;
}

// The draft's state where the user looks (issue 13): its newest outbox item's
// (等待发送, 已接收 with the receipt, 已退回 with the reason, …), else 草稿 / 待提交.
// Hooks: draft.N.status (the stored draft/ready), .state (the key), .label, .receipt, .reason.
static void draw_draft_state(const AppState& app, const DraftRow& r, const std::string& prefix) {
    test_hook_item((prefix + ".status").c_str(), r.status.c_str());
    const OutboxItem* sent = outbox_item_for_draft(app, r.id);
    if (!sent) {
        ImGui::TextUnformatted(status_name(r.status));
        test_hook_item((prefix + ".state").c_str(), r.status.c_str());
        test_hook_item((prefix + ".label").c_str(), status_name(r.status));
        return;
    }
    const std::string key = outbox_state_key(*sent);
    const char* label = outbox_state_label(*sent);
    ImGui::TextColored(ui::tone_color(key == "refused" || key == "returned" ? ui::Tone::error
                                      : sent->state == "done"                ? ui::Tone::ok
                                                                             : ui::Tone::warning),
                       "%s", label);
    a11y::text(label);
    test_hook_item((prefix + ".state").c_str(), key.c_str());
    test_hook_item((prefix + ".label").c_str(), label);
    if (!sent->receipt.empty()) {
        ImGui::TextDisabled("%s", sent->receipt.c_str());
        a11y::text(sent->receipt.c_str());
    }
    test_hook_item((prefix + ".receipt").c_str(), sent->receipt.c_str());
    std::string version = outbox_version_line(app, *sent);
    if (!version.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", version.c_str());
        ImGui::PopTextWrapPos();
        a11y::text(version.c_str());
    }
    std::string reason = key == "returned" && !sent->reason.empty() ? format_text(text::draft_reason_format, sent->reason.c_str())
                         : key == "refused"                          ? sent->error
                                                                     : "";
    if (!reason.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::error));
        ImGui::TextWrapped("%s", reason.c_str());
        ImGui::PopStyleColor();
        a11y::text(reason.c_str());
    }
    test_hook_item((prefix + ".reason").c_str(), key == "returned" ? sent->reason.c_str() : "");
}

static void draw_profile(AppState& app) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.6f);
    ImGui::TextUnformatted(text::app_name);
    test_hook_item("title", text::app_name);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::app_name_latin);
    ImGui::TextWrapped("%s", text::app_tagline);
    ImGui::Separator();

    ImGui::TextUnformatted(text::org_name_label);
    test_hook_item("org_name_label", text::org_name_label);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::profile_heading);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 24.0f));
    ImGui::InputTextWithHint("##org_name", text::org_name_hint, &app.org_name);
    a11y::name_last_item(text::org_name_label, app.org_name.c_str());  // the label is drawn apart
    test_hook_item("org_name", app.org_name.c_str());
    if (ImGui::Button(text::start_button)) {
        app.start_pressed = true;
        app.confirmed_name = app.org_name;
        save_profile(app);
    }
    test_hook_item("start", nullptr);
    if (app.start_pressed) {
        ImGui::SameLine();
        if (app.confirmed_name.empty())
            ImGui::TextUnformatted(text::greeting_empty);
        else
            ImGui::Text(text::greeting_format, app.confirmed_name.c_str());
        test_hook_item("greeting", app.confirmed_name.c_str());
    }
}

// Connectivity (issue 13): the outcome of the last request to the server; the
// browser's flag only as a hint (offline: 离线). Hook "online": online |
// offline | unreachable; "server": unknown | ok | down.
static void draw_status(AppState& app) {
    const SyncState& s = app.sync;
    const bool down = app.online && s.reach == SyncState::Reach::down;
    std::string line = !app.online ? text::offline
                       : down      ? (s.last_ok_ms > 0 ? format_text(text::server_down_since_format,
                                                                     local_time(static_cast<long long>(s.last_ok_ms)).c_str())
                                                       : std::string(text::server_down))
                       : s.reach == SyncState::Reach::ok ? text::server_reachable
                                                         : text::server_unknown;
    ImGui::TextColored(ui::tone_color(app.online && !down ? ui::Tone::ok : ui::Tone::warning), "● %s", line.c_str());
    a11y::text(line.c_str());
    test_hook_item("online", !app.online ? "offline" : down ? "unreachable" : "online");
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("server", s.reach == SyncState::Reach::ok ? "ok" : down || s.reach == SyncState::Reach::down ? "down" : "unknown");
    test_hook_item("connection", line.c_str());
#endif
    ImGui::SameLine();
    ImGui::Text(text::outbox_format, app.sync.waiting);
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("outbox_count", std::to_string(app.sync.waiting).c_str());
#endif
}

static void draw_drafts(AppState& app) {
    if (app.drafts_changed) {  // reloaded after a save or delete, not per frame
        if (!app.store.list(app.drafts)) storage_notice(app, text::storage_read_failed);
        app.drafts_changed = false;
    }
    ui::section(text::new_draft_heading);
    // Phones: one full-width button a line; else a row that wraps.
    const bool narrow = ui::narrow_layout();
    const ImVec2 size = narrow ? ImVec2(-FLT_MIN, 0) : ImVec2(0, 0);
    bool first = true;
    for (const FormKind& kind : form_kinds()) {
        if (!first && !narrow) ui::wrap_next(ui::button_width(kind.title));
        first = false;
        if (ImGui::Button(kind.title, size)) new_draft(app, kind);
        test_hook_item((std::string("new.") + kind.id).c_str(), kind.title);
    }
    if (!narrow) ui::wrap_next(ui::button_width(text::import_draft_button));
    if (ImGui::Button(text::import_draft_button, size)) web::pick_file("import_draft", ".json,application/json");
    test_hook_item("import_draft", nullptr);

    ui::section(text::drafts_heading);
    for (const FormKind& kind : form_kinds()) {
        int drafts = 0, ready = 0, sent = 0;  // sent: with the outbox or the server (not 未被接收), issue 13
        for (const DraftRow& r : app.drafts) {
            if (r.kind != kind.id) continue;
            const OutboxItem* item = outbox_item_for_draft(app, r.id);
            (item && item->state != "refused" ? sent : r.status == "ready" ? ready : drafts)++;
        }
        std::string counts = format_text(text::draft_counts_format, kind.title, drafts, ready);
        if (sent > 0) counts += format_text(text::draft_counts_sent_format, sent);
        ImGui::PushTextWrapPos(0.0f);  // phones: wraps
        ImGui::TextUnformatted(counts.c_str());
        ImGui::PopTextWrapPos();
        // Hook "drafts/ready", "/sent" added when some were sent.
        test_hook_item((std::string("counts.") + kind.id).c_str(),
                       (std::to_string(drafts) + "/" + std::to_string(ready) + (sent ? "/" + std::to_string(sent) : "")).c_str());
    }
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("drafts_count", std::to_string(app.drafts.size()).c_str());
#endif
    if (app.drafts.empty()) {
        ImGui::TextDisabled("%s", text::drafts_empty);
        return;
    }
    std::string& pending_delete = app.home.pending_delete;  // id awaiting confirmation
    std::string& pending_title = app.home.pending_title;
    // Phones: the columns keep readable widths and the table scrolls sideways, the title and its
    // buttons first; else they stretch to the width. `col` is each column's index.
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    struct {
        int kind, title, status, updated, actions;
    } col = narrow ? decltype(col){2, 0, 3, 4, 1} : decltype(col){0, 1, 2, 3, 4};
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    ImVec2 outer(0, 0);
    if (narrow) {
        flags |= ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
        const float row = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
        const int rows = std::min(static_cast<int>(app.drafts.size()), kDraftRowsVisibleNarrow) + 1;  // + the headers
        outer.y = row * static_cast<float>(rows) + style.ScrollbarSize + em * 0.5f;
    } else {
        flags |= ImGuiTableFlags_SizingStretchProp;
    }
    if (ImGui::BeginTable(narrow ? "##drafts_x" : "##drafts", 5, flags, outer)) {
        if (narrow) {
            float kind_width = 0;
            for (const FormKind& kind : form_kinds()) kind_width = std::max(kind_width, ImGui::CalcTextSize(kind.title).x);
            const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(text::col_title, fixed, em * 9.0f);
            ImGui::TableSetupColumn("##actions", fixed, em * 6.0f);
            ImGui::TableSetupColumn(text::col_kind, fixed, kind_width);
            ImGui::TableSetupColumn(text::col_status, fixed, ImGui::CalcTextSize("CC-20261231-000000").x + em);  // the receipt
            ImGui::TableSetupColumn(text::col_updated, fixed, ImGui::CalcTextSize("2026-12-31 23:59").x);
        } else {
            ImGui::TableSetupColumn(text::col_kind);
            ImGui::TableSetupColumn(text::col_title, ImGuiTableColumnFlags_WidthStretch, 2.0f);
            ImGui::TableSetupColumn(text::col_status);
            ImGui::TableSetupColumn(text::col_updated);
            ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, em * 6.0f);
        }
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < app.drafts.size(); i++) {
            const DraftRow& r = app.drafts[i];
            const FormKind* kind = find_form_kind(r.kind);
            std::string prefix = "draft." + std::to_string(i);
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(col.kind);
            ImGui::TextUnformatted(kind ? kind->title : r.kind.c_str());
            ImGui::TableSetColumnIndex(col.title);
            const char* title = r.title.empty() ? text::untitled : r.title.c_str();
            ImGui::TextUnformatted(title);
            a11y::text(title);
            test_hook_item((prefix + ".title").c_str(), r.title.c_str());
            ImGui::TableSetColumnIndex(col.status);
            draw_draft_state(app, r, prefix);
            ImGui::TableSetColumnIndex(col.updated);
            ImGui::TextUnformatted(local_time(r.updated_ms).c_str());
            ImGui::TableSetColumnIndex(col.actions);
            if (ImGui::SmallButton(text::open_button)) open_draft(app, r.id);
            if (a11y::enabled()) a11y::name_last_item(format_text(text::a11y_open_format, title).c_str());
            test_hook_item((prefix + ".open").c_str(), nullptr);
            ImGui::SameLine();
            bool delete_pressed = ImGui::SmallButton(text::delete_button);
            if (a11y::enabled()) a11y::name_last_item(format_text(text::a11y_delete_format, title).c_str());
            if (delete_pressed) {
                pending_delete = r.id;
                pending_title = title;
                ImGui::OpenPopup(text::confirm_delete_title);
            }
            test_hook_item((prefix + ".delete").c_str(), nullptr);
            if (ImGui::BeginPopupModal(text::confirm_delete_title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
                ImGui::PushTextWrapPos(std::min(ImGui::GetMainViewport()->WorkSize.x * 0.8f, em * 24.0f));  // phones
                ImGui::Text(text::confirm_delete_format, pending_title.c_str());
                ImGui::PopTextWrapPos();
                if (ImGui::Button(text::delete_button)) {
                    delete_draft(app, pending_delete);
                    ImGui::CloseCurrentPopup();
                }
                if (a11y::enabled())
                    a11y::name_last_item(format_text(text::a11y_confirm_delete_format, pending_title.c_str()).c_str());
                test_hook_item("confirm_delete", nullptr);
                ImGui::SameLine();
                if (ImGui::Button(text::cancel_button)) ImGui::CloseCurrentPopup();
                a11y::name_last_item(text::a11y_cancel_delete);
                ImGui::SetItemDefaultFocus();  // Enter on opening cancels: deleting takes a deliberate choice
                test_hook_item("cancel_delete", nullptr);
                ImGui::EndPopup();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

void draw_home(AppState& app) {
    draw_profile(app);
    ImGui::Spacing();
    draw_status(app);
    if (!app.calendar.notices.empty()) ui::section(text::cal_notices_heading);
    draw_calendar_notices(app, nullptr, "cal_notice");
    draw_drafts(app);
    draw_outbox(app);
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);  // phones: the notes wrap
    ImGui::TextDisabled("%s", text::offline_note);
    draw_calendar_years(app.home);
    if (!app.full_font_loaded) ImGui::TextDisabled("%s", text::font_loading);
    ImGui::TextDisabled("%s: %s", text::storage_label, app.storage_status.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace skillaid
