#include "ui/roster.h"

#include <algorithm>
#include <cstdlib>

#include "engine/forms/text.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid::ui {

constexpr int kRowsVisible = 12;  // table height before it scrolls
constexpr int kRowsVisibleNarrow = 7;  // on phones: room to swipe the page beside the table
constexpr float kSearchWidthEm = 14.0f;
const ImVec4 kErrorBg(1.0f, 0.8f, 0.8f, 1.0f);
constexpr const char* kIdSample = "000000000000000000X";  // 18 digits + room for the cursor: the ID column's width

static const std::vector<const char*>& group_names() {
    static std::vector<const char*> names;
    if (names.empty())
        for (Group g : roster_groups()) names.push_back(group_name(g).data());
    return names;
}

// "从 Excel/WPS 复制多行（姓名、身份证号、…；首行可为列名）…" for the model's columns and the conditions' (申领地, …).
static std::string paste_tip(const RosterModel& model, unsigned conditions) {
    std::string columns;
    for (const std::string& h : model.headers(conditions)) columns += (columns.empty() ? "" : "、") + h;
    return format_text(text::ro_paste_tip_format, columns.c_str());
}

// True when any of the person's conditions or 以往培训 has an issue (its 条件 button shows it).
static bool conditions_flagged(const Validation& v, const std::string& key, const RosterPerson& p) {
    for (const char* f : {"contract_signed", "contract_months", "current_occupation", "claim_place", "changchun_hukou", "target_group"})
        if (v.find(key + f)) return true;
    for (size_t j = 0; j < p.history.size(); j++)
        for (const char* f : {"date", "scheme", "occupation", "days", "months"})
            if (v.find(key + "history." + std::to_string(j) + "." + f)) return true;
    return false;
}

// The sortable columns' ids (ImGui user ids) and the model's sort.
static ImGuiID sort_id(RosterSort s) { return static_cast<ImGuiID>(s); }

