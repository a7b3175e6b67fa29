// 审核工作台 · 队列: the office's submissions from the cache, filtered and
// sorted by what is due first; a row opens its detail; accepted claims can be
// ticked and their public notice started together; 导出CSV.
#include <algorithm>

#include "engine/forms/office_documents.h"
#include "engine/forms/text.h"
#include "engine/forms/status.h"
#include "engine/money.h"
#include "engine/routing.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/screens.h"
#include "ui/screens/review_parts.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid::review_ui {

using nlohmann::json;

constexpr float kComboEm = 9.0f;
constexpr int kRowsVisibleNarrow = 8;  // phones: the table scrolls inside this many rows

// Due first: overdue, then in public notice by payment_by, then received and accepted (oldest first), then done.
static int due_rank(const ReviewItem& it) {
    if (it.overdue == "unpaid") return 0;
    if (it.status == "publicized") return 1;
    if (it.status == "received") return 2;
    if (it.status == "accepted") return 3;
    return 4;
}

static std::string received_day(const ReviewItem& it) {
    const long long ms = iso_utc_ms(it.created_at);
    return ms > 0 ? local_time(ms).substr(0, 10) : it.created_at.substr(0, 10);
}

// The day shown in 截止/到期: payment_by while unpaid, else the day it was paid.
static std::string due_day(const ReviewItem& it) {
    if (it.status == "paid") return it.paid_on;
    return it.payment_by;
}

