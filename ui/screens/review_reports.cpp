// 审核工作台 · 汇总 (the year per office and business, GET /reports/summary,
// kept for reading offline) with a bar chart, CSV and print; · 公示名单 (the
// public-notice list of the claims publicized on one day, masked, from the
// cached details), print and CSV. The documents are engine/forms/office_documents.h.
#include <algorithm>
#include <cstdlib>

#include "engine/errors.h"
#include "engine/forms/office_documents.h"
#include "engine/forms/text.h"
#include "engine/forms/review_dates.h"
#include "engine/forms/status.h"
#include "engine/money.h"
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

constexpr int kFirstYear = 2020;           // the report's years (the server takes 2020..2100)
constexpr float kBarHeightEm = 0.9f;
constexpr float kChartLabelEm = 6.0f;      // the office names' column
constexpr float kChartAmountEm = 9.0f;     // room for the amount after the longest bar

static long long fen(const json& j, const char* key) { return j.is_object() ? j.value(key, 0LL) : 0; }

// One cell per column of a totals object: 件数, each status, the amounts.
static void totals_cells(const json& t) {
    ImGui::TableNextColumn();
    ImGui::Text("%lld", fen(t, "count"));
    const json& counts = t.is_object() && t.contains("counts") ? t["counts"] : json::object();
    for (const SubmissionStatus& s : submission_statuses()) {
        ImGui::TableNextColumn();
        ImGui::Text("%lld", fen(counts, s.id));
    }
    for (const char* key : {"claimed_fen", "accepted_fen", "paid_fen"}) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(yuan_fixed(fen(t, key)).c_str());
    }
    ImGui::TableNextColumn();
    ImGui::Text("%lld", fen(t, "overdue_count"));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yuan_fixed(fen(t, "overdue_fen")).c_str());
}