bool RosterView::draw(RosterModel& model, const Validation& v, const std::vector<RosterResult>* results,
                      const std::string& export_name, unsigned conditions) {
    std::vector<RosterPerson>& people = model.people;
    const unsigned columns = model.columns;
    bool changed = false;
    section(text::roster_heading);
    a11y::heading(2, text::roster_heading);  // H1: accessibility mirror
    if (ImGui::Button(text::roster_add)) {
        people.push_back(RosterPerson{});
        view_dirty_ = changed = true;
    }
    test_hook_item("roster.add", nullptr);
    wrap_next(button_width(text::roster_paste));
    if (ImGui::Button(text::roster_paste)) web::read_clipboard("paste");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", paste_tip(model, conditions).c_str());
    test_hook_item("roster.paste", nullptr);
    wrap_next(button_width(text::roster_import));
    if (ImGui::Button(text::roster_import)) web::pick_file("roster_csv", ".csv,.txt,text/csv");
    test_hook_item("roster.import", nullptr);
    wrap_next(button_width(text::roster_export));
    if (ImGui::Button(text::roster_export)) {
        const std::string name = (export_name.empty() ? std::string(text::roster_heading) : export_name) + ".csv";
        web::download(name.c_str(), "text/csv;charset=utf-8", model.csv(conditions), true);  // read back by 导入CSV
    }
    test_hook_item("roster.export", nullptr);
    const float search_width = std::min(ImGui::GetFontSize() * kSearchWidthEm, ImGui::GetContentRegionAvail().x);
    wrap_next(search_width);
    ImGui::SetNextItemWidth(search_width);
    const char* hint = (columns & roster_mobile) ? text::roster_search_hint : text::ro_search_hint;
    if (ImGui::InputTextWithHint("##roster_search", hint, &search_)) view_dirty_ = true;
    a11y::name_last_item(hint, search_.c_str());  // H1
    test_hook_item("roster.search", search_.c_str());
    if (view_dirty_ || people.size() != viewed_size_) rebuild(model);
    const std::string count = format_text(text::roster_count_format, static_cast<int>(people.size()), static_cast<int>(view_.size()));
    wrap_next(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::TextUnformatted(count.c_str());
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("roster.count", std::to_string(people.size()).c_str());
    test_hook_item("roster.shown", std::to_string(view_.size()).c_str());
    test_hook_item("roster.first", view_.empty() ? "" : people[static_cast<size_t>(view_[0])].name.c_str());
#endif
    field_message("roster", v);
    if (!model.last_import.summary.empty()) {
        const std::vector<std::string>& lines = model.last_import.lines;
        ImGui::TextUnformatted(model.last_import.summary.c_str());
        test_hook_item("roster.report", model.last_import.summary.c_str());
        for (const std::string& line : lines) ImGui::TextColored(tone_color(Tone::error), "%s", line.c_str());
        test_hook_item("roster.report_lines", lines.empty() ? "" : lines[0].c_str());
    }

    // Columns: 序号 × 姓名 身份证号 [条件] [手机] [出勤率 证书] [证书编号] [类别 天数 失业保险] [金额] 问题
    // × deletes the row: next to 序号, so it stays in view when the table scrolls sideways; on phones
    // last (序号 and 姓名 frozen leave room for the whole 身份证号); a touch-sized button on touch.
    const bool delete_first = !narrow_layout();
    bool mobile = columns & roster_mobile, attendance = columns & roster_attendance,
         certificate = columns & roster_certificate, living = columns & roster_living;
    const bool asks_conditions = conditions != 0;
    int ncols = 4 + (mobile ? 1 : 0) + (attendance ? 2 : 0) + (certificate ? 1 : 0) + (living ? 3 : 0) + (results ? 1 : 0) + 1 +
                (asks_conditions ? 1 : 0);
    // Columns stretch to the width when they all fit whole; else (phones, ui::narrow_layout()) they keep
    // their widths and the table scrolls sideways: 身份证号 always shows 18 digits, 姓名 and 手机 stay readable.
    const ImGuiStyle& style = ImGui::GetStyle();
    float em = ImGui::GetFontSize();
    auto fit = [&](const char* sample, const char* header) {  // a cell's text field or its header, whichever is wider
        return std::max(ImGui::CalcTextSize(sample).x + style.FramePadding.x * 2,
                        ImGui::CalcTextSize(header, nullptr, true).x + em * 1.2f) + 2.0f;  // + the sort arrow
    };
    const float w_no = std::max(em * 2.5f, fit("500", text::roster_col_no)), w_name = fit("欧阳娜娜娜", text::roster_col_name),
                w_id = fit(kIdSample, text::roster_col_id), w_mobile = fit("13800000000", text::roster_col_mobile),
                w_text = em * 9, w_issue = em * 14, w_delete = std::max(em * 1.6f, icon_button_width("×")),
                w_conditions = asks_conditions ? button_width(text::ro_conditions_edit) + style.CellPadding.x * 2 : 0;
    float total = w_no + w_name + w_id + (mobile ? w_mobile : 0) + (attendance ? em * 10 : 0) + (certificate ? w_text : 0) +
                  (living ? w_text + em * 7.5f : 0) + (results ? em * 6 : 0) + w_issue + w_delete + w_conditions +
                  static_cast<float>(ncols) * style.CellPadding.x * 2;
    const bool scroll_x = narrow_layout() || ImGui::GetContentRegionAvail().x < total;
    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                            ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                            (scroll_x ? ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchProp);
    const int rows_visible = narrow_layout() ? kRowsVisibleNarrow : kRowsVisible;
    float height = ImGui::GetFrameHeightWithSpacing() *
                       static_cast<float>(std::min(static_cast<int>(view_.size()), rows_visible) + 1) +
                   style.CellPadding.y * 2 + (scroll_x ? style.ScrollbarSize : 0);
    // Another id per sizing and per set of columns: a table keeps its column widths, so a switch (e.g. a
    // claim's type) starts from the widths here, not from another column's.
    ImGui::PushID(static_cast<int>((columns * 2 + (delete_first ? 1 : 0)) * 2 + (asks_conditions ? 1 : 0)));
    const bool table = ImGui::BeginTable(scroll_x ? "##roster_x" : "##roster", ncols, flags, ImVec2(0, height));
    ImGui::PopID();
    if (!table) return changed;
    ImGui::TableSetupScrollFreeze(scroll_x ? (delete_first ? 3 : 2) : 0, 1);  // sideways, 序号, (×) and 姓名 stay
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed, no_sort = ImGuiTableColumnFlags_NoSort;
    // A column that stretches by `weight`, or keeps `width` when the table scrolls sideways.
    auto column = [&](const char* label, ImGuiTableColumnFlags more, float weight, float width, ImGuiID id = 0) {
        ImGuiTableColumnFlags sizing = scroll_x ? fixed : ImGuiTableColumnFlags_WidthStretch;
        ImGui::TableSetupColumn(label, sizing | more, scroll_x ? width : weight, id);
    };
    ImGui::TableSetupColumn(text::roster_col_no, fixed | ImGuiTableColumnFlags_DefaultSort, w_no, sort_id(RosterSort::none));
    if (delete_first) ImGui::TableSetupColumn("##actions", fixed | no_sort, w_delete);
    column(text::roster_col_name, 0, 1.0f, w_name, sort_id(RosterSort::name));
    // 身份证号 is fixed at any width: a stretched column shared the width by weight and cut the number to
    // ~13 digits at 1366 px; the table scrolls sideways instead (total counts w_id).
    ImGui::TableSetupColumn(text::roster_col_id, fixed, w_id, sort_id(RosterSort::id));
    // 条件 next to the ID: in view with the frozen columns when the table scrolls sideways.
    if (asks_conditions) ImGui::TableSetupColumn(text::ro_conditions_edit, fixed | no_sort, w_conditions);
    if (mobile) column(text::roster_col_mobile, 0, 1.4f, w_mobile, sort_id(RosterSort::mobile));
    if (attendance) {
        ImGui::TableSetupColumn(text::roster_col_attendance, fixed, std::max(em * 4, fit("100", text::roster_col_attendance)),
                                sort_id(RosterSort::attendance));
        ImGui::TableSetupColumn(text::roster_col_certified, fixed, std::max(em * 4, fit("", text::roster_col_certified)),
                                sort_id(RosterSort::certified));
    }
    if (certificate) column(text::ro_col_certificate, no_sort, 1.6f, w_text);
    if (living) {
        column(text::ro_col_group, no_sort, 1.6f, w_text);
        ImGui::TableSetupColumn(text::ro_col_days, fixed | no_sort, em * 3.5f);
        ImGui::TableSetupColumn(text::ro_col_insurance, fixed | no_sort, em * 4);
    }
    if (results) ImGui::TableSetupColumn(text::ro_col_amount, fixed | no_sort, em * 6);
    column(text::roster_col_issue, no_sort, 2.0f, w_issue);
    if (!delete_first) ImGui::TableSetupColumn("##actions", fixed | no_sort, w_delete);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        const bool any = specs->SpecsCount > 0;
        sort_ = any ? static_cast<RosterSort>(specs->Specs[0].ColumnUserID) : RosterSort::none;
        descending_ = any && specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        specs->SpecsDirty = false;
        rebuild(model);
    }
    int remove = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            int i = view_[static_cast<size_t>(row)];
            RosterPerson& p = people[static_cast<size_t>(i)];
            std::string key = "roster." + std::to_string(i) + ".";
            const FieldIssue* row_issue = nullptr;
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d", i + 1);
            if (a11y::enabled()) a11y::text(std::to_string(i + 1).c_str());
            auto delete_cell = [&] {
                ImGui::TableNextColumn();
                if (icon_button("×")) remove = i;
                if (a11y::enabled()) a11y::name_last_item(format_text(text::a11y_row_delete_format, i + 1).c_str());
                test_hook_item((key + "delete").c_str(), nullptr);
            };
            if (delete_first) delete_cell();
            // Each cell: the widget full width, red when its key has an error, hook = the value.
            auto cell = [&](const char* name, auto&& widget) {
                ImGui::TableNextColumn();
                const FieldIssue* issue = v.find(key + name);
                if (issue && !row_issue) row_issue = issue;
                if (issue) ImGui::PushStyleColor(ImGuiCol_FrameBg, kErrorBg);
                ImGui::SetNextItemWidth(-FLT_MIN);
                ImGui::PushID(name);
                std::string shown = widget();
                if (a11y::enabled()) {  // H1: "第3行 姓名", with the value and its message
                    a11y::name_last_item(format_text(text::a11y_cell_format, i + 1, ImGui::TableGetColumnName()).c_str(),
                                         shown.c_str());
                    a11y::field_last_item();
                    a11y::field_error(issue ? issue->message.c_str() : nullptr, issue && issue->warning);
                }
                ImGui::PopID();
                if (issue) ImGui::PopStyleColor();
                test_hook_item((key + name).c_str(), shown.c_str());
#ifdef SKILLAID_TEST_HOOKS
                test_hook_item((key + name + ".error").c_str(), issue ? issue->message.c_str() : "");
#endif
            };
            auto text_cell = [&](const char* name, std::string& value, ui::Keyboard keyboard = ui::Keyboard::text) {
                cell(name, [&] {
                    changed |= ImGui::InputText("##c", &value);
                    ui::keyboard_for_last_item(keyboard);
                    return value;
                });
            };
            text_cell("name", p.name);
            text_cell("id", p.id);
#ifdef SKILLAID_TEST_HOOKS
            {  // the ID's drawn width against the field's inner width: "<text px>/<room px>"
                const float room = ImGui::GetItemRectSize().x - style.FramePadding.x * 2;
                test_hook_item((key + "id.fit").c_str(),
                               format_text("%.1f/%.1f", ImGui::CalcTextSize(p.id.c_str()).x, room).c_str());
            }
#endif
            if (asks_conditions) {  // opens the row's conditions below the table (a second click closes them)
                ImGui::TableNextColumn();
                const bool flagged = conditions_flagged(v, key, p);  // red like a cell with an error
                if (flagged) ImGui::PushStyleColor(ImGuiCol_Button, kErrorBg);
                if (ImGui::Button(text::ro_conditions_edit)) open_ = open_ == i ? -1 : i;
                if (flagged) ImGui::PopStyleColor();
                if (a11y::enabled()) a11y::name_last_item(format_text(text::a11y_row_conditions_format, i + 1).c_str());
                test_hook_item((key + "conditions").c_str(), open_ == i ? "open" : "");
#ifdef SKILLAID_TEST_HOOKS
                test_hook_item((key + "conditions.flagged").c_str(), flagged ? "1" : "");
#endif
            }
            if (mobile) text_cell("mobile", p.mobile, ui::Keyboard::tel);
            if (attendance) {
                cell("attendance", [&] {
                    changed |= ImGui::InputDouble("##c", &p.attendance, 0, 0, "%g");
                    ui::keyboard_for_last_item(ui::Keyboard::decimal);
                    return format_text("%g", p.attendance);
                });
                cell("certified", [&] {
                    changed |= ImGui::Checkbox("##c", &p.certified);
                    return std::string(p.certified ? "true" : "false");
                });
            }
            if (certificate) text_cell("certificate", p.certificate);
            if (living) {
                cell("group", [&] {
                    const auto& names = group_names();
                    const char* preview = p.group >= 0 ? names[static_cast<size_t>(p.group)] : text::select_hint;
                    if (ImGui::BeginCombo("##c", preview)) {
                        for (int g = 0; g < static_cast<int>(names.size()); g++) {
                            if (ImGui::Selectable(names[static_cast<size_t>(g)], g == p.group)) {
                                changed |= g != p.group;
                                p.group = g;
                            }
                            test_hook_item((key + "group.option." + std::to_string(g)).c_str(), names[static_cast<size_t>(g)]);
                        }
                        ImGui::EndCombo();
                    }
                    return std::string(p.group >= 0 ? names[static_cast<size_t>(p.group)] : "");
                });
                cell("days", [&] {
                    changed |= ImGui::InputScalar("##c", ImGuiDataType_S64, &p.days);
                    ui::keyboard_for_last_item(ui::Keyboard::numeric);
                    return std::to_string(p.days);
                });
                cell("insurance", [&] {
                    changed |= ImGui::Checkbox("##c", &p.unemployment_insurance);
                    return std::string(p.unemployment_insurance ? "true" : "false");
                });
            }
            const RosterResult* result =
                results && static_cast<size_t>(i) < results->size() ? &(*results)[static_cast<size_t>(i)] : nullptr;
            if (results) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                if (result && result->excluded) ImGui::TextColored(tone_color(Tone::error), "%s", result->amount.c_str());
                else ImGui::TextUnformatted(result ? result->amount.c_str() : "");
                if (a11y::enabled() && result) a11y::text(result->amount.c_str());
                test_hook_item((key + "amount").c_str(), result ? result->amount.c_str() : "");
            }
            ImGui::TableNextColumn();
            std::string note = row_issue ? row_issue->message : result ? result->note : "";
            if (!note.empty()) {
                bool error = row_issue ? !row_issue->warning : result && result->excluded;
                ImGui::TextColored(tone_color(error ? Tone::error : Tone::warning), "%s", note.c_str());
                if (a11y::enabled()) a11y::text(note.c_str());
                ImGui::SetItemTooltip("%s", note.c_str());
            }
            test_hook_item((key + "issue").c_str(), note.c_str());
            if (!delete_first) delete_cell();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (remove >= 0) {
        people.erase(people.begin() + remove);
        if (open_ == remove) open_ = -1;
        else if (open_ > remove) open_--;
        view_dirty_ = changed = true;
    }
    if (open_ >= static_cast<int>(people.size())) open_ = -1;
    if (asks_conditions && open_ >= 0) changed |= draw_conditions(people[static_cast<size_t>(open_)], open_, v, conditions);
    else if (asks_conditions) ImGui::TextDisabled("%s", text::ro_conditions_pick);
    return changed;
}