static void add_option(std::vector<std::string>& ids, const std::string& id) {
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

static void compute_rows(AppState& app) {
    WorkbenchState& w = app.workbench;
    const std::vector<ReviewItem>& items = app.review.items;
    w.kinds.clear();
    w.businesses.clear();
    for (const ReviewItem& it : items) {
        add_option(w.kinds, it.kind);
        add_option(w.businesses, it.business);
    }
    std::sort(w.kinds.begin(), w.kinds.end());
    std::sort(w.businesses.begin(), w.businesses.end());
    w.kind_names = {text::catalog_filter_all};
    for (const std::string& k : w.kinds) w.kind_names.push_back(kind_label(k));
    w.business_names = {text::catalog_filter_all};
    for (const std::string& b : w.businesses) w.business_names.push_back(business_label(b));
    w.kind = std::min(w.kind, static_cast<int>(w.kinds.size()));
    w.business = std::min(w.business, static_cast<int>(w.businesses.size()));
    const auto statuses = submission_statuses();
    w.rows.clear();
    for (size_t i = 0; i < items.size(); i++) {
        const ReviewItem& it = items[i];
        if (w.status > 0 && it.status != statuses[static_cast<size_t>(w.status - 1)].id) continue;
        if (w.kind > 0 && it.kind != w.kinds[static_cast<size_t>(w.kind - 1)]) continue;
        if (w.business > 0 && it.business != w.businesses[static_cast<size_t>(w.business - 1)]) continue;
        if (!w.organisation.empty() && it.organisation.find(w.organisation) == std::string::npos) continue;
        const std::string day = received_day(it);
        if (!w.date_from.empty() && day < w.date_from) continue;
        if (!w.date_to.empty() && day > w.date_to) continue;
        if (w.overdue_only && it.overdue.empty()) continue;
        w.rows.push_back(static_cast<int>(i));
    }
    std::stable_sort(w.rows.begin(), w.rows.end(), [&](int a, int b) {
        const ReviewItem &x = items[static_cast<size_t>(a)], &y = items[static_cast<size_t>(b)];
        const int rx = due_rank(x), ry = due_rank(y);
        if (rx != ry) return rx < ry;
        if (rx <= 1 && x.payment_by != y.payment_by) return x.payment_by < y.payment_by;
        return x.created_at < y.created_at;
    });
    std::erase_if(w.selected, [&](const std::string& id) {  // only accepted claims stay ticked
        const ReviewItem* it = review_item(app, id);
        return !it || it->kind != "claim" || it->shown_status != "accepted";
    });
}

// A filter combo in a row that wraps; its options publish hooks `<hook>.option.N` like select_field.
static bool filter_combo(const char* hook, const char* label, int& index, const std::vector<std::string>& names) {
    const float width = ImGui::GetFontSize() * kComboEm;
    ui::wrap_next(ImGui::CalcTextSize(label).x + width + ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
    bool changed = false;
    const char* preview = index >= 0 && index < static_cast<int>(names.size()) ? names[static_cast<size_t>(index)].c_str() : "";
    const std::string id = std::string("##") + hook;
    const ImGuiID combo_id = ImGui::GetID(id.c_str());
    a11y::label_next(label);
    const bool open = ImGui::BeginCombo(id.c_str(), preview);
    a11y::describe_item(combo_id, a11y::Role::combobox, preview, open);
    if (open) {
        for (int i = 0; i < static_cast<int>(names.size()); i++) {
            if (ImGui::Selectable(names[static_cast<size_t>(i)].c_str(), i == index)) changed |= index != i, index = i;
            a11y::role_last_item(a11y::Role::option, i == index);
            test_hook_item((std::string(hook) + ".option." + std::to_string(i)).c_str(), names[static_cast<size_t>(i)].c_str());
        }
        ImGui::EndCombo();
    }
    test_hook_item(hook, preview);
    return changed;
}

static void draw_filters(AppState& app) {
    WorkbenchState& w = app.workbench;
    std::vector<std::string> statuses = {text::catalog_filter_all};
    for (const SubmissionStatus& s : submission_statuses()) statuses.push_back(s.label);
    filter_combo("queue.filter.status", text::review_filter_status, w.status, statuses);
    filter_combo("queue.filter.kind", text::review_filter_kind, w.kind, w.kind_names);
    filter_combo("queue.filter.business", text::review_filter_business, w.business, w.business_names);
    const float org_width = ImGui::GetFontSize() * 10.0f;
    ui::wrap_next(ImGui::CalcTextSize(text::review_filter_organisation).x + org_width);
    input_line("queue.filter.organisation", text::review_filter_organisation, w.organisation, 10.0f);
    Validation none;
    ui::date_range_field(text::review_filter_received, "queue.filter.from", text::review_filter_from, w.date_from,
                         "queue.filter.to", text::review_filter_to, w.date_to, none);
    ImGui::Checkbox(text::review_filter_overdue, &w.overdue_only);
    test_hook_item("queue.filter.overdue", w.overdue_only ? "true" : "false");
}

static void draw_row(AppState& app, const ReviewItem& it, int n, std::string& open) {
    WorkbenchState& w = app.workbench;
    const std::string prefix = "queue." + std::to_string(n);
    ImGui::PushID(it.row.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (it.kind == "claim" && it.shown_status == "accepted") {
        bool on = std::find(w.selected.begin(), w.selected.end(), it.row.id) != w.selected.end();
        if (ImGui::Checkbox("##select", &on)) {
            if (on) w.selected.push_back(it.row.id);
            else std::erase(w.selected, it.row.id);
        }
        a11y::name_last_item(format_text(text::review_select_format, it.receipt.c_str()).c_str());
        test_hook_item((prefix + ".select").c_str(), on ? "true" : "false");
    }
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::link));
    const std::string receipt = it.receipt.empty() ? it.row.id.substr(0, 8) : it.receipt;
    if (ImGui::Selectable(receipt.c_str())) open = it.row.id;  // click or Enter
    ImGui::PopStyleColor();
    a11y::name_last_item(format_text(text::review_open_format, receipt.c_str(), it.organisation.c_str()).c_str());
    test_hook_item((prefix + ".open").c_str(), it.receipt.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", it.organisation.c_str());
    ImGui::TableNextColumn();
    const std::string kind = kind_label(it.kind) + " / " + business_label(it.business);
    ImGui::TextWrapped("%s", kind.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yuan_text(it.total_fen).c_str());
    ImGui::TableNextColumn();
    const std::string label = status_text(it);
    const bool alarm = !it.overdue.empty() || it.status == "returned" || !it.refused.empty();
    ImGui::TextColored(ui::tone_color(alarm ? ui::Tone::error : it.status == "paid" ? ui::Tone::ok : ui::Tone::warning),
                       "%s", label.c_str());
    a11y::text(label.c_str());
    if (!it.pending.empty()) {
        ImGui::TextColored(ui::tone_color(ui::Tone::warning), "%s", it.pending.c_str());
        a11y::text(it.pending.c_str());
    }
    if (!it.refused.empty()) ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", text::review_refused_short);
    test_hook_item((prefix + ".status").c_str(), it.status.c_str());
    test_hook_item((prefix + ".label").c_str(), (label + (it.pending.empty() ? "" : " " + it.pending)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(due_day(it).c_str());
    ImGui::PopID();
}

void draw_queue(AppState& app) {
    WorkbenchState& w = app.workbench;
    const std::vector<ReviewItem>& items = app.review.items;
    draw_filters(app);
    const std::string key = std::to_string(app.review.generation) + "|" + std::to_string(w.status) + "|" +
                            std::to_string(w.kind) + "|" + std::to_string(w.business) + "|" + w.organisation + "|" +
                            w.date_from + "|" + w.date_to + "|" + (w.overdue_only ? "1" : "0") + "|" + app.today;
    if (key != w.rows_key) {  // filtered and sorted when the cache or a filter changed, not per frame
        compute_rows(app);
        w.rows_key = key;
    }
    const std::string count = format_text(text::review_count_format, static_cast<int>(w.rows.size()),
                                          static_cast<int>(items.size()));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
    a11y::text(count.c_str());
    test_hook_item("queue.count", std::to_string(w.rows.size()).c_str());
#ifdef SKILLAID_TEST_HOOKS
    std::string ids;
    for (int i : w.rows) ids += (ids.empty() ? "" : ",") + items[static_cast<size_t>(i)].row.id;
    test_hook_item("queue.ids", ids.c_str());
#endif
    ui::wrap_next(ui::button_width(text::review_export_csv));
    if (ImGui::Button(text::review_export_csv)) {
        json list = json::array();
        for (int i : w.rows) list.push_back(items[static_cast<size_t>(i)].summary);
        download_csv(app, text::review_queue_file, queue_csv(list));
    }
    test_hook_item("queue.export", nullptr);
    const std::string batch = format_text(text::review_batch_format, static_cast<int>(w.selected.size()));
    ui::wrap_next(ui::button_width(batch.c_str()));
    ImGui::BeginDisabled(w.selected.empty());
    if (ImGui::Button(batch.c_str())) ask_confirm(app, "batch");
    a11y::name_last_item(nullptr, nullptr, w.selected.empty() ? text::review_batch_none : nullptr);
    ImGui::EndDisabled();
    test_hook_item("queue.batch", std::to_string(w.selected.size()).c_str());
    if (items.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", app.review.listed_ms > 0 ? text::review_queue_empty : text::review_queue_not_synced);
        ImGui::PopTextWrapPos();
        return;
    }
    // Phones: the columns keep readable widths and the table scrolls sideways inside a few rows' height.
    const bool narrow = ui::narrow_layout();
    const float em = ImGui::GetFontSize();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    ImVec2 outer(0, 0);
    if (narrow) {
        flags |= ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
        const int rows = std::min(static_cast<int>(w.rows.size()), kRowsVisibleNarrow) + 1;
        outer.y = (ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().CellPadding.y * 2) * static_cast<float>(rows) +
                  ImGui::GetStyle().ScrollbarSize;
    } else {
        flags |= ImGuiTableFlags_SizingStretchProp;
    }
    std::string open;
    if (ImGui::BeginTable(narrow ? "##queue_x" : "##queue", 7, flags, outer)) {
        const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
        ImGui::TableSetupScrollFreeze(narrow ? 2 : 0, 1);
        ImGui::TableSetupColumn("##select", fixed, ImGui::GetFrameHeight());
        ImGui::TableSetupColumn(text::review_col_receipt, fixed, ImGui::CalcTextSize("CC-20261231-000000").x);
        ImGui::TableSetupColumn(text::review_col_organisation, narrow ? fixed : ImGuiTableColumnFlags_WidthStretch,
                                narrow ? em * 10.0f : 2.0f);
        ImGui::TableSetupColumn(text::review_col_kind, narrow ? fixed : ImGuiTableColumnFlags_WidthStretch,
                                narrow ? em * 10.0f : 1.6f);
        ImGui::TableSetupColumn(text::review_col_amount, fixed, em * 5.5f);
        ImGui::TableSetupColumn(text::review_col_status, narrow ? fixed : ImGuiTableColumnFlags_WidthStretch,
                                narrow ? em * 8.0f : 1.3f);
        ImGui::TableSetupColumn(text::review_col_due, fixed, ImGui::CalcTextSize("2026-12-31").x);
        ImGui::TableHeadersRow();
        for (size_t n = 0; n < w.rows.size(); n++) draw_row(app, items[static_cast<size_t>(w.rows[n])], static_cast<int>(n), open);
        ImGui::EndTable();
    }
    if (!open.empty()) open_item(app, open);
}

}  // namespace skillaid::review_ui