static void draw_report_table(const json& report) {
    const int columns = 3 + static_cast<int>(submission_statuses().size()) + 5;
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    const json& rows = report.value("rows", json::array());
    const float height = (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2) *
                             static_cast<float>(rows.size() + 3) + ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("##summary", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(text::review_col_office, 0, em * 5.0f);
    ImGui::TableSetupColumn(text::review_col_business, 0, em * 7.0f);
    ImGui::TableSetupColumn(text::review_col_count, 0, em * 2.5f);
    for (const SubmissionStatus& s : submission_statuses()) ImGui::TableSetupColumn(s.label, 0, em * 3.0f);
    for (const char* title : {text::review_col_claimed, text::review_col_accepted, text::review_col_paid})
        ImGui::TableSetupColumn(title, 0, em * 6.0f);
    ImGui::TableSetupColumn(text::review_col_overdue_count, 0, em * 4.0f);
    ImGui::TableSetupColumn(text::review_col_overdue_amount, 0, em * 6.0f);
    ImGui::TableHeadersRow();
    for (const json& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(json_text(r, "office").c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(json_text(r, "business_label").c_str());
        totals_cells(r);
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text::review_total);
    ImGui::TableNextColumn();
    totals_cells(report.value("total", json::object()));
    ImGui::EndTable();
}

// Per office: the amount claimed and the amount paid as two labelled bars (ImGui draw lists).
static void draw_chart(const json& report) {
    const json& offices = report.value("offices", json::array());
    if (offices.empty()) return;
    ui::section(text::review_chart_heading);
    long long top = 1;
    for (const json& o : offices) top = std::max({top, fen(o, "claimed_fen"), fen(o, "paid_fen")});
    const float em = ImGui::GetFontSize();
    const float label_w = std::min(em * kChartLabelEm, ImGui::GetContentRegionAvail().x * 0.3f);
    const float bars_w = std::max(em * 3.0f, ImGui::GetContentRegionAvail().x - label_w - em * kChartAmountEm);
    const float bar_h = em * kBarHeightEm;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 claimed_color = ImGui::GetColorU32(ui::tone_color(ui::Tone::warning));
    const ImU32 paid_color = ImGui::GetColorU32(ui::tone_color(ui::Tone::ok));
    const ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    std::string legend = std::string("■ ") + text::review_col_claimed + "  ";
    ImGui::TextColored(ui::tone_color(ui::Tone::warning), "%s", legend.c_str());
    ImGui::SameLine();
    ImGui::TextColored(ui::tone_color(ui::Tone::ok), "■ %s", text::review_col_paid);
    std::string described;
    for (const json& o : offices) {
        const std::string office = json_text(o, "office");
        const ImVec2 at = ImGui::GetCursorScreenPos();
        draw->AddText(ImVec2(at.x, at.y + bar_h * 0.5f), text_color, office.c_str());
        const long long values[] = {fen(o, "claimed_fen"), fen(o, "paid_fen")};
        const ImU32 colors[] = {claimed_color, paid_color};
        for (int k = 0; k < 2; k++) {
            const float y = at.y + static_cast<float>(k) * (bar_h + 2.0f);
            const float w = std::max(1.0f, bars_w * static_cast<float>(values[k]) / static_cast<float>(top));
            draw->AddRectFilled(ImVec2(at.x + label_w, y), ImVec2(at.x + label_w + w, y + bar_h), colors[k]);
            const std::string amount = yuan_text(values[k]);
            draw->AddText(ImVec2(at.x + label_w + w + em * 0.3f, y + (bar_h - em) * 0.5f), text_color, amount.c_str());
        }
        ImGui::Dummy(ImVec2(label_w + bars_w, bar_h * 2 + em * 0.6f));
        const std::string line = format_text(text::review_chart_line_format, office.c_str(), yuan_text(values[0]).c_str(),
                                             yuan_text(values[1]).c_str());
        a11y::text(line.c_str());
        described += (described.empty() ? "" : "\n") + line;
    }
    test_hook_item("summary.chart", described.c_str());
}

void draw_summary(AppState& app) {
    WorkbenchState& w = app.workbench;
    const int this_year = std::atoi(app.today.substr(0, 4).c_str());
    if (w.year == 0) w.year = this_year;
    const json* report = review_report(app, w.year);
    if (!report && w.report_asked != w.year && app.online) {  // fetched on opening, once per year
        w.report_asked = w.year;
        review_want_report(app, w.year);
    }
    if (ImGui::ArrowButton("##year_prev", ImGuiDir_Left) && w.year > kFirstYear) w.year--;
    a11y::name_last_item(text::review_year_prev);
    test_hook_item("summary.prev", nullptr);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text(text::review_year_format, w.year);
    test_hook_item("summary.year", std::to_string(w.year).c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("##year_next", ImGuiDir_Right) && w.year < this_year) w.year++;
    a11y::name_last_item(text::review_year_next);
    test_hook_item("summary.next", nullptr);
    ui::wrap_next(ui::button_width(text::review_refresh));
    if (ImGui::Button(text::review_refresh)) review_want_report(app, w.year);
    test_hook_item("summary.refresh", nullptr);
    ImGui::BeginDisabled(!report);
    ui::wrap_next(ui::button_width(text::review_export_csv));
    if (ImGui::Button(text::review_export_csv) && report) download_csv(app, text::review_summary_file, summary_csv(*report));
    test_hook_item("summary.export", nullptr);
    ui::wrap_next(ui::button_width(text::review_print));
    if (ImGui::Button(text::review_print) && report) web::open_html_window(summary_html(*report));
    test_hook_item("summary.print", nullptr);
    ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0.0f);
    if (app.sync.op == SyncState::Op::report) ImGui::TextDisabled("%s", text::review_report_loading);
    if (!app.review.report_error.empty())
        ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", app.review.report_error.c_str());
    test_hook_item("summary.error", app.review.report_error.c_str());
    if (!report) {
        ImGui::TextDisabled("%s", text::review_report_none);
        ImGui::PopTextWrapPos();
        test_hook_item("summary.offices", "");
        return;
    }
    const long long ms = iso_utc_ms(json_text(*report, "generated_at"));
    const std::string generated = format_text(text::review_generated_format, ms > 0 ? local_time(ms).c_str() : "");
    ImGui::TextDisabled("%s", generated.c_str());
    a11y::text(generated.c_str());
    test_hook_item("summary.generated", generated.c_str());
    ImGui::PopTextWrapPos();
    std::string offices;
    for (const json& o : report->value("offices", json::array())) offices += (offices.empty() ? "" : ",") + json_text(o, "office");
    test_hook_item("summary.offices", offices.c_str());
    draw_report_table(*report);
    draw_chart(*report);
}

//-----------------------------------------------------------------------------
// 公示名单
//-----------------------------------------------------------------------------

static bool on_list(const ReviewItem& it) {
    return it.kind == "claim" && !it.publicity_start.empty() && (it.status == "publicized" || it.status == "paid");
}

static void compute_publicity(AppState& app) {
    WorkbenchState& w = app.workbench;
    w.publicity_starts.clear();
    for (const ReviewItem& it : app.review.items)
        if (on_list(it) && std::find(w.publicity_starts.begin(), w.publicity_starts.end(), it.publicity_start) == w.publicity_starts.end())
            w.publicity_starts.push_back(it.publicity_start);
    std::sort(w.publicity_starts.rbegin(), w.publicity_starts.rend());
    w.publicity_pick = std::clamp(w.publicity_pick, 0, std::max(0, static_cast<int>(w.publicity_starts.size()) - 1));
    w.publicity_rows.clear();
    w.publicity_missing = 0;
    if (w.publicity_starts.empty()) return;
    const std::string& start = w.publicity_starts[static_cast<size_t>(w.publicity_pick)];
    try {
        w.publicity_ends = review_dates(start).publicity_ends;
    } catch (const InputError&) {  // a start the calendar does not cover: the list without its end day
        w.publicity_ends.clear();
    }
    for (const ReviewItem& it : app.review.items) {
        if (!on_list(it) || it.publicity_start != start) continue;
        json detail = it.row.detail.empty() ? json() : json::parse(it.row.detail, nullptr, false);
        if (!detail.is_object()) {
            w.publicity_missing++;
            continue;
        }
        for (PublicityRow& r : publicity_rows(detail)) w.publicity_rows.push_back(std::move(r));
    }
}

void draw_publicity(AppState& app) {
    WorkbenchState& w = app.workbench;
    const std::string key = std::to_string(app.review.generation) + "|" + std::to_string(w.publicity_pick);
    if (key != w.publicity_key) {  // made from the cached details when they or the pick changed
        compute_publicity(app);
        w.publicity_key = key;
    }
    if (w.publicity_starts.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", text::review_publicity_none);
        ImGui::PopTextWrapPos();
        test_hook_item("publicity.start", "");
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text::review_publicity_start_label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("2026-12-31").x + ImGui::GetFrameHeight() * 2);
    const std::string& start = w.publicity_starts[static_cast<size_t>(w.publicity_pick)];
    const ImGuiID combo_id = ImGui::GetID("##publicity_start");
    a11y::label_next(text::review_publicity_start_label);
    const bool open = ImGui::BeginCombo("##publicity_start", start.c_str());
    a11y::describe_item(combo_id, a11y::Role::combobox, start.c_str(), open);
    if (open) {
        for (int i = 0; i < static_cast<int>(w.publicity_starts.size()); i++) {
            if (ImGui::Selectable(w.publicity_starts[static_cast<size_t>(i)].c_str(), i == w.publicity_pick)) w.publicity_pick = i;
            test_hook_item(("publicity.start.option." + std::to_string(i)).c_str(), w.publicity_starts[static_cast<size_t>(i)].c_str());
        }
        ImGui::EndCombo();
    }
    test_hook_item("publicity.start", start.c_str());
    const std::string& ends = w.publicity_ends;
    const std::string office = app.sync.session.office;
    const std::string heading = format_text(text::review_publicity_heading_format, start.c_str(), ends.c_str());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(heading.c_str());
    a11y::heading(3, heading.c_str());
    if (w.publicity_missing > 0) {
        ImGui::TextColored(ui::tone_color(ui::Tone::warning), text::review_publicity_missing_format, w.publicity_missing);
    }
    ImGui::PopTextWrapPos();
    test_hook_item("publicity.heading", heading.c_str());
    if (ImGui::Button(text::review_print)) web::open_html_window(publicity_html(w.publicity_rows, office, start, ends));
    test_hook_item("publicity.print", nullptr);
    ui::wrap_next(ui::button_width(text::review_export_csv));
    if (ImGui::Button(text::review_export_csv))
        download_csv(app, text::review_publicity_file, publicity_csv(w.publicity_rows, start, ends));
    test_hook_item("publicity.export", nullptr);
    const float em = ImGui::GetFontSize();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_SizingFixedFit;
    const float height = (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2) *
                             static_cast<float>(w.publicity_rows.size() + 2) + ImGui::GetStyle().ScrollbarSize;
    if (!ImGui::BeginTable("##publicity", 7, flags, ImVec2(0, height))) return;
    const float widths[] = {2.5f, 4.0f, 10.0f, 9.0f, 4.0f, 6.0f, 12.0f};
    for (int c = 0; c < 7; c++) ImGui::TableSetupColumn(text::od_publicity_columns[c], 0, em * widths[c]);
    ImGui::TableHeadersRow();
    std::string names;
    for (size_t i = 0; i < w.publicity_rows.size(); i++) {
        const PublicityRow& r = w.publicity_rows[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", static_cast<int>(i + 1));
        for (const std::string* cell : {&r.name_masked, &r.id_masked, &r.occupation, &r.level}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(cell->c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(yuan_fixed(r.amount_fen).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.organisation.c_str());
        names += (names.empty() ? "" : ",") + r.name_masked + ":" + r.id_masked;
    }
    ImGui::EndTable();
    test_hook_item("publicity.rows", names.c_str());
}

}  // namespace skillaid::review_ui