// "" or a number >= 0 typed; -1 when empty.
static bool optional_count_field(const std::string& key, const char* label, long long& value, const Validation& v) {
    std::string typed = value < 0 ? "" : std::to_string(value);
    if (!ui::text_field(key.c_str(), label, typed, v, nullptr, 6.0f, ui::Keyboard::numeric)) return false;
    const std::string t = trimmed(typed);
    char* end = nullptr;
    const long long n = std::strtoll(t.c_str(), &end, 10);
    value = t.empty() ? -1 : end == t.c_str() + t.size() ? n : value;
    return true;
}

static bool yes_no_field(const std::string& key, const char* label, bool& value) {
    ui::field_label(label);
    ImGui::PushID(key.c_str());
    const bool changed = ImGui::Checkbox("##c", &value);
    ImGui::PopID();
    if (a11y::enabled()) a11y::name_last_item(label, value ? text::roster_yes : text::roster_no);
    test_hook_item(key.c_str(), value ? "true" : "false");
    return changed;
}

static const std::vector<const char*>& scheme_names() {  // indexed by Scheme
    static std::vector<const char*> names;
    if (names.empty())
        for (int s = 0; s < scheme_count; s++) names.push_back(policy_versions().back().rules(static_cast<Scheme>(s)).name.c_str());
    return names;
}

static const std::vector<const char*>& level_names() {  // indexed like training_levels()
    static std::vector<const char*> names;
    if (names.empty())
        for (Level l : training_levels()) names.push_back(level_name(l).data());
    return names;
}

bool RosterView::draw_conditions(RosterPerson& p, int row, const Validation& v, unsigned conditions) {
    bool c = false;
    const std::string key = "roster." + std::to_string(row) + ".";
    ui::section(format_text(text::ro_conditions_heading_format, row + 1, p.name.c_str()).c_str());
    if (ImGui::SmallButton(text::ro_conditions_close)) open_ = -1;
    test_hook_item("roster.conditions.close", nullptr);
    if (conditions & cond_contract) {
        c |= ui::date_field((key + "contract_signed").c_str(), text::ro_contract_signed, p.contract_signed, v);
        c |= optional_count_field(key + "contract_months", text::ro_contract_months, p.contract_months, v);
        c |= yes_no_field(key + "contract_open_ended", text::ro_contract_open_ended, p.contract_open_ended);
    }
    if (conditions & cond_current_occupation)
        c |= ui::text_field((key + "current_occupation").c_str(), text::ro_current_occupation, p.current_occupation, v,
                            text::ro_conditions_hint_occupation);
    if (conditions & cond_claim_place) {
        c |= ui::select_field((key + "claim_place").c_str(), text::ro_claim_place, p.claim_place, text::ro_claim_places,
                              IM_ARRAYSIZE(text::ro_claim_places), v);
        c |= ui::select_field((key + "changchun_hukou").c_str(), text::ro_changchun_hukou, p.changchun_hukou, text::ro_yes_no,
                              IM_ARRAYSIZE(text::ro_yes_no), v);
    }
    if (conditions & cond_target_group)
        c |= ui::select_field((key + "target_group").c_str(), text::ro_target_group, p.target_group, text::ro_target_groups,
                              IM_ARRAYSIZE(text::ro_target_groups), v);
    if (!(conditions & cond_history)) return c;
    ImGui::SeparatorText(text::ro_history_heading);
    int remove = -1;
    for (size_t j = 0; j < p.history.size(); j++) {
        PriorTraining& t = p.history[j];
        const std::string hk = key + "history." + std::to_string(j) + ".";
        ImGui::PushID(static_cast<int>(j));
        ImGui::TextUnformatted(format_text(text::ro_history_item_format, static_cast<int>(j) + 1).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(text::ro_history_delete)) remove = static_cast<int>(j);
        test_hook_item((hk + "delete").c_str(), nullptr);
        c |= ui::date_field((hk + "date").c_str(), text::ro_history_date, t.date, v);
        c |= ui::select_field((hk + "scheme").c_str(), text::ro_history_scheme, t.scheme, scheme_names().data(),
                              static_cast<int>(scheme_names().size()), v);
        c |= ui::text_field((hk + "occupation").c_str(), text::ro_history_occupation, t.occupation, v,
                            text::ro_conditions_hint_occupation);
        c |= ui::select_field((hk + "level").c_str(), text::ro_history_level, t.level, level_names().data(),
                              static_cast<int>(level_names().size()), v);
        // Days and months where they count: 生活费补贴 days, 以工代训 months and the part-month's days.
        const bool work = t.scheme == static_cast<int>(Scheme::work_for_training);
        if (work || t.scheme == static_cast<int>(Scheme::living_allowance))
            c |= ui::number_field((hk + "days").c_str(), text::ro_history_days, t.days, v);
        if (work) c |= ui::number_field((hk + "months").c_str(), text::ro_history_months, t.months, v);
        ImGui::PopID();
    }
    if (remove >= 0) {
        p.history.erase(p.history.begin() + remove);
        c = true;
    }
    if (ImGui::Button(text::ro_history_add)) {
        p.history.push_back(PriorTraining{});
        c = true;
    }
    test_hook_item((key + "history.add").c_str(), nullptr);
    return c;
}

void RosterView::rebuild(const RosterModel& model) {
    view_ = model.view(search_, sort_, descending_);
    if (sort_ == RosterSort::none && descending_) std::reverse(view_.begin(), view_.end());
    viewed_size_ = model.people.size();
    view_dirty_ = false;
}

}  // namespace skillaid::ui
